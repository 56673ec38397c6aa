package dev.custos.policies.gate;

import dev.custos.policies.retention.DataCategory;
import dev.custos.policies.retention.RetentionStamp;
import dev.custos.policies.subject.SubjectId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A record after the gate: only the fields that may be kept, in storable form, with the retention
 * stamp of each data category it holds and the decision log, recorded with the record.
 *
 * @param pack the policy pack the decisions were made under (for example {@code gdpr@1})
 */
public record GatedRecord(
    String source,
    String sourceKey,
    String sourceVersion,
    RecordKind kind,
    SubjectId subject,
    Instant collectedAt,
    Instant gatedAt,
    String pack,
    List<GatedField> fields,
    Map<DataCategory, RetentionStamp> retention,
    List<FieldDecision> decisions) {

  public GatedRecord {
    fields = List.copyOf(fields);
    retention = Map.copyOf(retention);
    decisions = List.copyOf(decisions);
  }

  public Optional<GatedField> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public Optional<FieldDecision> decision(String field) {
    return decisions.stream().filter(d -> d.field().equals(field)).findFirst();
  }
}
