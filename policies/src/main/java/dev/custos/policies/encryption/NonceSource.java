package dev.custos.policies.encryption;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Supplies the 12-byte nonces of AES-GCM. A nonce must never repeat under one key; random 96-bit
 * nonces keep the chance negligible for far more fields than one subject will ever have. Fixed
 * nonces are for known-answer tests only.
 */
@FunctionalInterface
public interface NonceSource {

  /** A fresh 12-byte nonce. */
  byte[] next();

  /**
   * Random nonces from a DRBG per thread: one shared generator would make encrypting threads queue
   * for its lock.
   */
  static NonceSource secureRandom() {
    ThreadLocal<SecureRandom> perThread =
        ThreadLocal.withInitial(
            () -> {
              try {
                return SecureRandom.getInstance("DRBG");
              } catch (NoSuchAlgorithmException e) {
                return new SecureRandom();
              }
            });
    return () -> {
      byte[] nonce = new byte[FieldCipher.NONCE_BYTES];
      perThread.get().nextBytes(nonce);
      return nonce;
    };
  }
}
