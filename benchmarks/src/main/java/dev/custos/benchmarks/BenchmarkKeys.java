package dev.custos.benchmarks;

import dev.custos.policies.keys.DataKeyCache;
import dev.custos.policies.keys.DataKeys;
import dev.custos.policies.keys.MasterKeyRing;
import dev.custos.policies.keys.SoftwareMasterKey;
import dev.custos.policies.keys.StoredDataKey;
import dev.custos.policies.keys.SubjectKeyStore;
import dev.custos.policies.keys.WrappedKey;
import dev.custos.policies.subject.SubjectId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Data keys for benchmarks: a software master key and a map as the key store. Only the keys are in
 * memory; the cost measured is what the privacy core adds once a key is cached, as it is on a
 * running server.
 */
final class BenchmarkKeys {

  private BenchmarkKeys() {}

  static DataKeys dataKeys() {
    MasterKeyRing ring =
        MasterKeyRing.latestActive(List.of(new SoftwareMasterKey(1, new byte[32])));
    return new DataKeys(
        ring,
        new MapStore(),
        new DataKeyCache(100_000, Duration.ofHours(1), Clock.systemUTC()),
        new SecureRandom());
  }

  private static final class MapStore implements SubjectKeyStore {
    private final ConcurrentHashMap<SubjectId, StoredDataKey> keys = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredDataKey> find(SubjectId subject) {
      return Optional.ofNullable(keys.get(subject));
    }

    @Override
    public StoredDataKey saveIfAbsent(StoredDataKey key) {
      StoredDataKey existing = keys.putIfAbsent(key.subject(), key);
      return existing == null ? key : existing;
    }

    @Override
    public boolean replaceWrapping(
        SubjectId subject, int keyId, int expected, WrappedKey replacement) {
      throw new IllegalStateException("not used by the benchmarks");
    }

    @Override
    public boolean delete(SubjectId subject) {
      return keys.remove(subject) != null;
    }

    @Override
    public List<StoredDataKey> wrappedBy(int kekVersion, Optional<SubjectId> after, int limit) {
      return List.of();
    }
  }
}
