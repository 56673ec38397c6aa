package dev.custos.server.subject.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.connectors.port.SubjectResolver.Resolution;
import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.testing.Databases;
import dev.custos.server.testing.Jpa;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One customer view: blind indexes find the same subject across connectors, never erased ones. */
class JpaSubjectResolverTest {

  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
  private static final String EMAIL = "ZW1haWwtZGlnZXN0LW9mLWEtcGVyc29uLWZvci10ZXN0";
  private static final String PHONE = "cGhvbmUtZGlnZXN0LW9mLWEtcGVyc29uLWZvci10ZXN0";

  static Stream<Arguments> databases() {
    return Databases.both();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anUnknownPersonGetsANewSubject(String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      Resolution first = resolve(jpa, T0, "crm", Map.of(IndexKind.EMAIL, EMAIL));
      Resolution other = resolve(jpa, T0, "crm", Map.of(IndexKind.EMAIL, PHONE));

      assertThat(first).isInstanceOf(Resolution.Created.class);
      assertThat(other).isInstanceOf(Resolution.Created.class);
      assertThat(subjectOf(other)).isNotEqualTo(subjectOf(first));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aKnownIndexMatchesTheSameSubjectAndNewIndexesJoinIt(
      String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      SubjectId created = subjectOf(resolve(jpa, T0, "crm", Map.of(IndexKind.EMAIL, EMAIL)));

      Resolution byBoth =
          resolve(jpa, T0, "survey", Map.of(IndexKind.EMAIL, EMAIL, IndexKind.PHONE, PHONE));
      Resolution byPhoneOnly = resolve(jpa, T0, "tickets", Map.of(IndexKind.PHONE, PHONE));

      assertThat(byBoth).isEqualTo(new Resolution.Matched(created, Set.of(IndexKind.EMAIL)));
      assertThat(byPhoneOnly).isEqualTo(new Resolution.Matched(created, Set.of(IndexKind.PHONE)));
      assertThat(evidence(jpa, created))
          .containsExactlyInAnyOrder("created|", "matched|email", "matched|phone");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anErasedPersonIsSuppressedAndNotCreatedAgain(String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      jpa.run(em -> em.persist(new SuppressionEntity(new IndexKey("phone", PHONE), T0)));

      Resolution resolution =
          resolve(jpa, T0, "crm", Map.of(IndexKind.EMAIL, EMAIL, IndexKind.PHONE, PHONE));

      assertThat(resolution).isEqualTo(new Resolution.Suppressed());
      assertThat(count(jpa, "SubjectEntity")).isZero();
      assertThat(count(jpa, "SubjectIndexEntity")).isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void indexesOfTwoSubjectsChooseTheOldestAndRecordTheConflict(
      String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      SubjectId younger =
          subjectOf(resolve(jpa, T0.plusSeconds(60), "crm", Map.of(IndexKind.PHONE, PHONE)));
      SubjectId older = subjectOf(resolve(jpa, T0, "crm", Map.of(IndexKind.EMAIL, EMAIL)));

      Resolution both =
          resolve(
              jpa,
              T0.plusSeconds(120),
              "survey",
              Map.of(IndexKind.EMAIL, EMAIL, IndexKind.PHONE, PHONE));

      assertThat(both).isEqualTo(new Resolution.Matched(older, Set.of(IndexKind.EMAIL)));
      assertThat(evidence(jpa, older)).containsExactlyInAnyOrder("created|", "conflict|email");
      assertThat(conflicts(jpa, older)).isEqualTo(younger.value());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aRecordWithoutIdentifiersGetsASubjectOfItsOwn(String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      Resolution first = resolve(jpa, T0, "survey", Map.of());
      Resolution second = resolve(jpa, T0, "survey", Map.of());

      assertThat(first).isInstanceOf(Resolution.Created.class);
      assertThat(subjectOf(second)).isNotEqualTo(subjectOf(first));
      assertThat(count(jpa, "SubjectIndexEntity")).isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void twoRowsOfOnePageNamingOnePersonResolveToOneSubject(
      String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      List<Resolution> page =
          resolveAll(
              jpa,
              T0,
              List.of(
                  Map.of(IndexKind.EMAIL, EMAIL),
                  Map.of(IndexKind.EMAIL, EMAIL, IndexKind.PHONE, PHONE),
                  Map.of(IndexKind.PHONE, PHONE)));

      SubjectId created = subjectOf(page.get(0));
      assertThat(page.get(0)).isInstanceOf(Resolution.Created.class);
      assertThat(page.get(1)).isEqualTo(new Resolution.Matched(created, Set.of(IndexKind.EMAIL)));
      assertThat(page.get(2)).isEqualTo(new Resolution.Matched(created, Set.of(IndexKind.PHONE)));
      assertThat(count(jpa, "SubjectEntity")).isEqualTo(1);
      assertThat(count(jpa, "SubjectIndexEntity")).isEqualTo(2);
      assertThat(evidence(jpa, created))
          .containsExactlyInAnyOrder("created|", "matched|email", "matched|phone");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aSuppressedPersonInAPageIsSkippedAndTheOthersResolve(
      String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      jpa.run(em -> em.persist(new SuppressionEntity(new IndexKey("phone", PHONE), T0)));
      SubjectId known = subjectOf(resolve(jpa, T0, "crm", Map.of(IndexKind.EMAIL, EMAIL)));

      List<Resolution> page =
          resolveAll(
              jpa,
              T0.plusSeconds(60),
              List.of(
                  Map.of(IndexKind.PHONE, PHONE),
                  Map.of(IndexKind.EMAIL, EMAIL),
                  Map.of(IndexKind.EMAIL, PHONE),
                  Map.of(IndexKind.EMAIL, EMAIL, IndexKind.PHONE, PHONE)));

      assertThat(page.get(0)).isEqualTo(new Resolution.Suppressed());
      assertThat(page.get(1)).isEqualTo(new Resolution.Matched(known, Set.of(IndexKind.EMAIL)));
      // The same digest under another kind is another identifier, not the suppressed one.
      assertThat(page.get(2)).isInstanceOf(Resolution.Created.class);
      assertThat(page.get(3)).isEqualTo(new Resolution.Suppressed());
      assertThat(count(jpa, "SubjectEntity")).isEqualTo(2);
      assertThat(count(jpa, "SubjectIndexEntity")).isEqualTo(2);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aPageRecordsTheConflictBetweenAStoredAndANewSubject(
      String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      SubjectId older = subjectOf(resolve(jpa, T0, "crm", Map.of(IndexKind.EMAIL, EMAIL)));

      List<Resolution> page =
          resolveAll(
              jpa,
              T0.plusSeconds(60),
              List.of(
                  Map.of(IndexKind.PHONE, PHONE),
                  Map.of(IndexKind.EMAIL, EMAIL, IndexKind.PHONE, PHONE)));

      SubjectId younger = subjectOf(page.get(0));
      assertThat(page.get(1)).isEqualTo(new Resolution.Matched(older, Set.of(IndexKind.EMAIL)));
      assertThat(evidence(jpa, older)).containsExactlyInAnyOrder("created|", "conflict|email");
      assertThat(conflicts(jpa, older)).isEqualTo(younger.value());
    }
  }

  private static List<Resolution> resolveAll(
      Jpa jpa, Instant at, List<Map<IndexKind, String>> page) {
    Clock clock = Clock.fixed(at, ZoneOffset.UTC);
    return jpa.inTransaction(em -> new JpaSubjectResolver(em, clock).resolveAll("crm", page));
  }

  private static Resolution resolve(
      Jpa jpa, Instant at, String connector, Map<IndexKind, String> indexes) {
    Clock clock = Clock.fixed(at, ZoneOffset.UTC);
    return jpa.inTransaction(em -> new JpaSubjectResolver(em, clock).resolve(connector, indexes));
  }

  private static SubjectId subjectOf(Resolution resolution) {
    return switch (resolution) {
      case Resolution.Created c -> c.subject();
      case Resolution.Matched m -> m.subject();
      case Resolution.Suppressed s -> throw new AssertionError("suppressed");
    };
  }

  private static List<String> evidence(Jpa jpa, SubjectId subject) {
    return jpa.inTransaction(
        em ->
            em.createQuery(
                    "select concat(m.outcome, '|', m.kindsMatched) from SubjectMatchEntity m"
                        + " where m.subjectId = :s order by m.matchedAt, m.outcome",
                    String.class)
                .setParameter("s", subject.value())
                .getResultList());
  }

  private static String conflicts(Jpa jpa, SubjectId subject) {
    return jpa.inTransaction(
        em ->
            em.createQuery(
                    "select m.conflictingSubjects from SubjectMatchEntity m"
                        + " where m.subjectId = :s and m.outcome = 'conflict'",
                    String.class)
                .setParameter("s", subject.value())
                .getSingleResult());
  }

  private static long count(Jpa jpa, String entity) {
    return jpa.inTransaction(
        (EntityManager em) ->
            em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult());
  }
}
