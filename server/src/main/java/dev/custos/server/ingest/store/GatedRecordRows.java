package dev.custos.server.ingest.store;

import dev.custos.policies.gate.FieldDecision;
import dev.custos.policies.gate.GatedField;
import dev.custos.policies.gate.GatedRecord;
import dev.custos.policies.pii.PiiKind;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.retention.DataCategory;
import dev.custos.policies.retention.RetentionStamp;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns a gated record into its rows. Copies only what the gate produced; adds nothing in clear.
 */
final class GatedRecordRows {

  private GatedRecordRows() {}

  static GatedRecordEntity toEntity(String connectorId, GatedRecord record) {
    GatedRecordEntity entity =
        new GatedRecordEntity(
            connectorId,
            record.source(),
            record.sourceKey(),
            record.sourceVersion(),
            record.kind().id(),
            record.subject().value(),
            record.collectedAt(),
            record.gatedAt(),
            record.pack());
    record.fields().forEach(field -> entity.add(row(field)));
    for (FieldDecision d : record.decisions()) {
      entity.add(
          new DecisionRow(
              d.field(),
              d.classification().id(),
              d.outcome().name(),
              purposes(d.purposes()),
              d.reason()));
    }
    for (Map.Entry<DataCategory, RetentionStamp> stamp : record.retention().entrySet()) {
      entity.add(
          new StampRow(
              stamp.getKey().id(),
              stamp.getValue().rule().countsFrom().name(),
              stamp.getValue().deadline().orElse(null)));
    }
    return entity;
  }

  private static FieldRow row(GatedField field) {
    String cls = field.classification().id();
    String purposes = purposes(field.purposes());
    return switch (field) {
      case GatedField.Encrypted e ->
          new FieldRow(
              e.name(), cls, e.envelope(), null, null, e.blindIndex().orElse(null), purposes, null);
      case GatedField.FreeText t ->
          new FieldRow(
              t.name(),
              cls,
              t.envelope(),
              t.redactedEnvelope().orElse(null),
              null,
              null,
              purposes,
              t.found().stream().map(PiiKind::name).sorted().collect(Collectors.joining(",")));
      case GatedField.Plain p ->
          new FieldRow(p.name(), cls, null, null, p.value(), null, purposes, null);
    };
  }

  /** Purpose ids in sorted order, comma-separated: stable text that a query can match. */
  private static String purposes(Collection<PurposeId> purposes) {
    return new TreeSet<>(purposes).stream().map(PurposeId::value).collect(Collectors.joining(","));
  }
}
