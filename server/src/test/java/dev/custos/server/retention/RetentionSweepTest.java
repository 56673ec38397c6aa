package dev.custos.server.retention;

import static dev.custos.server.retention.SweepFixture.count;
import static dev.custos.server.retention.SweepFixture.store;
import static dev.custos.server.retention.SweepFixture.sweep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.policies.retention.DataCategory;
import dev.custos.server.retention.HoldInput.HoldScopeKind;
import dev.custos.server.retention.store.LegalHoldStore;
import dev.custos.server.retention.store.RunStore;
import dev.custos.server.testing.Databases;
import dev.custos.server.testing.Jpa;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The retention sweep on H2 and PostgreSQL: due records are acted on, records within their period
 * are kept, held records are untouched, a dry run changes nothing and decides as the real run, and
 * a run that stops after a batch resumes without acting on anything twice.
 */
class RetentionSweepTest {

  /** Old: every category is due in 2030. */
  private static final String OLD = "subject-old-0001";

  /** Collected in 2029: nothing is due. */
  private static final String RECENT = "subject-recent-01";

  /** Old, but under a legal hold on the subject. */
  private static final String HELD = "subject-held-0001";

  /** An old record and a recent one: the old record's contact data waits for the recent one. */
  private static final String RETURNING = "subject-back-0001";

  /** Old, with a hold on their comments only: contact data cannot be crypto-shredded. */
  private static final String PARTLY_HELD = "subject-part-0001";

