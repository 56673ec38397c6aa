package dev.custos.server.scores;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.server.account.store.AccountEntity;
import dev.custos.server.feedback.store.ResponseEntity;
import dev.custos.server.persistence.SchemaMigration;
import dev.custos.server.testing.TestDatabases;
import dev.custos.server.testing.TestPersistence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The database aggregates equal the same metrics counted in Java over the same random responses, on
 * H2 and on PostgreSQL.
 */
class ScoreQueryTest {

  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("H2", (Supplier<DataSource>) TestDatabases::h2),
        Arguments.of("PostgreSQL", (Supplier<DataSource>) TestDatabases::postgres));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void npsByAccountAndMonthMatchesACountInJava(String name, Supplier<DataSource> database) {
    try (EntityManagerFactory emf = load(database.get())) {
      EntityManager em = emf.createEntityManager();
      List<ResponseEntity> responses = responses(em);

      List<ScoreQuery.Row> rows =
          new ScoreQuery(em)
              .run(
                  Metric.NPS,
                  List.of(Dimension.ACCOUNT, Dimension.MONTH),
                  null,
                  null,
                  Optional.empty());

      Map<String, long[]> expected = new TreeMap<>();
      for (ResponseEntity r : responses) {
        if (r.nps() == null) {
          continue;
        }
        long[] a =
            expected.computeIfAbsent(
                account(r) + "|" + MONTH.format(r.respondedAt()), k -> new long[3]);
        a[0]++;
        a[1] += r.nps() >= 9 ? 1 : 0;
        a[2] += r.nps() <= 6 ? 1 : 0;
      }
      assertThat(rows).hasSize(expected.size());
      for (ScoreQuery.Row row : rows) {
        assertThat(row.aggregates())
            .as(row.key().toString())
            .containsExactly(expected.get(row.key().get("account") + "|" + row.key().get("month")));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void dateRangeAndAccountScopeLimitWhatIsCounted(String name, Supplier<DataSource> database) {
    try (EntityManagerFactory emf = load(database.get())) {
      EntityManager em = emf.createEntityManager();
      List<ResponseEntity> responses = responses(em);
      Instant from = START.plus(30, ChronoUnit.DAYS);
      Instant to = START.plus(60, ChronoUnit.DAYS);

      List<ScoreQuery.Row> rows =
          new ScoreQuery(em).run(Metric.CES, List.of(), from, to, Optional.of(Set.of("ACC-2")));

      long[] expected = new long[3];
      responses.stream()
          .filter(r -> r.ces() != null && account(r).equals("ACC-2"))
          .filter(r -> !r.respondedAt().isBefore(from) && r.respondedAt().isBefore(to))
          .forEach(
              r -> {
                expected[0]++;
                expected[1] += r.ces();
                expected[2] += (long) r.ces() * r.ces();
              });
      assertThat(expected[0]).isPositive();
      assertThat(rows)
          .singleElement()
          .satisfies(r -> assertThat(r.aggregates()).containsExactly(expected));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anEmptyScopeSeesNothing(String name, Supplier<DataSource> database) {
    try (EntityManagerFactory emf = load(database.get())) {
      EntityManager em = emf.createEntityManager();
      responses(em);

      var query = new ScoreQuery(em);

      assertThat(
              query.run(Metric.NPS, List.of(Dimension.ACCOUNT), null, null, Optional.of(Set.of())))
          .isEmpty();
      assertThat(query.run(Metric.NPS, List.of(), null, null, Optional.of(Set.of())))
          .singleElement()
          .satisfies(r -> assertThat(r.aggregates()).containsOnly(0L));
    }
  }

  private static final Map<UUID, String> ACCOUNTS = new java.util.concurrent.ConcurrentHashMap<>();

  private static String account(ResponseEntity r) {
    return ACCOUNTS.get(r.accountId());
  }

  private static EntityManagerFactory load(DataSource ds) {
    SchemaMigration.migrate(ds);
    return TestPersistence.entityManagerFactory(ds, false);
  }

  private static List<ResponseEntity> responses(EntityManager em) {
    SplittableRandom random = new SplittableRandom(7);
    em.getTransaction().begin();
    List<UUID> accountIds = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      AccountEntity account = new AccountEntity(UUID.randomUUID(), "ACC-" + i, START);
      account.describe("Account " + i, "smb", "Europe", "Retail", START);
      em.persist(account);
      accountIds.add(account.id());
      ACCOUNTS.put(account.id(), account.externalId());
    }
    List<ResponseEntity> responses = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      Integer nps = random.nextInt(5) == 0 ? null : random.nextInt(11);
      Integer csat = nps == null || random.nextBoolean() ? 1 + random.nextInt(5) : null;
      Integer ces = random.nextBoolean() ? null : 1 + random.nextInt(7);
      responses.add(
          new ResponseEntity(
              UUID.randomUUID(),
              null,
              accountIds.get(random.nextInt(accountIds.size())),
              "delivery",
              "email",
              null,
              nps,
              csat,
              ces,
              START.plusSeconds(random.nextLong(120L * 24 * 3600)),
              START));
    }
    responses.forEach(em::persist);
    em.getTransaction().commit();
    return responses;
  }
}
