package dev.custos.policies.keys;

import dev.custos.policies.subject.SubjectId;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Unwrapped data keys, bounded in number and in time, so that an HSM or key unwrap is not paid on
 * every field while keys do not linger in memory. Every key that leaves the cache, by size, age,
 * eviction or replacement, is {@linkplain DataKey#destroy() zeroed}.
 *
 * <p>Keys leave in the order they entered (first in, first out): a key's lifetime is bounded from
 * when it was unwrapped, however often it is used, which is the bound a privacy review asks for.
 * Reads take no lock. Thread-safe.
 */
public final class DataKeyCache {

  private record Entry(SubjectId subject, DataKey key, long expiresAtMillis) {}

  private final int maxEntries;
  private final long timeToLiveMillis;
  private final Clock clock;
  private final ConcurrentHashMap<SubjectId, Entry> entries = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Entry> insertionOrder = new ConcurrentLinkedQueue<>();

  /**
   * @param maxEntries the most keys held at once, 1 or more
   * @param timeToLive how long a key stays after it was unwrapped, more than zero
   * @param clock the time source
   */
  public DataKeyCache(int maxEntries, Duration timeToLive, Clock clock) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("A data key cache holds at least one key");
    }
    if (timeToLive.isNegative() || timeToLive.isZero()) {
      throw new IllegalArgumentException("A data key cache's time to live is more than zero");
    }
    this.maxEntries = maxEntries;
    this.timeToLiveMillis = timeToLive.toMillis();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The cached key of a subject, unless absent or expired. */
  public Optional<DataKey> get(SubjectId subject) {
    Entry entry = entries.get(subject);
    if (entry == null) {
      return Optional.empty();
    }
    if (entry.expiresAtMillis() <= clock.millis()) {
      if (entries.remove(subject, entry)) {
        entry.key().destroy();
      }
      return Optional.empty();
    }
    return Optional.of(entry.key());
  }

  /**
   * Caches a key unless another thread cached one for the subject first.
   *
   * @return the key now cached for the subject; when it is not {@code key}, the caller should
   *     destroy {@code key} and use the one returned
   */
  public DataKey putIfAbsent(SubjectId subject, DataKey key) {
    long now = clock.millis();
    Entry fresh = new Entry(subject, key, now + timeToLiveMillis);
    while (true) {
      Entry existing = entries.putIfAbsent(subject, fresh);
      if (existing == null) {
        break;
      }
      if (existing.expiresAtMillis() > now) {
        return existing.key();
      }
      if (entries.replace(subject, existing, fresh)) {
        existing.key().destroy();
        break;
      }
    }
    insertionOrder.add(fresh);
    trim(now);
    return key;
  }

  /** Removes and zeroes a subject's key, for example after it was shredded on another node. */
  public void evict(SubjectId subject) {
    Entry entry = entries.remove(subject);
    if (entry != null) {
      insertionOrder.remove(entry);
      entry.key().destroy();
    }
  }

  /** Removes and zeroes every key past its time to live; also done on each insertion. */
  public void evictExpired() {
    trim(clock.millis());
  }

  /** Removes and zeroes every key, for example when the node shuts down. */
  public void clear() {
    Entry entry;
    while ((entry = insertionOrder.poll()) != null) {
      if (entries.remove(entry.subject(), entry)) {
        entry.key().destroy();
      }
    }
  }

  /** How many keys are cached now. */
  public int size() {
    return entries.size();
  }

  /**
   * Drops entries from the head of the queue while the cache is too big, the head has expired, or
   * the head was already evicted. Insertion order is expiry order, so expired keys are all at the
   * head.
   */
  private void trim(long now) {
    Entry head;
    while ((head = insertionOrder.peek()) != null
        && (entries.size() > maxEntries
            || head.expiresAtMillis() <= now
            || entries.get(head.subject()) != head)) {
      if (insertionOrder.remove(head) && entries.remove(head.subject(), head)) {
        head.key().destroy();
      }
    }
  }
}
