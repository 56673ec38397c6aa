package dev.custos.benchmarks.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * The simplest privacy-preserving load, for reference: the same rows with their four personal
 * fields encrypted with AES-256-GCM (a fresh nonce per field, one key for the whole table) and
 * inserted with plain JDBC in batches committed one by one. No subject, no per-person key, no blind
 * index, no decision log or retention stamp: what the full path adds on top of this is the cost of
 * the privacy model, not of encryption.
 */
final class EncryptedInsert {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private EncryptedInsert() {}

  static void createTable(DataSource dataSource) {
    BenchDatabase.run(
        dataSource,
        "create table encrypted_contacts (connector_id varchar(64) not null,"
            + " source_key varchar(200) not null, source_version varchar(200) not null,"
            + " name bytea, email bytea, phone bytea, address bytea, tier varchar(20),"
            + " primary key (connector_id, source_key, source_version))");
  }

  static void insert(DataSource dataSource, int rows, int batchSize)
      throws SQLException, GeneralSecurityException {
    SecureRandom random = new SecureRandom();
    byte[] keyBytes = new byte[32];
    random.nextBytes(keyBytes);
    SecretKey key = new SecretKeySpec(keyBytes, "AES");
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into encrypted_contacts (connector_id, source_key, source_version, name,"
                    + " email, phone, address, tier) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
      c.setAutoCommit(false);
      for (int i = 0; i < rows; i++) {
        CrmRows.Row r = CrmRows.row(i);
        insert.setString(1, "crm-contacts");
        insert.setString(2, r.key());
        insert.setString(3, r.version());
        insert.setBytes(4, encrypt(cipher, key, random, r.name()));
        insert.setBytes(5, encrypt(cipher, key, random, r.email()));
        insert.setBytes(6, encrypt(cipher, key, random, r.phone()));
        insert.setBytes(7, encrypt(cipher, key, random, r.address()));
        insert.setString(8, r.tier());
        insert.addBatch();
        if ((i + 1) % batchSize == 0 || i == rows - 1) {
          insert.executeBatch();
          c.commit();
        }
      }
    }
  }

  /** Nonce followed by ciphertext and tag; null stays null. */
  private static byte[] encrypt(Cipher cipher, SecretKey key, SecureRandom random, String value)
      throws GeneralSecurityException {
    if (value == null) {
      return null;
    }
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
    byte[] plain = value.getBytes(StandardCharsets.UTF_8);
    ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + cipher.getOutputSize(plain.length));
    out.put(nonce);
    cipher.doFinal(ByteBuffer.wrap(plain), out);
    return out.array();
  }
}
