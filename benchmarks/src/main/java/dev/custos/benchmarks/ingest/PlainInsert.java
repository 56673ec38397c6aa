package dev.custos.benchmarks.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * The baseline: the same rows in plaintext, inserted with plain JDBC in batches committed one by
 * one, into a table keyed as the real one is (connector, source key, source version). {@link
 * EncryptedInsert} runs the same insert with the personal fields encrypted.
 */
final class PlainInsert {

  private PlainInsert() {}

  static void createTable(DataSource dataSource) {
    createTable(dataSource, "plain_contacts", "varchar(400)");
  }

  static void insert(DataSource dataSource, int rows, int batchSize) throws SQLException {
    insert(dataSource, "plain_contacts", rows, batchSize, value -> value);
  }

  /**
   * @param personal the type of the four personal columns
   */
  static void createTable(DataSource dataSource, String table, String personal) {
    BenchDatabase.run(
        dataSource,
        ("create table %s (connector_id varchar(64) not null,"
                + " source_key varchar(200) not null, source_version varchar(200) not null,"
                + " name %s, email %s, phone %s, address %s, tier varchar(20),"
                + " primary key (connector_id, source_key, source_version))")
            .formatted(table, personal, personal, personal, personal));
  }

  /**
   * @param personal what is stored for each of the four personal fields (a String or a byte[])
   */
  static void insert(
      DataSource dataSource, String table, int rows, int batchSize, UnaryOperator<Object> personal)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into "
                    + table
                    + " (connector_id, source_key, source_version, name, email, phone, address,"
                    + " tier) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
      c.setAutoCommit(false);
      for (int i = 0; i < rows; i++) {
        CrmRows.Row r = CrmRows.row(i);
        insert.setString(1, "crm-contacts");
        insert.setString(2, r.key());
        insert.setString(3, r.version());
        insert.setObject(4, personal.apply(r.name()));
        insert.setObject(5, personal.apply(r.email()));
        insert.setObject(6, personal.apply(r.phone()));
        insert.setObject(7, personal.apply(r.address()));
        insert.setString(8, r.tier());
        insert.addBatch();
        if ((i + 1) % batchSize == 0 || i == rows - 1) {
          insert.executeBatch();
          c.commit();
        }
      }
    }
  }
}
