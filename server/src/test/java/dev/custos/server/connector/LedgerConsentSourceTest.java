package dev.custos.server.connector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.policies.blindindex.BlindIndexer;
import dev.custos.policies.classification.FieldClass;
import dev.custos.policies.classification.FieldClassPolicy;
import dev.custos.policies.consent.CollectionMethod;
import dev.custos.policies.consent.ConsentContext;
import dev.custos.policies.consent.ConsentForm;
import dev.custos.policies.consent.Notice;
import dev.custos.policies.encryption.FieldCipher;
import dev.custos.policies.gate.FieldDecision;
import dev.custos.policies.gate.GatedRecord;
import dev.custos.policies.gate.InboundField;
import dev.custos.policies.gate.InboundRecord;
import dev.custos.policies.gate.PrivacyGate;
import dev.custos.policies.gate.RecordKind;
import dev.custos.policies.keys.DataKeyCache;
import dev.custos.policies.keys.DataKeys;
import dev.custos.policies.keys.MasterKeyRing;
import dev.custos.policies.keys.SoftwareMasterKey;
import dev.custos.policies.pii.PiiScanner;
import dev.custos.policies.purpose.LawfulBasis;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.purpose.PolicyPacks;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.retention.RetentionPlanner;
import dev.custos.policies.retention.RetentionRules;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.audit.store.AuditEventStore;
import dev.custos.server.consent.store.ConsentLedger;
import dev.custos.server.consent.store.LedgerKind;
import dev.custos.server.privacy.store.JpaSubjectKeyStore;
import dev.custos.server.testing.Databases;
import dev.custos.server.testing.Jpa;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gate's consent comes from the ledger in the database: a withdrawal, objection or restriction
 * committed in one transaction (as on another node) is seen by the very next gate decision, and a
 * comment then gets no copy for analysis. Runs under the PIPL pack, where feedback analysis rests
 * on consent.
 */
class LedgerConsentSourceTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final PolicyPack PIPL = PolicyPacks.pipl();
  private static final SubjectId SUBJECT = new SubjectId("subject-ledger-1");
  private static final PurposeId ANALYSIS = PurposeId.of("feedback-analysis");
  private static final SoftwareMasterKey MASTER = masterKey();

  static Stream<Arguments> databases() {
    return Databases.both();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aWithdrawalIsSeenByTheVeryNextGateDecision(String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      append(jpa, LedgerKind.GIVEN, NOW.minusSeconds(7200));

      GatedRecord before = pass(jpa);
      append(jpa, LedgerKind.WITHDRAWN, NOW.minusSeconds(1));
      GatedRecord after = pass(jpa);

      assertThat(comment(before).outcome())
          .isEqualTo(FieldDecision.Outcome.ENCRYPTED_WITH_REDACTED_COPY);
      assertThat(comment(after).outcome())
          .isNotEqualTo(FieldDecision.Outcome.ENCRYPTED_WITH_REDACTED_COPY);
      assertThat(comment(after).purposes()).doesNotContain(ANALYSIS);
      assertThat(comment(after).reason()).contains("feedback-analysis: withdrawn at");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anObjectionAndARestrictionShowInTheDecisionLog(String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      append(jpa, LedgerKind.GIVEN, NOW.minusSeconds(7200));
      limit(jpa, LedgerKind.OBJECTED, Optional.of(ANALYSIS), NOW.minusSeconds(60));

      GatedRecord objected = pass(jpa);
      limit(jpa, LedgerKind.RESTRICTED, Optional.empty(), NOW.minusSeconds(30));
      GatedRecord restricted = pass(jpa);

      assertThat(comment(objected).reason()).contains("feedback-analysis: objected to at");
      assertThat(restricted.decisions())
          .allSatisfy(
              d -> {
                assertThat(d.outcome()).isEqualTo(FieldDecision.Outcome.DROPPED);
                assertThat(d.reason()).contains("processing restricted since");
              });
    }
  }

  private static void append(Jpa jpa, LedgerKind kind, Instant at) {
    ConsentContext context =
        new ConsentContext(
            SUBJECT,
            ANALYSIS,
            LawfulBasis.CONSENT,
            Notice.of("survey-consent", "2", "我们会分析您的反馈以改进服务。"),
            Locale.forLanguageTag("zh-CN"),
            CollectionMethod.WEB_FORM,
            "wechat",
            "user-1",
            "CN");
    jpa.run(
        em ->
            new ConsentLedger(em)
                .appendConsent(
                    kind,
                    context,
                    at,
                    kind == LedgerKind.GIVEN ? Optional.of(ConsentForm.SEPARATE) : Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    at));
  }

  private static void limit(Jpa jpa, LedgerKind kind, Optional<PurposeId> purpose, Instant at) {
    jpa.run(
        em ->
            new ConsentLedger(em)
                .appendLimit(kind, SUBJECT, purpose, "dsr-" + kind, "user-1", at, at));
  }

  /** One record through the real gate, with consent from the server's ledger-backed port. */
  private static GatedRecord pass(Jpa jpa) {
    return jpa.inTransaction(
        em -> {
          FieldCipher cipher =
              new FieldCipher(
                  new DataKeys(
                      MasterKeyRing.latestActive(List.of(MASTER)),
                      new JpaSubjectKeyStore(em, CLOCK),
                      new DataKeyCache(100, Duration.ofMinutes(5), CLOCK),
                      new SecureRandom()));
          PrivacyGate gate =
              new PrivacyGate(
                  FieldClassPolicy.of(PIPL),
                  cipher,
                  BlindIndexer.fromMasterKey(MASTER, "CN"),
                  new PiiScanner(),
                  new RetentionPlanner(RetentionRules.defaults()),
                  CLOCK);
          InboundRecord record =
              new InboundRecord(
                  "crm",
                  "row-" + System.nanoTime(),
                  "1",
                  RecordKind.FEEDBACK,
                  SUBJECT,
                  NOW.minusSeconds(600),
                  Set.of(PurposeId.of("service-delivery"), ANALYSIS),
                  List.of(
                      InboundField.of("comment", FieldClass.FREE_TEXT, "送货太慢了"),
                      InboundField.of("nps", FieldClass.OPERATIONAL, "3")));
          return gate.pass(
              record,
              new TransactionalPorts.Consent(
                      em, PIPL, new AuditTrail(new AuditEventStore(em), null, CLOCK))
                  .forSubject(SUBJECT));
        });
  }

  private static FieldDecision comment(GatedRecord record) {
    return record.decisions().stream()
        .filter(d -> d.field().equals("comment"))
        .findFirst()
        .orElseThrow();
  }

  private static SoftwareMasterKey masterKey() {
    byte[] kek = new byte[32];
    new SecureRandom().nextBytes(kek);
    return new SoftwareMasterKey(1, kek);
  }
}
