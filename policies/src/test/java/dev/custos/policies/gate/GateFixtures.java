package dev.custos.policies.gate;

import dev.custos.policies.blindindex.BlindIndexer;
import dev.custos.policies.classification.FieldClassPolicy;
import dev.custos.policies.consent.CollectionMethod;
import dev.custos.policies.consent.ConsentContext;
import dev.custos.policies.consent.ConsentEvent;
import dev.custos.policies.consent.ConsentForm;
import dev.custos.policies.consent.Notice;
import dev.custos.policies.encryption.FieldCipher;
import dev.custos.policies.keys.DataKeys;
import dev.custos.policies.keys.InMemorySubjectKeyStore;
import dev.custos.policies.keys.TestKeys;
import dev.custos.policies.pii.PiiScanner;
import dev.custos.policies.purpose.LawfulBasis;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.purpose.PolicyPacks;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.retention.RetentionPlanner;
import dev.custos.policies.retention.RetentionRules;
import dev.custos.policies.subject.SubjectId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A gate over real components: GDPR pack, software master key, in-memory key store. */
final class GateFixtures {

  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  static final PolicyPack GDPR = PolicyPacks.gdpr();
  static final Notice NOTICE = Notice.of("survey-consent", "2", "We use your feedback to improve.");

  final DataKeys keys = TestKeys.dataKeys(TestKeys.ring(1), new InMemorySubjectKeyStore());
  final FieldCipher cipher = new FieldCipher(keys);
  final BlindIndexer indexer = new BlindIndexer(kind -> new byte[32], "CN");
  final PrivacyGate gate =
      new PrivacyGate(
          FieldClassPolicy.of(GDPR),
          cipher,
          indexer,
          new PiiScanner(),
          new RetentionPlanner(RetentionRules.defaults()),
          Clock.fixed(NOW, ZoneOffset.UTC));

  private long sequence;

  ConsentEvent.Given given(SubjectId subject, String purpose, Instant at) {
    sequence++;
    return new ConsentEvent.Given(
        new UUID(0, sequence),
        sequence,
        at,
        context(subject, purpose),
        ConsentForm.SEPARATE,
        Optional.empty());
  }

  ConsentEvent.Withdrawn withdrawn(SubjectId subject, String purpose, Instant at) {
    sequence++;
    return new ConsentEvent.Withdrawn(
        new UUID(0, sequence), sequence, at, context(subject, purpose));
  }

  static ConsentContext context(SubjectId subject, String purpose) {
    return new ConsentContext(
        subject,
        PurposeId.of(purpose),
        LawfulBasis.CONSENT,
        NOTICE,
        Locale.ENGLISH,
        CollectionMethod.WEB_FORM,
        "web",
        "survey-connector",
        "EU");
  }
}
