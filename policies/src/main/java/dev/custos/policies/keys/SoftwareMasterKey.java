package dev.custos.policies.keys;

import dev.custos.policies.crypto.AesKeyWrap;
import dev.custos.policies.crypto.Hkdf;
import dev.custos.policies.crypto.KeyUnwrapException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A master key whose AES-256 bytes are in this process, as loaded from a PKCS#12 key store. Data
 * keys are wrapped with AES key wrap with padding (RFC 5649); sub-keys are HKDF-Expand (RFC 5869)
 * of the master key with the info {@code custos/derive/v1/<purpose>}.
 */
public final class SoftwareMasterKey implements MasterKey {

  static final String DERIVE_INFO_PREFIX = "custos/derive/v1/";

  private final int version;
  private final byte[] kek;

  /**
   * @param version the master key version, 1 or more
   * @param kek the 32 key bytes; copied
   */
  public SoftwareMasterKey(int version, byte[] kek) {
    if (version < 1) {
      throw new IllegalArgumentException("A master key version is 1 or more");
    }
    Objects.requireNonNull(kek, "kek");
    if (kek.length != 32) {
      throw new IllegalArgumentException("A master key is an AES-256 key of 32 bytes");
    }
    this.version = version;
    this.kek = kek.clone();
  }

  @Override
  public int version() {
    return version;
  }

  @Override
  public byte[] wrap(byte[] dataKey) {
    return AesKeyWrap.wrap(kek, dataKey);
  }

  @Override
  public byte[] unwrap(byte[] wrapped) {
    try {
      return AesKeyWrap.unwrap(kek, wrapped);
    } catch (KeyUnwrapException e) {
      throw new MasterKeyException(
          "A data key wrapped by master key version " + version + " failed its integrity check");
    }
  }

  @Override
  public byte[] derive(String purpose, int length) {
    return Hkdf.expand(kek, deriveInfo(purpose), length);
  }

  static byte[] deriveInfo(String purpose) {
    Objects.requireNonNull(purpose, "purpose");
    if (purpose.isBlank()) {
      throw new IllegalArgumentException("A derivation purpose is not blank");
    }
    return (DERIVE_INFO_PREFIX + purpose).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "SoftwareMasterKey[version=" + version + "]";
  }
}
