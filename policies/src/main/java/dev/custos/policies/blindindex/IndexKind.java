package dev.custos.policies.blindindex;

/**
 * What an index is over. Each kind has its own key, so equal digests in two kinds say nothing about
 * each other.
 */
public enum IndexKind {
  EMAIL("email"),
  PHONE("phone"),
  CN_RESIDENT_ID("cn-resident-id");

  private final String id;

  IndexKind(String id) {
    this.id = id;
  }

  /** Stable id, also the label from which the kind's key is derived. */
  public String id() {
    return id;
  }
}
