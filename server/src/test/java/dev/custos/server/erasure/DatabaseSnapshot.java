package dev.custos.server.erasure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A backup of the privacy tables taken at one moment, and its restore: every row is copied out, and
 * restoring deletes what is there now and puts the copied rows back, as restoring an older database
 * backup would. Works the same on H2 and PostgreSQL.
 */
final class DatabaseSnapshot {

  /** Parents before children, so rows go back in an order the foreign keys accept. */
  private static final List<String> TABLES =
      List.of(
          "subject",
          "subject_index",
          "subject_match",
          "suppression",
          "subject_key",
          "gated_record",
          "gated_field",
          "gate_decision",
          "retention_stamp",
          "connector_watermark",
          "erasure_evidence",
          "erasure_evidence_item");

  private final DataSource dataSource;
  private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
  private final Map<String, List<String>> columns = new LinkedHashMap<>();

  private DatabaseSnapshot(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  static DatabaseSnapshot take(DataSource dataSource) throws SQLException {
    DatabaseSnapshot snapshot = new DatabaseSnapshot(dataSource);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rs = s.executeQuery("select * from " + table)) {
          int n = rs.getMetaData().getColumnCount();
          List<String> names = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            names.add(rs.getMetaData().getColumnName(i));
          }
          List<Object[]> copied = new ArrayList<>();
          while (rs.next()) {
            Object[] row = new Object[n];
            for (int i = 1; i <= n; i++) {
              row[i - 1] = rs.getObject(i);
            }
            copied.add(row);
          }
          snapshot.columns.put(table, names);
          snapshot.rows.put(table, copied);
        }
      }
    }
    return snapshot;
  }

  /** Puts the database's privacy tables back as they were when the snapshot was taken. */
  void restore() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String table : TABLES.reversed()) {
          s.executeUpdate("delete from " + table);
        }
      }
      for (String table : TABLES) {
        List<String> names = columns.get(table);
        String sql =
            "insert into "
                + table
                + " ("
                + String.join(", ", names)
                + ") values ("
                + String.join(", ", names.stream().map(n -> "?").toList())
                + ")";
        try (PreparedStatement insert = c.prepareStatement(sql)) {
          for (Object[] row : rows.get(table)) {
            for (int i = 0; i < row.length; i++) {
              insert.setObject(i + 1, row[i]);
            }
            insert.executeUpdate();
          }
        }
      }
      c.commit();
    }
  }
}
