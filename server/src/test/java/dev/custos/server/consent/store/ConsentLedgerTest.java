package dev.custos.server.consent.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.consent.CollectionMethod;
import dev.custos.policies.consent.ConsentContext;
import dev.custos.policies.consent.ConsentDecision;
import dev.custos.policies.consent.ConsentEvent;
import dev.custos.policies.consent.ConsentForm;
import dev.custos.policies.consent.ConsentView;
import dev.custos.policies.consent.Notice;
import dev.custos.policies.purpose.LawfulBasis;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.purpose.PolicyPacks;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.testing.Databases;
import dev.custos.server.testing.Jpa;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The consent ledger table: appends, folds back into the privacy core, counts, imports. */
class ConsentLedgerTest {

  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
  private static final PolicyPack PIPL = PolicyPacks.pipl();
  private static final SubjectId ANNA = new SubjectId("subject-anna");
  private static final SubjectId BO = new SubjectId("subject-bo");
  private static final PurposeId ANALYSIS = PurposeId.of("feedback-analysis");
  private static final PurposeId MARKETING = PurposeId.of("marketing");
  private static final Notice NOTICE = Notice.of("survey-consent", "3", "我们会使用您的反馈改进服务。");

  static Stream<Arguments> databases() {
    return Databases.both();
  }

  private static ConsentContext context(SubjectId subject, PurposeId purpose) {
    return new ConsentContext(
        subject,
        purpose,
        LawfulBasis.CONSENT,
        NOTICE,
        Locale.forLanguageTag("zh-CN"),
        CollectionMethod.WEB_FORM,
        "wechat",
        "user-1",
        "CN");
  }

  private static ConsentEvent append(
      Jpa jpa, LedgerKind kind, SubjectId subject, PurposeId purpose, long second) {
    return jpa.inTransaction(
        em ->
            new ConsentLedger(em)
                .appendConsent(
                    kind,
                    context(subject, purpose),
                    T0.plusSeconds(second),
                    kind == LedgerKind.GIVEN ? Optional.of(ConsentForm.SEPARATE) : Optional.empty(),
                    Optional.empty(),
                    Optional.of("ref-" + kind + "-" + subject.value() + "-" + second),
                    T0.plusSeconds(second)));
  }

