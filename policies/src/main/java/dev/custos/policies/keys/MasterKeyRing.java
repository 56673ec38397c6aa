package dev.custos.policies.keys;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * All master key versions known to this node, one of them active. New data keys are wrapped by the
 * active version; a wrapped key is unwrapped by the version that wrapped it, so data keys wrapped
 * before a rotation stay readable until {@link KeyRotation} has moved them. Immutable.
 */
public final class MasterKeyRing {

  private final Map<Integer, MasterKey> byVersion;
  private final MasterKey active;

  /**
   * @param keys master keys with distinct versions
   * @param activeVersion the version that wraps new data keys; one of {@code keys}
   */
  public MasterKeyRing(Collection<? extends MasterKey> keys, int activeVersion) {
    TreeMap<Integer, MasterKey> versions = new TreeMap<>();
    for (MasterKey key : keys) {
      if (versions.put(key.version(), key) != null) {
        throw new IllegalArgumentException("Master key version " + key.version() + " is twice");
      }
    }
    this.active = versions.get(activeVersion);
    if (active == null) {
      throw new IllegalArgumentException(
          "Active master key version " + activeVersion + " is absent");
    }
    this.byVersion = java.util.Collections.unmodifiableSortedMap(versions);
  }

  /** A ring whose highest version is active: the rule for key stores, where rotation adds one. */
  public static MasterKeyRing latestActive(Collection<? extends MasterKey> keys) {
    int highest = keys.stream().mapToInt(MasterKey::version).max().orElse(0);
    if (highest == 0) {
      throw new IllegalArgumentException("A master key ring needs at least one key");
    }
    return new MasterKeyRing(keys, highest);
  }

  /** The master key that wraps new data keys. */
  public MasterKey active() {
    return active;
  }

  /** The master key of a version, if this ring has it. */
  public Optional<MasterKey> version(int version) {
    return Optional.ofNullable(byVersion.get(version));
  }

  /** All versions, ascending. */
  public List<Integer> versions() {
    return List.copyOf(byVersion.keySet());
  }

  /** Wraps a data key with the active master key and records its version. */
  public WrappedKey wrap(byte[] dataKey) {
    return new WrappedKey(active.version(), active.wrap(dataKey));
  }

  /**
   * Unwraps a data key with the master key that wrapped it.
   *
   * @throws MasterKeyException when that version is not in this ring or the bytes fail their
   *     integrity check
   */
  public byte[] unwrap(WrappedKey wrapped) {
    Objects.requireNonNull(wrapped, "wrapped");
    MasterKey key = byVersion.get(wrapped.kekVersion());
    if (key == null) {
      throw new MasterKeyException(
          "Master key version " + wrapped.kekVersion() + " is not in the key ring");
    }
    return key.unwrap(wrapped.bytes());
  }
}
