package dev.custos.benchmarks;

import dev.custos.policies.blindindex.BlindIndexer;
import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.classification.FieldClass;
import dev.custos.policies.classification.FieldClassPolicy;
import dev.custos.policies.consent.ConsentView;
import dev.custos.policies.encryption.FieldCipher;
import dev.custos.policies.encryption.FieldContext;
import dev.custos.policies.gate.GatedRecord;
import dev.custos.policies.gate.InboundField;
import dev.custos.policies.gate.InboundRecord;
import dev.custos.policies.gate.PrivacyGate;
import dev.custos.policies.gate.RecordKind;
import dev.custos.policies.pii.PiiScanner;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.purpose.PolicyPacks;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.retention.RetentionPlanner;
import dev.custos.policies.retention.RetentionRules;
import dev.custos.policies.subject.SubjectId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A 10-field feedback record through the whole gate (consent decisions, encryption, blind indexes,
 * PII scan and redaction of the comment, retention stamps, decision log) against only encrypting
 * its personal fields and the comment with the same cipher, the part no gate can skip.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GateBenchmark {

  private static final String COMMENT =
      "送货太慢了，司机也没有打电话。The parcel arrived damaged; call me on 13800138000 please.";
  private PrivacyGate gate;
  private FieldCipher cipher;
  private ConsentView consent;
  private InboundRecord record;

  @Setup
  public void setUp() {
    PolicyPack pack = PolicyPacks.gdpr();
    cipher = new FieldCipher(BenchmarkKeys.dataKeys());
    gate =
        new PrivacyGate(
            FieldClassPolicy.of(pack),
            cipher,
            new BlindIndexer(kind -> new byte[32], "CN"),
            new PiiScanner(),
            new RetentionPlanner(RetentionRules.defaults()),
            Clock.systemUTC());
    consent = ConsentView.empty(pack);
    SubjectId subject = SubjectId.random();
    record =
        new InboundRecord(
            "survey-tool",
            "resp-1",
            "1",
            RecordKind.FEEDBACK,
            subject,
            Instant.now(),
            Set.of(PurposeId.of("feedback-analysis"), PurposeId.of("service-delivery")),
            List.of(
                InboundField.indexed(
                    "email", FieldClass.IDENTIFIER, IndexKind.EMAIL, "wang.fang@example.com"),
                InboundField.of("name", FieldClass.IDENTIFIER, "王芳"),
                InboundField.of("customer_no", FieldClass.IDENTIFIER, "C-000123"),
                InboundField.of("comment", FieldClass.FREE_TEXT, COMMENT),
                InboundField.of("nps", FieldClass.OPERATIONAL, "4"),
                InboundField.of("csat", FieldClass.OPERATIONAL, "2"),
                InboundField.of("touchpoint", FieldClass.OPERATIONAL, "delivery"),
                InboundField.of("channel", FieldClass.OPERATIONAL, "wechat"),
                InboundField.of("product", FieldClass.OPERATIONAL, "Freight Tracker"),
                InboundField.of("responded_at", FieldClass.OPERATIONAL, "2026-05-01T10:00:00Z")));
    gate.pass(record, consent);
  }

  @Benchmark
  public byte[][] baseline() {
    SubjectId subject = record.subject();
    return new byte[][] {
      cipher.encryptText(new FieldContext("feedback", "email", subject), "wang.fang@example.com"),
      cipher.encryptText(new FieldContext("feedback", "name", subject), "王芳"),
      cipher.encryptText(new FieldContext("feedback", "customer_no", subject), "C-000123"),
      cipher.encryptText(new FieldContext("feedback", "comment", subject), COMMENT)
    };
  }

  @Benchmark
  public GatedRecord gate() {
    return gate.pass(record, consent);
  }
}
