package dev.custos.policies.encryption;

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
   * Random nonces from the platform's default generator (on Linux NativePRNG, fed by the kernel),
   * one per thread so that encrypting threads never queue for a lock. The JDK's DRBG was measured
   * at about half the encryption throughput: it runs several SHA-256 blocks per 12-byte nonce.
   */
  static NonceSource secureRandom() {
    ThreadLocal<SecureRandom> perThread = ThreadLocal.withInitial(SecureRandom::new);
    return () -> {
      byte[] nonce = new byte[FieldCipher.NONCE_BYTES];
      perThread.get().nextBytes(nonce);
      return nonce;
    };
  }
}
