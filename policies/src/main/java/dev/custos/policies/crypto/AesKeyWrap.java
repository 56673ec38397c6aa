package dev.custos.policies.crypto;

import java.util.Objects;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESWrapPadEngine;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * AES key wrap with padding (RFC 5649): wraps key material of any length under a key-encryption
 * key, with an integrity check, so that a wrapped key cannot be altered without detection.
 *
 * <p>The JDK lacks this mode, hence Bouncy Castle. A fresh engine per call keeps the class
 * stateless and thread-safe; wrapping is rare (once per data key), so the key schedule is not worth
 * caching.
 */
public final class AesKeyWrap {

  private AesKeyWrap() {}

  /**
   * Wraps key material under a key-encryption key.
   *
   * @param kek an AES key of 16, 24 or 32 bytes
   * @param keyMaterial the bytes to wrap, at least one
   * @return the wrapped bytes, the input length rounded up to 8 plus 8
   */
  public static byte[] wrap(byte[] kek, byte[] keyMaterial) {
    requireAesKey(kek);
    Objects.requireNonNull(keyMaterial, "keyMaterial");
    if (keyMaterial.length == 0) {
      throw new IllegalArgumentException("Key material to wrap is empty");
    }
    AESWrapPadEngine engine = new AESWrapPadEngine();
    engine.init(true, new KeyParameter(kek));
    return engine.wrap(keyMaterial, 0, keyMaterial.length);
  }

  /**
   * Unwraps and checks key material wrapped by {@link #wrap}.
   *
   * @throws KeyUnwrapException when the wrapped bytes were altered or were wrapped under another
   *     key
   */
  public static byte[] unwrap(byte[] kek, byte[] wrapped) {
    requireAesKey(kek);
    Objects.requireNonNull(wrapped, "wrapped");
    if (wrapped.length < 16 || wrapped.length % 8 != 0) {
      throw new KeyUnwrapException("Wrapped key has an impossible length");
    }
    AESWrapPadEngine engine = new AESWrapPadEngine();
    engine.init(false, new KeyParameter(kek));
    try {
      return engine.unwrap(wrapped, 0, wrapped.length);
    } catch (InvalidCipherTextException e) {
      throw new KeyUnwrapException("Wrapped key failed its integrity check");
    }
  }

  private static void requireAesKey(byte[] kek) {
    Objects.requireNonNull(kek, "kek");
    if (kek.length != 16 && kek.length != 24 && kek.length != 32) {
      throw new IllegalArgumentException("An AES key is 16, 24 or 32 bytes");
    }
  }
}
