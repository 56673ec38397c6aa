package dev.custos.policies.keys;

import dev.custos.policies.subject.SubjectId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** A thread-safe {@link SubjectKeyStore} in memory, ordered by subject id as the port demands. */
public final class InMemorySubjectKeyStore implements SubjectKeyStore {

  private final ConcurrentSkipListMap<String, StoredDataKey> keys = new ConcurrentSkipListMap<>();

  @Override
  public Optional<StoredDataKey> find(SubjectId subject) {
    return Optional.ofNullable(keys.get(subject.value()));
  }

  @Override
  public StoredDataKey saveIfAbsent(StoredDataKey key) {
    StoredDataKey existing = keys.putIfAbsent(key.subject().value(), key);
    return existing == null ? key : existing;
  }

  @Override
  public boolean replaceWrapping(
      SubjectId subject, int keyId, int expectedKekVersion, WrappedKey replacement) {
    StoredDataKey current = keys.get(subject.value());
    if (current == null
        || current.keyId() != keyId
        || current.wrapped().kekVersion() != expectedKekVersion) {
      return false;
    }
    return keys.replace(subject.value(), current, new StoredDataKey(subject, keyId, replacement));
  }

  @Override
  public boolean delete(SubjectId subject) {
    return keys.remove(subject.value()) != null;
  }

  @Override
  public List<StoredDataKey> wrappedBy(int kekVersion, Optional<SubjectId> after, int limit) {
    var tail = after.isPresent() ? keys.tailMap(after.get().value(), false) : keys;
    List<StoredDataKey> page = new ArrayList<>(limit);
    for (StoredDataKey key : tail.values()) {
      if (key.wrapped().kekVersion() == kekVersion) {
        page.add(key);
        if (page.size() == limit) {
          break;
        }
      }
    }
    return page;
  }

  /** Puts a key as a database row would hold it, whatever was there. */
  public void put(StoredDataKey key) {
    keys.put(key.subject().value(), key);
  }

  /** How many subjects have a key. */
  public int size() {
    return keys.size();
  }

  /** All stored keys, in subject order. */
  public List<StoredDataKey> all() {
    return List.copyOf(keys.values());
  }
}
