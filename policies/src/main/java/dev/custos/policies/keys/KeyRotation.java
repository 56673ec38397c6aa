package dev.custos.policies.keys;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Moves data keys from older master key versions to the active one, in batches, without ever
 * decrypting field data: a data key is unwrapped with its old master key and wrapped again with the
 * new one, nothing else.
 *
 * <p>Safe to interrupt anywhere: each subject is re-wrapped by one compare-and-set, so a key is
 * always wrapped by either the old or the new version, both readable. Idempotent: a key already
 * moved is no longer listed under its old version, and running again after the end does nothing.
 * Several nodes may rotate at once; a lost compare-and-set only means another node did the work.
 */
public final class KeyRotation {

  private final MasterKeyRing ring;
  private final SubjectKeyStore store;

  public KeyRotation(MasterKeyRing ring, SubjectKeyStore store) {
    this.ring = Objects.requireNonNull(ring, "ring");
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Where a rotation starts: the oldest non-active version; empty when there is none. */
  public Optional<RotationCursor> start() {
    return inactiveVersionAbove(0).map(RotationCursor::startOf);
  }

  /**
   * Re-wraps up to {@code batchSize} data keys from the cursor on.
   *
   * @throws MasterKeyException when a stored key fails its integrity check; keys before it in the
   *     batch are already moved, so resuming from the same cursor is safe
   */
  public RotationProgress step(RotationCursor cursor, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("A rotation batch is 1 or more keys");
    }
    int version = cursor.kekVersion();
    if (version == ring.active().version()) {
      throw new IllegalArgumentException("Version " + version + " is the active master key");
    }
    List<StoredDataKey> page = store.wrappedBy(version, cursor.after(), batchSize);
    long rewrapped = 0;
    for (StoredDataKey key : page) {
      if (rewrap(key)) {
        rewrapped++;
      }
    }
    Optional<RotationCursor> next =
        page.size() == batchSize
            ? Optional.of(new RotationCursor(version, Optional.of(page.getLast().subject())))
            : inactiveVersionAbove(version).map(RotationCursor::startOf);
    return new RotationProgress(page.size(), rewrapped, next);
  }

  /**
   * Runs steps from the start until every data key is on the active version, or until the thread is
   * interrupted; the returned cursor then says where to resume.
   */
  public RotationProgress run(int batchSize) {
    return resume(start(), batchSize);
  }

  /** Like {@link #run}, from a cursor saved earlier. */
  public RotationProgress resume(Optional<RotationCursor> from, int batchSize) {
    RotationProgress total = new RotationProgress(0, 0, from);
    while (total.next().isPresent() && !Thread.currentThread().isInterrupted()) {
      total = total.plus(step(total.next().get(), batchSize));
    }
    return total;
  }

  private boolean rewrap(StoredDataKey key) {
    byte[] raw = ring.unwrap(key.wrapped());
    try {
      return store.replaceWrapping(
          key.subject(), key.keyId(), key.wrapped().kekVersion(), ring.wrap(raw));
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  private Optional<Integer> inactiveVersionAbove(int version) {
    int active = ring.active().version();
    return ring.versions().stream().filter(v -> v > version && v != active).findFirst();
  }
}
