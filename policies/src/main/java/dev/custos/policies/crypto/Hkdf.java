package dev.custos.policies.crypto;

import java.util.Objects;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * HKDF with HMAC-SHA-256 (RFC 5869): turns one secret into independent sub-keys, one per purpose
 * label, so that a key used for blind indexes reveals nothing about the key it was derived from or
 * about its siblings.
 */
public final class Hkdf {

  /** RFC 5869: the output of one expansion is at most 255 hash lengths. */
  public static final int MAX_LENGTH = 255 * 32;

  private Hkdf() {}

  /** Extract-then-expand: for input keying material that is not already uniformly random. */
  public static byte[] extractAndExpand(byte[] salt, byte[] ikm, byte[] info, int length) {
    Objects.requireNonNull(ikm, "ikm");
    return generate(new HKDFParameters(ikm, salt, info), length);
  }

  /**
   * Expand only: for a pseudo-random key of at least 32 bytes, such as a randomly generated master
   * key, where the extract step adds nothing.
   */
  public static byte[] expand(byte[] prk, byte[] info, int length) {
    Objects.requireNonNull(prk, "prk");
    if (prk.length < 32) {
      throw new IllegalArgumentException(
          "A pseudo-random key for HKDF-SHA-256 is at least 32 bytes");
    }
    return generate(HKDFParameters.skipExtractParameters(prk, info), length);
  }

  private static byte[] generate(HKDFParameters parameters, int length) {
    if (length < 1 || length > MAX_LENGTH) {
      throw new IllegalArgumentException("HKDF-SHA-256 output is 1 to " + MAX_LENGTH + " bytes");
    }
    HKDFBytesGenerator generator = new HKDFBytesGenerator(new SHA256Digest());
    generator.init(parameters);
    byte[] out = new byte[length];
    generator.generateBytes(out, 0, length);
    return out;
  }
}
