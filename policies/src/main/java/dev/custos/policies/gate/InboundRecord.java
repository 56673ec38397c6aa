package dev.custos.policies.gate;

import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.subject.SubjectId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A record as a connector or the API hands it to the gate: where it comes from (source, its key and
 * version there, which make ingestion idempotent), whose it is (the subject, resolved through blind
 * indexes before the gate), what it is, when it was collected, the purposes it was collected for,
 * and its fields.
 */
public record InboundRecord(
    String source,
    String sourceKey,
    String sourceVersion,
    RecordKind kind,
    SubjectId subject,
    Instant collectedAt,
    Set<PurposeId> collectedFor,
    List<InboundField> fields) {

  public InboundRecord {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceKey, "sourceKey");
    Objects.requireNonNull(sourceVersion, "sourceVersion");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(collectedAt, "collectedAt");
    collectedFor = Set.copyOf(collectedFor);
    fields = List.copyOf(fields);
    if (fields.stream().map(InboundField::name).distinct().count() != fields.size()) {
      throw new IllegalArgumentException("Field names of a record must be unique");
    }
  }
}
