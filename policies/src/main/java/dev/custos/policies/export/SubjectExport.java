package dev.custos.policies.export;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything held about one data subject, decrypted, as it goes into the archive. Holds personal
 * data in clear: it lives only while an archive is written, and {@link #toString()} prints no
 * value.
 *
 * @param requestId the data-subject request this export answers
 * @param requestType access or portability
 * @param receivedAt when the request was received
 * @param producedAt when this export was made
 * @param subjectId the pseudonymous subject the identifiers led to
 * @param records the stored records of the subject, oldest first
 * @param consents the subject's consent events, oldest first
 */
public record SubjectExport(
    String requestId,
    String requestType,
    Instant receivedAt,
    Instant producedAt,
    String subjectId,
    List<Record> records,
    List<Consent> consents) {

  public SubjectExport {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(requestType, "requestType");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(producedAt, "producedAt");
    Objects.requireNonNull(subjectId, "subjectId");
    records = List.copyOf(records);
    consents = List.copyOf(consents);
  }

  @Override
  public String toString() {
    return "SubjectExport[request="
        + requestId
        + ", subject="
        + subjectId
        + ", records="
        + records.size()
        + ", consents="
        + consents.size()
        + "]";
  }

  /**
   * One stored record: where it came from, its kept fields, why each field was kept or dropped, and
   * until when it is kept.
   */
  public record Record(
      String id,
      String kind,
      String source,
      String sourceKey,
      String sourceVersion,
      Instant collectedAt,
      Instant storedAt,
      String policyPack,
      List<Field> fields,
      List<Decision> decisions,
      List<Retention> retention) {

    public Record {
      fields = List.copyOf(fields);
      decisions = List.copyOf(decisions);
      retention = List.copyOf(retention);
    }

    @Override
    public String toString() {
      return "Record[" + id + ", " + kind + ", fields=" + fields.size() + "]";
    }
  }

  /**
   * A kept field with its value in clear. {@code erased} when the subject's data key is gone
   * (crypto-shredded): the value exists only as unreadable ciphertext, and the archive says so.
   */
  public record Field(
      String name,
      String fieldClass,
      Optional<String> value,
      boolean erased,
      List<String> purposes) {

    public Field {
      Objects.requireNonNull(value, "value");
      purposes = List.copyOf(purposes);
    }

    @Override
    public String toString() {
      return "Field[" + name + ", " + fieldClass + (erased ? ", erased" : "") + "]";
    }
  }

  /** The privacy gate's decision on one field of a record: outcome and reason, never a value. */
  public record Decision(
      String field, String fieldClass, String outcome, List<String> purposes, String reason) {
    public Decision {
      purposes = List.copyOf(purposes);
    }
  }

  /** How long a data category of the record is kept; no deadline while its start event waits. */
  public record Retention(String category, String countsFrom, Optional<Instant> deadline) {}

  /** One event of the subject's consent ledger. */
  public record Consent(
      String purpose,
      String event,
      Instant at,
      String lawfulBasis,
      String notice,
      String channel,
      String jurisdiction) {}
}