  static Stream<Arguments> databases() {
    return Databases.both();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void actsOnDueRecordsKeepsTheRestAndHonoursLegalHolds(
      String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      seed(jpa);

      RetentionSweep sweep = sweep(jpa, 3);
      UUID run = sweep.start(false, "officer-1");
      sweep.runToEnd(run);

      RunView report = jpa.inTransaction(em -> new RunStore(em).find(run)).orElseThrow();
      assertThat(report.status()).isEqualTo("completed");
      // Due: 3 stamps of OLD, HELD and PARTLY_HELD each, and 3 of RETURNING's old record.
      assertThat(report.total().examined()).isEqualTo(12);
      assertThat(report.total().held()).isEqualTo(4);
      assertThat(report.total().kept()).isEqualTo(1);
      assertThat(report.total().acted()).isEqualTo(7);
      assertThat(progress(report, "comments")).containsExactly(4L, 2L, 2L, 0L);
      assertThat(report.batches()).isEqualTo(4);

      // The old subject: key destroyed, record cut off from them, only the score left.
      assertThat(keys(jpa, OLD)).isZero();
      assertThat(fields(jpa, "old-1")).containsExactly("account", "nps");
      assertThat(subjectOf(jpa, "anonymised:")).isEqualTo(1);
      // Within the period, or held: untouched.
      assertThat(fields(jpa, "recent-1")).containsExactly("account", "comment", "email", "nps");
      assertThat(fields(jpa, "held-1")).containsExactly("account", "comment", "email", "nps");
      assertThat(keys(jpa, HELD)).isEqualTo(1);
      assertThat(stamps(jpa, "held-1")).isEqualTo(3);
      // Contact data waits for the last interaction; comments and scores went their way.
      assertThat(fields(jpa, "back-old")).containsExactly("account", "email", "nps");
      assertThat(stamps(jpa, "back-old")).isEqualTo(1);
      assertThat(keys(jpa, RETURNING)).isEqualTo(1);
      // A held category keeps the subject's key: contact data is deleted field by field.
      assertThat(fields(jpa, "part-1")).containsExactly("account", "comment", "nps");
      assertThat(keys(jpa, PARTLY_HELD)).isEqualTo(1);

      List<ItemView> items = items(jpa, run);
      assertThat(items)
          .filteredOn(i -> i.subjectId().equals(HELD))
          .allSatisfy(i -> assertThat(i.decision()).isEqualTo("hold"))
          .allSatisfy(i -> assertThat(i.holdId()).isNotNull());
      assertThat(items)
          .filteredOn(i -> i.subjectId().equals(PARTLY_HELD) && i.category().equals("contact-data"))
          .singleElement()
          .satisfies(i -> assertThat(i.action()).isEqualTo("delete-fields"));
      assertThat(items)
          .filteredOn(i -> i.subjectId().equals(OLD) && i.category().equals("contact-data"))
          .singleElement()
          .satisfies(i -> assertThat(i.action()).isEqualTo("crypto-shred"));
      assertThat(items)
          .filteredOn(i -> i.subjectId().equals(RETURNING) && i.category().equals("contact-data"))
          .singleElement()
          .satisfies(i -> assertThat(i.decision()).isEqualTo("keep"));

      assertThat(audits(jpa, "retention.sweep")).isEqualTo(1);
      assertThat(audits(jpa, "retention.batch")).isEqualTo(4);
      assertThat(audits(jpa, "retention.crypto-shred")).isEqualTo(1);

      // A second run finds only what is held, and the moved deadline no longer due.
      UUID again = sweep.start(false, "officer-1");
      sweep.runToEnd(again);
      RunView second = jpa.inTransaction(em -> new RunStore(em).find(again)).orElseThrow();
      assertThat(second.total().acted()).isZero();
      assertThat(second.total().held()).isEqualTo(4);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aDryRunChangesNothingAndDecidesAsTheRealRun(String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      seed(jpa);
      String before = snapshot(jpa);

      RetentionSweep sweep = sweep(jpa, 2);
      UUID dry = sweep.start(true, "officer-1");
      sweep.runToEnd(dry);

      assertThat(snapshot(jpa)).isEqualTo(before);
      assertThat(audits(jpa, "retention.dry-run")).isEqualTo(1);
      assertThat(audits(jpa, "retention.batch")).isZero();

      UUID real = sweep.start(false, "officer-1");
      sweep.runToEnd(real);

      assertThat(snapshot(jpa)).isNotEqualTo(before);
      assertThat(decisions(items(jpa, dry))).isEqualTo(decisions(items(jpa, real)));
      RunView dryReport = jpa.inTransaction(em -> new RunStore(em).find(dry)).orElseThrow();
      RunView realReport = jpa.inTransaction(em -> new RunStore(em).find(real)).orElseThrow();
      assertThat(dryReport.dryRun()).isTrue();
      assertThat(dryReport.categories()).isEqualTo(realReport.categories());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aRunThatStopsAfterABatchResumesWithoutActingTwice(
      String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      seed(jpa);
      AtomicInteger calls = new AtomicInteger();
      SweepTransactions crashingOnce =
          new SweepTransactions() {
            @Override
            public <T> T inNewTransaction(Function<EntityManager, T> step) {
              // Call 1 starts the run, 2 and 3 are batches; the fourth dies halfway through.
              if (calls.incrementAndGet() == 4) {
                return jpa.inTransaction(
                    em -> {
                      step.apply(em);
                      throw new IllegalStateException("connection lost");
                    });
              }
              return jpa.inTransaction(step);
            }
          };

      RetentionSweep crashing = sweep(crashingOnce, 2);
      UUID run = crashing.start(false, "officer-1");
      assertThatThrownBy(() -> crashing.runToEnd(run)).hasMessage("connection lost");
      RunView stopped = jpa.inTransaction(em -> new RunStore(em).find(run)).orElseThrow();
      assertThat(stopped.status()).isEqualTo("failed");
      assertThat(stopped.batches()).isEqualTo(2);
      assertThat(stopped.total().examined()).isEqualTo(4);

      RetentionSweep resumed = sweep(jpa, 2);
      assertThat(resumed.reopen(run)).isTrue();
      resumed.runToEnd(run);

      RunView report = jpa.inTransaction(em -> new RunStore(em).find(run)).orElseThrow();
      assertThat(report.status()).isEqualTo("completed");
      assertThat(report.total().examined()).isEqualTo(12);
      assertThat(report.total().acted()).isEqualTo(7);
      List<ItemView> items = items(jpa, run);
      assertThat(items).hasSize(12);
      assertThat(items.stream().map(i -> i.recordId() + "/" + i.category()).distinct()).hasSize(12);
      assertThat(audits(jpa, "retention.batch")).isEqualTo(report.batches());
      assertThat(audits(jpa, "retention.crypto-shred")).isEqualTo(1);
      assertThat(resumed.reopen(run)).isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aHoldPlacedWhileARunGoesOnProtectsWhatTheRunHasNotReached(
      String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      seed(jpa);
      AtomicInteger calls = new AtomicInteger();
      AtomicReference<String> lateHold = new AtomicReference<>();
      SweepTransactions placingAHoldAfterTheFirstBatch =
          new SweepTransactions() {
            @Override
            public <T> T inNewTransaction(Function<EntityManager, T> step) {
              if (calls.incrementAndGet() == 3) {
                lateHold.set(
                    place(
                            jpa,
                            new HoldInput(
                                HoldScopeKind.CATEGORY,
                                noId(),
                                noId(),
                                Optional.of(DataCategory.COMMENTS),
                                "regulator-inquiry"))
                        .id());
              }
              return jpa.inTransaction(step);
            }
          };

      RetentionSweep sweep = sweep(placingAHoldAfterTheFirstBatch, 2);
      UUID run = sweep.start(false, "officer-1");
      sweep.runToEnd(run);

      List<ItemView> comments =
          items(jpa, run).stream().filter(i -> i.category().equals("comments")).toList();
      // The first batch anonymised the oldest comment before the hold existed.
      assertThat(comments.getFirst().subjectId()).isEqualTo(OLD);
      assertThat(comments.getFirst().decision()).isEqualTo("act");
      assertThat(comments)
          .filteredOn(i -> i.subjectId().equals(RETURNING))
          .singleElement()
          .satisfies(i -> assertThat(i.holdId()).isEqualTo(lateHold.get()));
      assertThat(fields(jpa, "back-old")).contains("comment");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aReleasedHoldNoLongerBlocksAndAnAccountHoldDoes(String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      store(jpa, "held-1", HELD, "2022-01-01T00:00:00Z");
      store(jpa, "old-1", OLD, "2022-01-01T00:00:00Z");
      LegalHoldView subjectHold =
          place(
              jpa,
              new HoldInput(
                  HoldScopeKind.SUBJECT, Optional.of(HELD), noId(), noCategory(), "litigation"));
      place(
          jpa,
          new HoldInput(
              HoldScopeKind.ACCOUNT,
              noId(),
              Optional.of("ACC-subj"),
              noCategory(),
              "regulator-inquiry"));

      RetentionSweep sweep = sweep(jpa, 10);
      UUID first = sweep.start(false, "officer-1");
      sweep.runToEnd(first);
      // Both subjects' records carry account ACC-subj: the account hold covers them all.
      assertThat(jpa.inTransaction(em -> new RunStore(em).find(first)).orElseThrow().total().held())
          .isEqualTo(6);

      jpa.run(
          em -> new LegalHoldStore(em).release(subjectHold.id(), "officer-2", SweepFixture.NOW));
      assertThat(jpa.inTransaction(em -> new LegalHoldStore(em).inForce()).all()).hasSize(1);
    }
  }

  private static Optional<String> noId() {
    return Optional.empty();
  }

  private static Optional<DataCategory> noCategory() {
    return Optional.empty();
  }

  private static void seed(Jpa jpa) {
    store(jpa, "old-1", OLD, "2022-01-01T00:00:00Z");
    store(jpa, "recent-1", RECENT, "2029-06-01T00:00:00Z");
    store(jpa, "held-1", HELD, "2022-02-01T00:00:00Z");
    store(jpa, "back-old", RETURNING, "2022-03-01T00:00:00Z");
    store(jpa, "back-new", RETURNING, "2029-06-01T00:00:00Z");
    store(jpa, "part-1", PARTLY_HELD, "2022-04-01T00:00:00Z");
    place(
        jpa,
        new HoldInput(
            HoldScopeKind.SUBJECT, Optional.of(HELD), noId(), noCategory(), "litigation"));
    place(
        jpa,
        new HoldInput(
            HoldScopeKind.SUBJECT_CATEGORY,
            Optional.of(PARTLY_HELD),
            noId(),
            Optional.of(DataCategory.COMMENTS),
            "disputed-request"));
  }

  private static LegalHoldView place(Jpa jpa, HoldInput input) {
    return jpa.inTransaction(
        em -> new LegalHoldStore(em).place(input, "officer-1", SweepFixture.NOW.minusSeconds(60)));
  }

  private static List<Long> progress(RunView report, String category) {
    RunView.CategoryProgress p =
        report.categories().stream()
            .filter(c -> c.category().equals(category))
            .findFirst()
            .orElseThrow();
    return List.of(p.examined(), p.acted(), p.held(), p.kept());
  }

  private static List<ItemView> items(Jpa jpa, UUID run) {
    return jpa.inTransaction(em -> new RunStore(em).items(run, Optional.empty(), 0, 500));
  }

  private static List<String> decisions(List<ItemView> items) {
    return items.stream()
        .map(
            i ->
                String.join(
                    " ",
                    i.recordId().toString(),
                    i.category(),
                    i.decision(),
                    String.valueOf(i.action()),
                    String.valueOf(i.holdId()),
                    i.explanation()))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static List<String> fields(Jpa jpa, String sourceKey) {
    return jpa.inTransaction(
        em ->
            (List<String>)
                em.createNativeQuery(
                        "select f.name from gated_field f join gated_record r on r.id = f.record_id"
                            + " where r.source_key = :key or (r.source_key like 'anonymised:%'"
                            + " and :key = 'old-1') order by f.name")
                    .setParameter("key", sourceKey)
                    .getResultList());
  }

  private static long stamps(Jpa jpa, String sourceKey) {
    return jpa.inTransaction(
        em ->
            ((Number)
                    em.createNativeQuery(
                            "select count(*) from retention_stamp s join gated_record r"
                                + " on r.id = s.record_id where r.source_key = :key")
                        .setParameter("key", sourceKey)
                        .getSingleResult())
                .longValue());
  }

  private static long subjectOf(Jpa jpa, String keyPrefix) {
    return count(
        jpa,
        "select count(*) from gated_record where subject_id is null and source_key like '"
            + keyPrefix
            + "%'");
  }

  private static long keys(Jpa jpa, String subject) {
    return count(jpa, "select count(*) from subject_key where subject_id = '" + subject + "'");
  }

  private static long audits(Jpa jpa, String action) {
    return count(jpa, "select count(*) from audit_event where action = '" + action + "'");
  }

  /** Everything the sweep may change, as text. */
  @SuppressWarnings("unchecked")
  private static String snapshot(Jpa jpa) {
    return jpa.inTransaction(
        em ->
            String.join(
                "\n",
                em.createNativeQuery(
                        "select concat(r.source_key, ' ', coalesce(r.subject_id, '-'), ' ',"
                            + " f.name) from gated_record r join gated_field f"
                            + " on f.record_id = r.id order by 1")
                    .getResultList()
                    .toString(),
                em.createNativeQuery(
                        "select concat(r.source_key, ' ', s.category, ' ', cast(s.deadline as"
                            + " varchar(64))) from gated_record r join retention_stamp s"
                            + " on s.record_id = r.id order by 1")
                    .getResultList()
                    .toString(),
                em.createNativeQuery("select subject_id from subject_key order by 1")
                    .getResultList()
                    .toString()));
  }
}
