package dev.custos.policies.keys;

import dev.custos.policies.subject.SubjectId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port to where wrapped data keys are kept, one per subject; the server implements it with its
 * database. Implementations must be thread-safe and make each method one atomic step, because
 * several threads and nodes create, rotate and shred keys at once.
 */
public interface SubjectKeyStore {

  /** The subject's stored key, if it has one. */
  Optional<StoredDataKey> find(SubjectId subject);

  /**
   * Saves a key for a subject that has none; if it has one already, keeps that one. When two
   * creators race, exactly one key survives and both learn which.
   *
   * @return the key now stored: {@code key}, or the one that was there first
   */
  StoredDataKey saveIfAbsent(StoredDataKey key);

  /**
   * The stored keys of several subjects; subjects without a key are absent from the map. The
   * default asks {@link #find} once per subject; database stores override it with one query.
   */
  default Map<SubjectId, StoredDataKey> findAll(Collection<SubjectId> subjects) {
    Map<SubjectId, StoredDataKey> found = new HashMap<>();
    for (SubjectId subject : subjects) {
      find(subject).ifPresent(key -> found.put(subject, key));
    }
    return found;
  }

  /**
   * Saves keys for subjects that have none, as {@link #saveIfAbsent} does for each (one key per
   * subject in {@code keys}). The default calls it once per key; database stores override it with
   * one batch.
   *
   * @return the keys now stored, in the order of {@code keys}
   */
  default List<StoredDataKey> saveAllIfAbsent(List<StoredDataKey> keys) {
    List<StoredDataKey> stored = new ArrayList<>(keys.size());
    for (StoredDataKey key : keys) {
      stored.add(saveIfAbsent(key));
    }
    return stored;
  }

  /**
   * Replaces the wrapping of a subject's key, for rotation: only if the subject still has the key
   * {@code keyId} and it is still wrapped by {@code expectedKekVersion} (compare-and-set).
   *
   * @return true when replaced; false when the key was shredded, replaced or already re-wrapped
   */
  boolean replaceWrapping(
      SubjectId subject, int keyId, int expectedKekVersion, WrappedKey replacement);

  /**
   * Deletes the subject's key: the crypto-shredding step. The deletion must reach the storage
   * medium, not only mark a row, or the key remains readable.
   *
   * @return true when there was a key to delete
   */
  boolean delete(SubjectId subject);

  /**
   * A page of keys wrapped by one master key version, in ascending order of subject id value
   * ({@link String#compareTo}; subject ids are ASCII, so this is also byte order).
   *
   * @param kekVersion the master key version
   * @param after the last subject of the previous page; empty for the first page
   * @param limit the largest page, 1 or more
   */
  List<StoredDataKey> wrappedBy(int kekVersion, Optional<SubjectId> after, int limit);
}
