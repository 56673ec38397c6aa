package dev.custos.server.testing;

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
 * Data keys held in memory, for store tests that need real envelopes but not the key table: a
 * software master key and a map as the key store.
 */
public final class MemoryKeys implements SubjectKeyStore {

  private final ConcurrentHashMap<SubjectId, StoredDataKey> keys = new ConcurrentHashMap<>();

  private MemoryKeys() {}

  public static DataKeys dataKeys() {
    return new DataKeys(
        MasterKeyRing.latestActive(List.of(new SoftwareMasterKey(1, new byte[32]))),
        new MemoryKeys(),
        new DataKeyCache(10_000, Duration.ofHours(1), Clock.systemUTC()),
        new SecureRandom());
  }

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
  public boolean replaceWrapping(SubjectId subject, int keyId, int expected, WrappedKey wrapped) {
    throw new UnsupportedOperationException("not used by store tests");
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
