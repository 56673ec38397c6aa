package dev.custos.policies.retention;

import dev.custos.policies.subject.SubjectId;
import java.util.Objects;
import java.util.Optional;

/**
 * What the retention planner needs to know about a stored record, and nothing personal.
 *
 * @param recordId the record's opaque id, as the store knows it
 * @param category its data category
 * @param subject the data subject it belongs to; empty for data about no one in particular
 * @param events when the events its period may count from happened
 * @param account the external id of the B2B account the record is about, if any; account-wide legal
 *     holds match on it
 */
public record RecordMetadata(
    String recordId,
    DataCategory category,
    Optional<SubjectId> subject,
    EventTimes events,
    Optional<String> account) {

  public RecordMetadata {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(account, "account");
  }

  /** A record about no account. */
  public RecordMetadata(
      String recordId, DataCategory category, Optional<SubjectId> subject, EventTimes events) {
    this(recordId, category, subject, events, Optional.empty());
  }

  /** A record of a data subject. */
  public static RecordMetadata of(
      String recordId, DataCategory category, SubjectId subject, EventTimes events) {
    return new RecordMetadata(recordId, category, Optional.of(subject), events);
  }
}
