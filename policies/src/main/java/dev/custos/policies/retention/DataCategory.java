package dev.custos.policies.retention;

import static dev.custos.policies.retention.RetentionEvent.COLLECTION;
import static dev.custos.policies.retention.RetentionEvent.CONSENT_WITHDRAWAL;
import static dev.custos.policies.retention.RetentionEvent.LAST_INTERACTION;
import static dev.custos.policies.retention.RetentionEvent.TICKET_CLOSURE;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A category of data that has its own retention rule. Ids are stable: they appear in rule files and
 * in the retention stamp of every record.
 *
 * <p>Each category lists the events its period may count from. A period cannot count from an event
 * that never happens to data of the category (scores are never closed like a ticket; the audit
 * trail must not disappear because someone withdrew consent), so such a rule is rejected at load.
 */
public enum DataCategory {
  /** E-mail addresses, phone numbers and postal addresses of a person. */
  CONTACT_DATA("contact-data", COLLECTION, LAST_INTERACTION, CONSENT_WITHDRAWAL),
  /** Free-text feedback comments. */
  COMMENTS("comments", COLLECTION, LAST_INTERACTION, CONSENT_WITHDRAWAL),
  /** NPS, CSAT and CES answers. */
  SCORES("scores", COLLECTION, LAST_INTERACTION, CONSENT_WITHDRAWAL),
  /** Closed-loop tickets and their notes. */
  TICKETS("tickets", COLLECTION, LAST_INTERACTION, TICKET_CLOSURE),
  /** The append-only, hash-chained audit trail. */
  AUDIT_TRAIL("audit-trail", COLLECTION),
  /** Consent events and receipts, kept to prove that consent was given or withdrawn. */
  CONSENT_RECORDS("consent-records", COLLECTION, CONSENT_WITHDRAWAL);

  private static final DataCategory[] ALL = values();

  private final String id;
  private final Set<RetentionEvent> applicableEvents;

  DataCategory(String id, RetentionEvent first, RetentionEvent... rest) {
    this.id = id;
    // An unmodifiable EnumSet iterates in declaration order, so messages list events stably.
    this.applicableEvents = Collections.unmodifiableSet(EnumSet.of(first, rest));
  }

  /** The kebab-case id used in rule files. */
  public String id() {
    return id;
  }

  /** The events a retention period for this category may count from, in declaration order. */
  public Set<RetentionEvent> applicableEvents() {
    return applicableEvents;
  }

  /** Whether a period for this category may count from the event. */
  public boolean accepts(RetentionEvent event) {
    return applicableEvents.contains(event);
  }

  /** The category with this id, if there is one. */
  public static Optional<DataCategory> fromId(String id) {
    for (DataCategory category : ALL) {
      if (category.id.equals(id)) {
        return Optional.of(category);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
