package dev.custos.policies.keys;

import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.util.Arrays;
import javax.crypto.SecretKey;

/**
 * A subject's unwrapped AES-256 data key, held in a {@code byte[]} that {@link #destroy} overwrites
 * with zeros. It is a {@link SecretKey}, so a JDK {@code Cipher} takes it directly.
 *
 * <p><b>What zeroing guarantees, and what it cannot.</b> After {@code destroy()}, this object's
 * array holds zeros and {@link #getEncoded()} refuses to answer, so the key cannot be used through
 * this object again. It cannot erase copies outside this array: those that callers of {@code
 * getEncoded()} made and did not clear, the key schedule a {@code Cipher} keeps while initialised
 * (the JDK's GCM cipher also remembers the last key to refuse nonce reuse), copies the garbage
 * collector left behind when it moved the array, and memory paged to swap or written to a core
 * dump. Zeroing shortens the time a key sits in memory; it is no proof of erasure. The key in the
 * database is what crypto-shredding destroys.
 *
 * <p>Thread-safe. {@code getEncoded()} and {@code destroy()} exclude each other, so a key evicted
 * while another thread starts a cipher with it is refused whole, never half zeroed.
 */
public final class DataKey implements SecretKey {

  @Serial private static final long serialVersionUID = 1L;

  private final int id;
  private final byte[] key;
  private boolean destroyed;

  /** Takes ownership of {@code key}: the caller must not keep or clear it. */
  DataKey(int id, byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("A data key is an AES-256 key of 32 bytes");
    }
    this.id = id;
    this.key = key;
  }

  /** The key id written into every envelope made with this key; random, not secret. */
  public int id() {
    return id;
  }

  @Override
  public String getAlgorithm() {
    return "AES";
  }

  @Override
  public String getFormat() {
    return "RAW";
  }

  /**
   * A copy of the key bytes, which the caller should zero after use.
   *
   * @throws IllegalStateException when the key was destroyed
   */
  @Override
  public synchronized byte[] getEncoded() {
    if (destroyed) {
      throw new IllegalStateException("Data key " + id + " was destroyed");
    }
    return key.clone();
  }

  /** Overwrites the key bytes with zeros; later uses of this object fail. */
  @Override
  public synchronized void destroy() {
    Arrays.fill(key, (byte) 0);
    destroyed = true;
  }

  @Override
  public synchronized boolean isDestroyed() {
    return destroyed;
  }

  @Override
  public String toString() {
    return "DataKey[id=" + id + (isDestroyed() ? ", destroyed]" : "]");
  }

  @Serial
  private void writeObject(ObjectOutputStream out) throws NotSerializableException {
    throw new NotSerializableException("Data keys are never serialised");
  }
}
