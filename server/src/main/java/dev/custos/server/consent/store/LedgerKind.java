package dev.custos.server.consent.store;

/** The kinds of ledger row, with the ids stored in {@code consent_event.kind}. */
public enum LedgerKind {
  GIVEN("given", true),
  WITHDRAWN("withdrawn", true),
  REFUSED("refused", true),
  EXPIRED("expired", true),
  RESTRICTED("restricted", false),
  RESTRICTION_LIFTED("restriction-lifted", false),
  OBJECTED("objected", false);

  private final String id;
  private final boolean consent;

  LedgerKind(String id, boolean consent) {
    this.id = id;
    this.consent = consent;
  }

  public String id() {
    return id;
  }

  /** Whether rows of this kind are consent events (not processing limits). */
  public boolean isConsent() {
    return consent;
  }

  static LedgerKind fromId(String id) {
    for (LedgerKind kind : values()) {
      if (kind.id.equals(id)) {
        return kind;
      }
    }
    throw new IllegalStateException("Unknown consent ledger kind: " + id);
  }

  @Override
  public String toString() {
    return id;
  }
}
