package dev.custos.policies.keys;

/**
 * A master key (key-encryption key, KEK) of one version. It wraps data keys for storage and derives
 * sub-keys for other uses, such as blind indexes. Implementations are immutable and thread-safe;
 * whether the key material is in this process or in an HSM is theirs to decide.
 */
public interface MasterKey {

  /** The version of this master key; the version of its key-store alias {@code kek-<version>}. */
  int version();

  /** Wraps a data key for storage. The data key bytes are neither kept nor altered. */
  byte[] wrap(byte[] dataKey);

  /**
   * Unwraps a data key wrapped by {@link #wrap} of this same master key.
   *
   * @throws MasterKeyException when the wrapped bytes fail their integrity check
   */
  byte[] unwrap(byte[] wrapped);

  /**
   * Derives a sub-key for one purpose: the same purpose always gives the same bytes, different
   * purposes give independent keys, and no sub-key reveals the master key.
   *
   * @param purpose a label naming the use, such as {@code blind-index:email}
   * @param length the number of bytes wanted, 1 to 8160
   */
  byte[] derive(String purpose, int length);
}
