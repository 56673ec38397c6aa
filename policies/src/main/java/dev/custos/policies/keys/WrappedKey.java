package dev.custos.policies.keys;

import java.util.Arrays;
import java.util.Objects;

/**
 * A data key as stored: wrapped by the master key of version {@code kekVersion}. The version says
 * which master key can unwrap it and whether rotation still has to move it.
 */
public record WrappedKey(int kekVersion, byte[] bytes) {

  public WrappedKey {
    if (kekVersion < 1) {
      throw new IllegalArgumentException("A master key version is 1 or more");
    }
    Objects.requireNonNull(bytes, "bytes");
    bytes = bytes.clone();
  }

  /** A copy of the wrapped bytes. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WrappedKey w
        && w.kekVersion == kekVersion
        && Arrays.equals(w.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return 31 * kekVersion + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "WrappedKey[kekVersion=" + kekVersion + ", " + bytes.length + " bytes]";
  }
}