  private static ConsentView view(Jpa jpa, SubjectId subject) {
    return jpa.inTransaction(em -> new ConsentLedger(em).view(PIPL, subject));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void eventsReadBackAsTheyWereAppendedAndDecideAsTheCoreDoes(
      String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      ConsentEvent given = append(jpa, LedgerKind.GIVEN, ANNA, ANALYSIS, 0);
      append(jpa, LedgerKind.GIVEN, BO, ANALYSIS, 0);

      assertThat(view(jpa, ANNA).history(ANNA, ANALYSIS)).containsExactly(given);
      assertThat(view(jpa, ANNA).decide(ANNA, ANALYSIS, T0.plusSeconds(1)).allowed()).isTrue();

      ConsentEvent withdrawn = append(jpa, LedgerKind.WITHDRAWN, ANNA, ANALYSIS, 60);

      ConsentDecision after = view(jpa, ANNA).decide(ANNA, ANALYSIS, T0.plusSeconds(61));
      assertThat(after.reason())
          .isEqualTo(new ConsentDecision.WithdrawnAt(withdrawn.id(), withdrawn.at()));
      assertThat(withdrawn.sequence()).isGreaterThan(given.sequence());
      assertThat(view(jpa, BO).decide(BO, ANALYSIS, T0.plusSeconds(61)).allowed()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aPageOfSubjectsIsReadInOneViewThatDecidesAsEachSubjectsOwn(
      String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      append(jpa, LedgerKind.GIVEN, ANNA, ANALYSIS, 0);
      append(jpa, LedgerKind.WITHDRAWN, ANNA, ANALYSIS, 60);
      append(jpa, LedgerKind.GIVEN, BO, ANALYSIS, 0);
      // More subjects than one statement reads, most without a ledger, and one named twice.
      List<SubjectId> page =
          Stream.concat(
                  Stream.of(ANNA, BO, ANNA),
                  java.util.stream.IntStream.range(0, ConsentLedger.ROWS_PER_QUERY + 5)
                      .mapToObj(i -> new SubjectId("subject-" + i)))
              .toList();

      ConsentView all = jpa.inTransaction(em -> new ConsentLedger(em).view(PIPL, page));

      Instant later = T0.plusSeconds(61);
      assertThat(all.decide(ANNA, ANALYSIS, later))
          .isEqualTo(view(jpa, ANNA).decide(ANNA, ANALYSIS, later));
      assertThat(all.decide(ANNA, ANALYSIS, later).allowed()).isFalse();
      assertThat(all.decide(BO, ANALYSIS, later).allowed()).isTrue();
      assertThat(all.history(ANNA, ANALYSIS)).hasSize(2);
      assertThat(all.eventCount()).isEqualTo(3);
      assertThat(all.decide(new SubjectId("subject-1004"), ANALYSIS, later).allowed()).isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void limitsAreStoredAndStopProcessing(String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      append(jpa, LedgerKind.GIVEN, ANNA, ANALYSIS, 0);
      jpa.run(
          em ->
              new ConsentLedger(em)
                  .appendLimit(
                      LedgerKind.OBJECTED,
                      ANNA,
                      Optional.of(ANALYSIS),
                      "dsr-7",
                      "user-1",
                      T0.plusSeconds(10),
                      T0.plusSeconds(10)));

      assertThat(view(jpa, ANNA).decide(ANNA, ANALYSIS, T0.plusSeconds(11)).reason())
          .isInstanceOf(ConsentDecision.ObjectedAt.class);
      List<LedgerRow> rows = jpa.inTransaction(em -> new ConsentLedger(em).rows(ANNA));
      assertThat(rows).hasSize(2);
      assertThat(rows.get(1).requestRef()).contains("dsr-7");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void countsFollowEachSubjectsLatestEvent(String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      append(jpa, LedgerKind.GIVEN, ANNA, ANALYSIS, 0);
      append(jpa, LedgerKind.WITHDRAWN, ANNA, ANALYSIS, 5);
      append(jpa, LedgerKind.GIVEN, BO, ANALYSIS, 0);
      append(jpa, LedgerKind.REFUSED, BO, MARKETING, 0);

      List<PurposeCount> counts =
          jpa.inTransaction(em -> new ConsentLedger(em).counts(T0.plusSeconds(10)));

      assertThat(counts)
          .containsExactly(
              new PurposeCount("feedback-analysis", "given", 1),
              new PurposeCount("feedback-analysis", "withdrawn", 1),
              new PurposeCount("marketing", "refused", 1));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anImportedRowIsAppendedOnceAndFoundByItsReceiptNever(
      String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      Optional<ConsentEvent> first = importRow(jpa);
      Optional<ConsentEvent> again = importRow(jpa);

      assertThat(first).isPresent();
      assertThat(again).isEmpty();
      assertThat(view(jpa, ANNA).eventCount()).isEqualTo(1);
      Optional<LedgerRow> none = jpa.inTransaction(em -> new ConsentLedger(em).byReceipt("none"));
      assertThat(none).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void subjectsAreFoundByBlindIndexOnly(String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      jpa.run(
          em -> {
            em.createNativeQuery("insert into subject (id, created_at) values (?1, ?2)")
                .setParameter(1, ANNA.value())
                .setParameter(2, T0)
                .executeUpdate();
            em.createNativeQuery(
                    "insert into subject_index (kind, digest, subject_id, first_seen_connector,"
                        + " first_seen_at) values ('email', 'digest-1', ?1, 'crm', ?2)")
                .setParameter(1, ANNA.value())
                .setParameter(2, T0)
                .executeUpdate();
          });

      Optional<SubjectId> byEmail =
          jpa.inTransaction(
              em -> new ConsentLedger(em).subjectByIndex(IndexKind.EMAIL, "digest-1"));
      Optional<SubjectId> byPhone =
          jpa.inTransaction(
              em -> new ConsentLedger(em).subjectByIndex(IndexKind.PHONE, "digest-1"));
      boolean annaExists = jpa.inTransaction(em -> new ConsentLedger(em).subjectExists(ANNA));
      boolean boExists = jpa.inTransaction(em -> new ConsentLedger(em).subjectExists(BO));

      assertThat(byEmail).contains(ANNA);
      assertThat(byPhone).isEmpty();
      assertThat(annaExists).isTrue();
      assertThat(boExists).isFalse();
    }
  }

  private static Optional<ConsentEvent> importRow(Jpa jpa) {
    return jpa.inTransaction(
        em ->
            new ConsentLedger(em)
                .appendImported(
                    LedgerKind.GIVEN,
                    context(ANNA, ANALYSIS),
                    T0,
                    "crm",
                    "c-1",
                    "2026-03-01T10:00:00Z",
                    T0));
  }
}
