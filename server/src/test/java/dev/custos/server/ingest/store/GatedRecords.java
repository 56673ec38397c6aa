package dev.custos.server.ingest.store;

import dev.custos.policies.classification.FieldClass;
import dev.custos.policies.gate.FieldDecision;
import dev.custos.policies.gate.GatedField;
import dev.custos.policies.gate.GatedRecord;
import dev.custos.policies.gate.RecordKind;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.retention.DataCategory;
import dev.custos.policies.retention.RetentionPlanner;
import dev.custos.policies.retention.RetentionRules;
import dev.custos.policies.subject.SubjectId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Gated records as the gate would hand them over, with stand-in envelopes. */
final class GatedRecords {

  static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
  private static final RetentionPlanner PLANNER = new RetentionPlanner(RetentionRules.defaults());
  private static final Set<PurposeId> ANALYSIS = Set.of(PurposeId.of("feedback-analysis"));

  private GatedRecords() {}

  static GatedRecord record(String sourceKey, String version) {
    return new GatedRecord(
        "survey-tool",
        sourceKey,
        version,
        RecordKind.FEEDBACK,
        new SubjectId("subject-0001"),
        AT.minusSeconds(3600),
        AT,
        "gdpr@1",
        List.of(
            new GatedField.Encrypted(
                "email", FieldClass.IDENTIFIER, ANALYSIS, new byte[] {1, 2, 3}, Optional.of("idx")),
            new GatedField.FreeText(
                "comment", ANALYSIS, new byte[] {4, 5}, Optional.of(new byte[] {6}), Set.of()),
            new GatedField.Plain("nps", ANALYSIS, "9")),
        Map.of(DataCategory.SCORES, PLANNER.stamp(DataCategory.SCORES, AT.minusSeconds(3600))),
        List.of(
            new FieldDecision(
                "email", FieldClass.IDENTIFIER, FieldDecision.Outcome.ENCRYPTED, ANALYSIS, "ok"),
            new FieldDecision(
                "nps", FieldClass.OPERATIONAL, FieldDecision.Outcome.KEPT_PLAIN, ANALYSIS, "ok")));
  }
}
