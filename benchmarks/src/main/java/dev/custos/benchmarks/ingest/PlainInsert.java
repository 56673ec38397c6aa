package dev.custos.benchmarks.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The baseline: the same rows in plaintext, inserted with plain JDBC in batches committed one by
 * one, into a table keyed as the real one is (connector, source key, source version).
 */
final class PlainInsert {

  private PlainInsert() {}

  static void createTable(DataSource dataSource) {
    BenchDatabase.run(
        dataSource,
        "create table plain_contacts (connector_id varchar(64) not null,"
            + " source_key varchar(200) not null, source_version varchar(200) not null,"
            + " name varchar(200), email varchar(200), phone varchar(50), address varchar(400),"
            + " tier varchar(20), primary key (connector_id, source_key, source_version))");
  }

  static void insert(DataSource dataSource, int rows, int batchSize) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into plain_contacts (connector_id, source_key, source_version, name,"
                    + " email, phone, address, tier) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
      c.setAutoCommit(false);
      for (int i = 0; i < rows; i++) {
        CrmRows.Row r = CrmRows.row(i);
        insert.setString(1, "crm-contacts");
        insert.setString(2, r.key());
        insert.setString(3, r.version());
        insert.setString(4, r.name());
        insert.setString(5, r.email());
        insert.setString(6, r.phone());
        insert.setString(7, r.address());
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
