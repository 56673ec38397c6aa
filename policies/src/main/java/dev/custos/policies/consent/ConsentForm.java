package dev.custos.policies.consent;

/**
 * How specifically a consent was given. PIPL Art. 29 and 39 (and the policy packs' {@code
 * separateConsent} flag) require, for some purposes, consent asked for and given on its own (单独同意)
 * rather than together with other purposes.
 */
public enum ConsentForm {
  /** Given together with consent to other purposes, for example one tick box for several. */
  BUNDLED("bundled"),
  /** Given for this purpose alone, after a notice about this purpose alone. */
  SEPARATE("separate");

  private final String id;

  ConsentForm(String id) {
    this.id = id;
  }

  /** The stable id stored with consent events. */
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
