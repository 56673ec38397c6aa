package dev.custos.server.privacy.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.policies.keys.StoredDataKey;
import dev.custos.policies.keys.WrappedKey;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.testing.Databases;
import dev.custos.server.testing.Jpa;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The data key store keeps one key per subject, compares before it swaps, and pages in order. */
class JpaSubjectKeyStoreTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

  static Stream<Arguments> databases() {
    return Databases.both();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void saveIfAbsentKeepsTheFirstKey(String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      SubjectId subject = SubjectId.random();
      StoredDataKey first = key(subject, 1, 1, (byte) 1);
      StoredDataKey second = key(subject, 2, 1, (byte) 2);

      StoredDataKey kept = jpa.inTransaction(em -> store(em).saveIfAbsent(first));
      StoredDataKey again = jpa.inTransaction(em -> store(em).saveIfAbsent(second));

      assertThat(kept).isEqualTo(first);
      assertThat(again).isEqualTo(first);
      assertThat(find(jpa, subject)).contains(first);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void concurrentCreatorsAllLearnTheOneKeyThatSurvived(String name, Supplier<DataSource> database)
      throws Exception {
    try (Jpa jpa = Jpa.on(database.get());
        ExecutorService threads = Executors.newFixedThreadPool(8)) {
      SubjectId subject = SubjectId.random();
      CountDownLatch start = new CountDownLatch(1);
      List<Future<StoredDataKey>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        StoredDataKey mine = key(subject, 100 + i, 1, (byte) i);
        results.add(
            threads.submit(
                () -> {
                  start.await();
                  return jpa.inTransaction(em -> store(em).saveIfAbsent(mine));
                }));
      }
      start.countDown();

      Set<StoredDataKey> winners = ConcurrentHashMap.newKeySet();
      for (Future<StoredDataKey> result : results) {
        winners.add(result.get());
      }
      assertThat(winners).hasSize(1);
      assertThat(find(jpa, subject)).contains(winners.iterator().next());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void replaceWrappingSwapsOnlyTheExpectedKeyAndVersion(
      String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      SubjectId subject = SubjectId.random();
      jpa.run(em -> store(em).saveIfAbsent(key(subject, 7, 1, (byte) 1)));
      WrappedKey rewrapped = new WrappedKey(2, new byte[] {9, 9, 9});

      boolean wrongKeyId =
          jpa.inTransaction(em -> store(em).replaceWrapping(subject, 8, 1, rewrapped));
      boolean wrongVersion =
          jpa.inTransaction(em -> store(em).replaceWrapping(subject, 7, 2, rewrapped));
      boolean swapped =
          jpa.inTransaction(em -> store(em).replaceWrapping(subject, 7, 1, rewrapped));
      boolean twice = jpa.inTransaction(em -> store(em).replaceWrapping(subject, 7, 1, rewrapped));

      assertThat(wrongKeyId).isFalse();
      assertThat(wrongVersion).isFalse();
      assertThat(swapped).isTrue();
      assertThat(twice).isFalse();
      assertThat(find(jpa, subject)).contains(new StoredDataKey(subject, 7, rewrapped));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void deleteRemovesTheKeyOnce(String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      SubjectId subject = SubjectId.random();
      jpa.run(em -> store(em).saveIfAbsent(key(subject, 7, 1, (byte) 1)));

      assertThat(delete(jpa, subject)).isTrue();
      assertThat(delete(jpa, subject)).isFalse();
      assertThat(find(jpa, subject)).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void wrappedByPagesThroughOneVersionInStringOrder(String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      // Upper case, lower case, digits, '-' and '_': a locale collation would order these
      // differently from String.compareTo.
      List<String> ids =
          List.of("a_subject", "A-subject", "b-subject", "B_subject", "0subject", "zsubject-");
      jpa.run(
          em -> {
            for (String id : ids) {
              store(em).saveIfAbsent(key(new SubjectId(id), 1, 1, (byte) 1));
            }
            store(em).saveIfAbsent(key(new SubjectId("other-version"), 1, 2, (byte) 1));
          });

      List<String> seen = new ArrayList<>();
      Optional<SubjectId> after = Optional.empty();
      while (true) {
        Optional<SubjectId> cursor = after;
        List<StoredDataKey> page = jpa.inTransaction(em -> store(em).wrappedBy(1, cursor, 4));
        if (page.isEmpty()) {
          break;
        }
        page.forEach(k -> seen.add(k.subject().value()));
        after = Optional.of(page.getLast().subject());
      }

      assertThat(seen).containsExactlyElementsOf(ids.stream().sorted().toList());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aPageOfKeysIsSavedAndFoundAtOnce(String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      List<StoredDataKey> keys = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        keys.add(key(SubjectId.random(), i, 1, (byte) i));
      }
      SubjectId without = SubjectId.random();

      List<StoredDataKey> saved = jpa.inTransaction(em -> store(em).saveAllIfAbsent(keys));
      Map<SubjectId, StoredDataKey> found =
          jpa.inTransaction(
              em ->
                  store(em)
                      .findAll(List.of(keys.get(0).subject(), keys.get(4).subject(), without)));

      assertThat(saved).containsExactlyElementsOf(keys);
      assertThat(found)
          .containsOnly(
              Map.entry(keys.get(0).subject(), keys.get(0)),
              Map.entry(keys.get(4).subject(), keys.get(4)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aPageWithASubjectThatGotAKeyMeanwhileKeepsThatKeyAndSavesTheOthers(
      String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      SubjectId raced = SubjectId.random();
      StoredDataKey first = key(raced, 1, 1, (byte) 1);
      jpa.inTransaction(em -> store(em).saveIfAbsent(first));
      StoredDataKey other = key(SubjectId.random(), 3, 1, (byte) 3);

      List<StoredDataKey> saved =
          jpa.inTransaction(
              em -> store(em).saveAllIfAbsent(List.of(key(raced, 2, 1, (byte) 2), other)));

      assertThat(saved).containsExactly(first, other);
      assertThat(find(jpa, raced)).contains(first);
      assertThat(find(jpa, other.subject())).contains(other);
    }
  }

  private static Optional<StoredDataKey> find(Jpa jpa, SubjectId subject) {
    return jpa.inTransaction(em -> store(em).find(subject));
  }

  private static boolean delete(Jpa jpa, SubjectId subject) {
    return jpa.inTransaction(em -> store(em).delete(subject));
  }

  private static JpaSubjectKeyStore store(EntityManager em) {
    return new JpaSubjectKeyStore(em, CLOCK);
  }

  private static StoredDataKey key(SubjectId subject, int keyId, int kekVersion, byte fill) {
    byte[] bytes = new byte[40];
    Arrays.fill(bytes, fill);
    return new StoredDataKey(subject, keyId, new WrappedKey(kekVersion, bytes));
  }
}
