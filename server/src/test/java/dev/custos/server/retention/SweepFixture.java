package dev.custos.server.retention;

import dev.custos.policies.classification.FieldClass;
import dev.custos.policies.gate.FieldDecision;
import dev.custos.policies.gate.GatedField;
import dev.custos.policies.gate.GatedRecord;
import dev.custos.policies.gate.RecordKind;
import dev.custos.policies.keys.StoredDataKey;
import dev.custos.policies.keys.WrappedKey;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.retention.DataCategory;
import dev.custos.policies.retention.RetentionPlanner;
import dev.custos.policies.retention.RetentionRules;
import dev.custos.policies.retention.RetentionStamp;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.audit.store.AuditEventStore;
import dev.custos.server.ingest.store.JpaRecordSink;
import dev.custos.server.privacy.store.JpaSubjectKeyStore;
import dev.custos.server.testing.Jpa;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Stored feedback records as the privacy gate leaves them (an e-mail, a comment, a score, and a
 * plain account id), with data keys, for sweep tests. Under the default rules a comment is due two
 * years after collection (anonymise), a score three years after (anonymise), and contact data three
 * years after the person's last interaction (crypto-shred).
 */
final class SweepFixture {

  static final RetentionPlanner PLANNER = new RetentionPlanner(RetentionRules.defaults());
  static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final Set<PurposeId> PURPOSES = Set.of(PurposeId.of("feedback-analysis"));

  private SweepFixture() {}

  /** Stores one feedback record of the subject, collected at {@code collectedAt}. */
  static void store(Jpa jpa, String sourceKey, String subject, String collectedAt) {
    Instant at = Instant.parse(collectedAt);
    Map<DataCategory, RetentionStamp> stamps = new EnumMap<>(DataCategory.class);
    for (DataCategory category :
        List.of(DataCategory.CONTACT_DATA, DataCategory.COMMENTS, DataCategory.SCORES)) {
      stamps.put(category, PLANNER.stamp(category, at));
    }
    GatedRecord record =
        new GatedRecord(
            "survey-tool",
            sourceKey,
            "1",
            RecordKind.FEEDBACK,
            new SubjectId(subject),
            at,
            at,
            "gdpr@1",
            List.of(
                new GatedField.Encrypted(
                    "email",
                    FieldClass.CONTACT,
                    PURPOSES,
                    new byte[] {1, 2, 3},
                    Optional.of("digest-" + sourceKey)),
                new GatedField.FreeText(
                    "comment", PURPOSES, new byte[] {4, 5}, Optional.of(new byte[] {6}), Set.of()),
                new GatedField.Plain("nps", PURPOSES, "3"),
                new GatedField.Plain("account", PURPOSES, "ACC-" + subject.substring(0, 4))),
            stamps,
            List.of(
                new FieldDecision(
                    "email", FieldClass.CONTACT, FieldDecision.Outcome.ENCRYPTED, PURPOSES, "ok")));
    jpa.run(em -> new JpaRecordSink(em, CLOCK).store("survey", List.of(record), Optional.empty()));
    jpa.run(
        em ->
            new JpaSubjectKeyStore(em, CLOCK)
                .saveIfAbsent(
                    new StoredDataKey(new SubjectId(subject), 1, new WrappedKey(1, new byte[40]))));
  }

  /** A sweep over the test database, with audit events and key shredding in the batch. */
  static RetentionSweep sweep(Jpa jpa, int batchSize) {
    return sweep(transactions(jpa), batchSize);
  }

  static RetentionSweep sweep(SweepTransactions transactions, int batchSize) {
    return new RetentionSweep(PLANNER, CLOCK, transactions, new TestEffects(), batchSize);
  }

  /** Transactions of the test database. */
  static SweepTransactions transactions(Jpa jpa) {
    return new SweepTransactions() {
      @Override
      public <T> T inNewTransaction(Function<EntityManager, T> step) {
        return jpa.inTransaction(step);
      }
    };
  }

  static long count(Jpa jpa, String sql) {
    return jpa.inTransaction(
        em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }

  private static final class TestEffects implements SweepEffects {
    @Override
    public void audit(EntityManager em, String actor, dev.custos.server.audit.AuditEvent event) {
      new AuditEventStore(em).append(actor, "", event, CLOCK.instant());
    }

    @Override
    public boolean shredKey(EntityManager em, SubjectId subject) {
      return new JpaSubjectKeyStore(em, CLOCK).delete(subject);
    }
  }
}
