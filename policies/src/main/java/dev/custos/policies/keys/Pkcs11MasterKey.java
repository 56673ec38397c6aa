package dev.custos.policies.keys;

import dev.custos.policies.crypto.Hkdf;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * A master key that never leaves its HSM. Each version is a pair of token keys: an AES-256 key
 * ({@code kek-N}) that wraps data keys, and an HMAC-SHA-256 key ({@code kek-N-hmac}) that derives
 * sub-keys.
 *
 * <p>Wrapping is AES-256-GCM computed by the token, laid out as {@code nonce (12) ‖ ciphertext ‖
 * tag (16)}, not RFC 5649: SoftHSM2 offers its key-wrap mechanisms only to {@code C_WrapKey}, and
 * the JDK's SunPKCS11 provider disables key-wrap ciphers that the token cannot also use to encrypt.
 * GCM is offered by every PKCS#11 token the JDK supports and gives the same integrity check.
 *
 * <p>Derivation differs from {@link SoftwareMasterKey}: the token computes HMAC-SHA-256 of {@code
 * custos/derive/v1/<purpose>} under the HMAC key, and HKDF-Expand stretches that to the length
 * asked. PKCS#11 forbids HMAC with an AES key and the JDK exposes no HKDF on token keys, hence the
 * second key. The same purpose therefore gives different sub-keys under a software and an HSM
 * master key: moving between them means rebuilding whatever was derived, such as blind indexes.
 */
final class Pkcs11MasterKey implements MasterKey {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final byte[] WRAP_AAD = "custos/dek/v1".getBytes(StandardCharsets.US_ASCII);

  private final int version;
  private final Provider provider;
  private final SecretKey wrappingKey;
  private final SecretKey hmacKey;
  private final SecureRandom random;

  Pkcs11MasterKey(
      int version,
      Provider provider,
      SecretKey wrappingKey,
      SecretKey hmacKey,
      SecureRandom random) {
    this.version = version;
    this.provider = provider;
    this.wrappingKey = wrappingKey;
    this.hmacKey = hmacKey;
    this.random = random;
  }

  @Override
  public int version() {
    return version;
  }

  @Override
  public byte[] wrap(byte[] dataKey) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] out = new byte[NONCE_BYTES + dataKey.length + TAG_BITS / 8];
    System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding", provider);
      cipher.init(Cipher.ENCRYPT_MODE, wrappingKey, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(WRAP_AAD);
      cipher.doFinal(dataKey, 0, dataKey.length, out, NONCE_BYTES);
      return out;
    } catch (GeneralSecurityException e) {
      throw new MasterKeyException("The HSM refused to wrap with master key " + version, e);
    }
  }

  @Override
  public byte[] unwrap(byte[] wrapped) {
    if (wrapped.length <= NONCE_BYTES + TAG_BITS / 8) {
      throw integrityFailure();
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding", provider);
      cipher.init(
          Cipher.DECRYPT_MODE,
          wrappingKey,
          new GCMParameterSpec(TAG_BITS, wrapped, 0, NONCE_BYTES));
      cipher.updateAAD(WRAP_AAD);
      return cipher.doFinal(wrapped, NONCE_BYTES, wrapped.length - NONCE_BYTES);
    } catch (AEADBadTagException e) {
      throw integrityFailure();
    } catch (GeneralSecurityException e) {
      throw new MasterKeyException("The HSM refused to unwrap with master key " + version, e);
    }
  }

  @Override
  public byte[] derive(String purpose, int length) {
    byte[] info = SoftwareMasterKey.deriveInfo(purpose);
    byte[] prk;
    try {
      Mac mac = Mac.getInstance("HmacSHA256", provider);
      mac.init(hmacKey);
      prk = mac.doFinal(info);
    } catch (GeneralSecurityException e) {
      throw new MasterKeyException("The HSM refused to derive with master key " + version, e);
    }
    try {
      return Hkdf.expand(prk, info, length);
    } finally {
      Arrays.fill(prk, (byte) 0);
    }
  }

  private MasterKeyException integrityFailure() {
    return new MasterKeyException(
        "A data key wrapped by master key version " + version + " failed its integrity check");
  }

  @Override
  public String toString() {
    return "Pkcs11MasterKey[version=" + version + "]";
  }
}
