package dev.custos.policies.gate;

/** What an inbound record describes; also the entity its encrypted fields are bound to. */
public enum RecordKind {
  CONTACT("contact"),
  ACCOUNT("account"),
  INTERACTION("interaction"),
  FEEDBACK("feedback"),
  CONSENT("consent");

  private final String id;

  RecordKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
