package dev.custos.policies.retention;

import java.util.Optional;

/** The event a retention period counts from. Ids are stable: they appear in rule files. */
public enum RetentionEvent {
  /** The record entered Custos through the privacy gate. */
  COLLECTION("collection"),
  /** The person's most recent interaction (a response, a ticket update, a login). */
  LAST_INTERACTION("last-interaction"),
  /** The ticket the record belongs to was closed. */
  TICKET_CLOSURE("ticket-closure"),
  /** The person withdrew the consent the record depends on. */
  CONSENT_WITHDRAWAL("consent-withdrawal");

  private static final RetentionEvent[] ALL = values();

  private final String id;

  RetentionEvent(String id) {
    this.id = id;
  }

  /** The kebab-case id used in rule files. */
  public String id() {
    return id;
  }

  /** The event with this id, if there is one. */
  public static Optional<RetentionEvent> fromId(String id) {
    for (RetentionEvent event : ALL) {
      if (event.id.equals(id)) {
        return Optional.of(event);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
