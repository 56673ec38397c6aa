package dev.custos.policies.purpose;

/**
 * A purpose was asked about that the policy pack in use does not define. This is a configuration
 * error (a connector or rule names a purpose the compliance officer has not declared), so it is
 * raised rather than answered with "no".
 */
public final class UnknownPurposeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient PurposeId purpose;

  /** A purpose is not in the pack with the given reference ({@code id@version}). */
  public UnknownPurposeException(PurposeId purpose, String packReference) {
    super("Purpose '" + purpose + "' is not defined in policy pack " + packReference);
    this.purpose = purpose;
  }

  /** The purpose that was asked about. */
  public PurposeId purpose() {
    return purpose;
  }
}
