package dev.custos.benchmarks.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.SQLException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * The simplest privacy-preserving load, for reference: the baseline's insert with the four personal
 * fields encrypted with AES-256-GCM (a fresh nonce per field, one key for the whole table). No
 * subject, no per-person key, no blind index, no decision log or retention stamp: what the full
 * path adds on top of this is the cost of the privacy model, not of encryption.
 */
final class EncryptedInsert {

  private static final String TABLE = "encrypted_contacts";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private EncryptedInsert() {}

  static void createTable(DataSource dataSource) {
    PlainInsert.createTable(dataSource, TABLE, "bytea");
  }

  static void insert(DataSource dataSource, int rows, int batchSize)
      throws SQLException, GeneralSecurityException {
    SecureRandom random = new SecureRandom();
    byte[] keyBytes = new byte[32];
    random.nextBytes(keyBytes);
    SecretKey key = new SecretKeySpec(keyBytes, "AES");
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    PlainInsert.insert(
        dataSource, TABLE, rows, batchSize, value -> encrypt(cipher, key, random, (String) value));
  }

  /** Nonce followed by ciphertext and tag; null stays null. */
  private static byte[] encrypt(Cipher cipher, SecretKey key, SecureRandom random, String value) {
    if (value == null) {
      return null;
    }
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] plain = value.getBytes(StandardCharsets.UTF_8);
      ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + cipher.getOutputSize(plain.length));
      out.put(nonce);
      cipher.doFinal(ByteBuffer.wrap(plain), out);
      return out.array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed", e);
    }
  }
}
