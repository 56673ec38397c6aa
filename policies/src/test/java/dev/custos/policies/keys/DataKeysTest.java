package dev.custos.policies.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.policies.subject.SubjectId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DataKeysTest {

  private final InMemorySubjectKeyStore store = new InMemorySubjectKeyStore();
  private final MasterKeyRing ring = TestKeys.ring(2);
  private final DataKeys keys = TestKeys.dataKeys(ring, store);
  private final SubjectId subject = new SubjectId("subject-0001");

  @Test
  void firstUseCreatesAKeyStoredOnlyWrappedByTheActiveMasterKey() {
    DataKey key = keys.keyFor(subject);

    StoredDataKey stored = store.find(subject).orElseThrow();
    assertThat(stored.keyId()).isEqualTo(key.id());
    assertThat(stored.wrapped().kekVersion()).isEqualTo(2);
    assertThat(stored.wrapped().bytes()).isNotEqualTo(key.getEncoded());
    assertThat(ring.unwrap(stored.wrapped())).isEqualTo(key.getEncoded());
  }

  @Test
  void laterUsesOnAnyNodeGiveTheSameKey() {
    DataKey key = keys.keyFor(subject);
    DataKeys otherNode = TestKeys.dataKeys(ring, store);

    assertThat(keys.keyFor(subject)).isSameAs(key);
    assertThat(otherNode.keyFor(subject).getEncoded()).isEqualTo(key.getEncoded());
  }

  @Test
  void preparingAPageCreatesTheMissingKeysAndKeepsTheStoredOnes() {
    SubjectId known = new SubjectId("subject-0002");
    byte[] existing = TestKeys.dataKeys(ring, store).keyFor(known).getEncoded();

    keys.prepare(List.of(subject, known, subject));

    assertThat(store.size()).isEqualTo(2);
    assertThat(keys.keyFor(known).getEncoded()).isEqualTo(existing);
    assertThat(keys.keyFor(subject).getEncoded())
        .isEqualTo(ring.unwrap(store.find(subject).orElseThrow().wrapped()));
  }

  @Test
  void preparingAPageAdoptsAKeyAnotherNodeCreatedMeanwhile() {
    DataKeys otherNode = TestKeys.dataKeys(ring, store);
    SubjectKeyStore racing =
        new SubjectKeyStore() {
          @Override
          public Optional<StoredDataKey> find(SubjectId s) {
            return store.find(s);
          }

          @Override
          public Map<SubjectId, StoredDataKey> findAll(Collection<SubjectId> subjects) {
            // Looked up before the other node's first use, saved after it.
            Map<SubjectId, StoredDataKey> found = SubjectKeyStore.super.findAll(subjects);
            otherNode.keyFor(subject);
            return found;
          }

          @Override
          public StoredDataKey saveIfAbsent(StoredDataKey key) {
            return store.saveIfAbsent(key);
          }

          @Override
          public boolean replaceWrapping(
              SubjectId s, int keyId, int expectedKekVersion, WrappedKey replacement) {
            return store.replaceWrapping(s, keyId, expectedKekVersion, replacement);
          }

          @Override
          public boolean delete(SubjectId s) {
            return store.delete(s);
          }

          @Override
          public List<StoredDataKey> wrappedBy(
              int kekVersion, Optional<SubjectId> after, int limit) {
            return store.wrappedBy(kekVersion, after, limit);
          }
        };
    DataKeys thisNode = TestKeys.dataKeys(ring, racing);

    thisNode.prepare(List.of(subject));

    assertThat(store.size()).isEqualTo(1);
    assertThat(thisNode.keyFor(subject).getEncoded())
        .isEqualTo(otherNode.keyFor(subject).getEncoded());
  }

  @Test
  void findNeverCreatesAKey() {
    assertThat(keys.find(subject, 42)).isEmpty();
    assertThat(store.size()).isZero();
  }

  @Test
  void shreddingDeletesTheStoredKeyAndZeroesTheCachedOne() {
    DataKey key = keys.keyFor(subject);

    keys.shred(subject);

    assertThat(store.find(subject)).isEmpty();
    assertThat(key.isDestroyed()).isTrue();
    assertThat(keys.find(subject, key.id())).isEmpty();
  }

  @Test
  void staleCachedKeyIsReplacedWhenAnEnvelopeNamesAnotherKey() {
    DataKey stale = keys.keyFor(subject);
    DataKeys otherNode = TestKeys.dataKeys(ring, store);
    otherNode.shred(subject);
    DataKey recreated = otherNode.keyFor(subject);

    DataKey found = keys.find(subject, recreated.id()).orElseThrow();

    assertThat(found.getEncoded()).isEqualTo(recreated.getEncoded());
    assertThat(stale.isDestroyed()).isTrue();
  }

  @Test
  void concurrentFirstUsesOnSeveralNodesEndWithOneKey() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<byte[]>> results = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      DataKeys node = TestKeys.dataKeys(ring, store);
      Callable<byte[]> firstUse =
          () -> {
            start.await();
            return node.keyFor(subject).getEncoded();
          };
      results.add(pool.submit(firstUse));
    }

    start.countDown();
    List<byte[]> keysSeen = new ArrayList<>();
    for (Future<byte[]> result : results) {
      keysSeen.add(result.get(10, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(store.size()).isEqualTo(1);
    byte[] stored = ring.unwrap(store.find(subject).orElseThrow().wrapped());
    assertThat(keysSeen).allSatisfy(k -> assertThat(k).isEqualTo(stored));
  }
}
