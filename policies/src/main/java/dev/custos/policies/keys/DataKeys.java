package dev.custos.policies.keys;

import dev.custos.policies.subject.SubjectId;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The data keys of subjects: created on first use, unwrapped through a {@link DataKeyCache}, and
 * shredded on erasure. Thread-safe; any number of nodes may share one {@link SubjectKeyStore}.
 */
public final class DataKeys {

  private static final int KEY_BYTES = 32;

  private final MasterKeyRing ring;
  private final SubjectKeyStore store;
  private final DataKeyCache cache;
  private final SecureRandom random;

  public DataKeys(
      MasterKeyRing ring, SubjectKeyStore store, DataKeyCache cache, SecureRandom random) {
    this.ring = Objects.requireNonNull(ring, "ring");
    this.store = Objects.requireNonNull(store, "store");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * The subject's data key, created and stored (wrapped by the active master key) if the subject
   * has none yet. Concurrent first uses, on any node, end with one key.
   */
  public DataKey keyFor(SubjectId subject) {
    Optional<DataKey> cached = cache.get(subject);
    if (cached.isPresent()) {
      return cached.get();
    }
    DataKey key = store.find(subject).map(this::unwrap).orElseGet(() -> create(subject));
    return cacheOrAdopt(subject, key);
  }

  /**
   * Puts the data keys of these subjects in the cache, creating the missing ones, with one look-up
   * and one save for all of them, so that {@link #keyFor} then finds each in the cache. The result
   * is the one {@link #keyFor} would give for each subject.
   */
  public void prepare(Collection<SubjectId> subjects) {
    Set<SubjectId> missing = new LinkedHashSet<>();
    for (SubjectId subject : subjects) {
      if (cache.get(subject).isEmpty()) {
        missing.add(subject);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    Map<SubjectId, StoredDataKey> stored = store.findAll(missing);
    List<StoredDataKey> created = new ArrayList<>();
    Map<SubjectId, byte[]> raws = new HashMap<>();
    for (SubjectId subject : missing) {
      StoredDataKey found = stored.get(subject);
      if (found != null) {
        cacheOrAdopt(subject, unwrap(found));
      } else {
        byte[] raw = new byte[KEY_BYTES];
        random.nextBytes(raw);
        raws.put(subject, raw);
        created.add(new StoredDataKey(subject, random.nextInt(), ring.wrap(raw)));
      }
    }
    if (created.isEmpty()) {
      return;
    }
    List<StoredDataKey> winners = store.saveAllIfAbsent(created);
    for (int i = 0; i < created.size(); i++) {
      StoredDataKey mine = created.get(i);
      StoredDataKey winner = winners.get(i);
      byte[] raw = raws.get(mine.subject());
      if (winner.equals(mine)) {
        cacheOrAdopt(mine.subject(), new DataKey(mine.keyId(), raw));
      } else {
        Arrays.fill(raw, (byte) 0);
        cacheOrAdopt(mine.subject(), unwrap(winner));
      }
    }
  }

  /**
   * The subject's data key if it has one; never creates one. When the cached key's id is not {@code
   * expectedKeyId}, the store is asked again, since the cached key may be stale (shredded and
   * re-created on another node).
   *
   * @return empty when the subject has no data key: it was shredded or never had one
   */
  public Optional<DataKey> find(SubjectId subject, int expectedKeyId) {
    Optional<DataKey> cached = cache.get(subject);
    if (cached.isPresent() && cached.get().id() == expectedKeyId) {
      return cached;
    }
    Optional<StoredDataKey> stored = store.find(subject);
    if (stored.isEmpty()) {
      cache.evict(subject);
      return Optional.empty();
    }
    if (cached.isPresent() && cached.get().id() == stored.get().keyId()) {
      return cached;
    }
    cache.evict(subject);
    return Optional.of(cacheOrAdopt(subject, unwrap(stored.get())));
  }

  /**
   * Crypto-shreds a subject: deletes the stored data key and zeroes this node's cached copy. Every
   * field encrypted for the subject becomes unreadable. Other nodes must {@link #evict} the subject
   * too; until they do, their cached key still decrypts.
   */
  public void shred(SubjectId subject) {
    store.delete(subject);
    cache.evict(subject);
  }

  /** Drops and zeroes this node's cached key of a subject; the stored key is untouched. */
  public void evict(SubjectId subject) {
    cache.evict(subject);
  }

  private DataKey create(SubjectId subject) {
    byte[] raw = new byte[KEY_BYTES];
    random.nextBytes(raw);
    int keyId = random.nextInt();
    StoredDataKey mine = new StoredDataKey(subject, keyId, ring.wrap(raw));
    StoredDataKey winner = store.saveIfAbsent(mine);
    if (winner.equals(mine)) {
      return new DataKey(keyId, raw);
    }
    Arrays.fill(raw, (byte) 0);
    return unwrap(winner);
  }

  private DataKey unwrap(StoredDataKey stored) {
    return new DataKey(stored.keyId(), ring.unwrap(stored.wrapped()));
  }

  private DataKey cacheOrAdopt(SubjectId subject, DataKey key) {
    DataKey cached = cache.putIfAbsent(subject, key);
    if (cached != key) {
      key.destroy();
    }
    return cached;
  }
}
