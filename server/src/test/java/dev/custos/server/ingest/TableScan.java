package dev.custos.server.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** Reads every column of every table of a schema, as text and as bytes, looking for needles. */
final class TableScan {

  private static final Set<Integer> BINARY =
      Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);
  private static final List<Charset> ENCODINGS =
      List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE);

  private TableScan() {}

  /** Where a needle was found, as {@code table.column: needle}; empty when nowhere. */
  static List<String> findAny(DataSource dataSource, String schema, List<String> needles)
      throws SQLException {
    List<String> found = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
      if (tables.size() < 10) {
        throw new IllegalStateException("Expected the migrated tables in " + schema);
      }
      for (String table : tables) {
        scan(c, table, needles, found);
      }
    }
    return found;
  }

  private static void scan(Connection c, String table, List<String> needles, List<String> found)
      throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select * from \"" + table + "\"")) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          String where = table + "." + meta.getColumnName(i);
          if (BINARY.contains(meta.getColumnType(i))) {
            byte[] bytes = rs.getBytes(i);
            if (bytes != null) {
              encodingsFound(bytes, needles).forEach(n -> found.add(where + ": " + n));
            }
          } else {
            String text = rs.getString(i);
            for (String needle : needles) {
              if (text != null && text.contains(needle)) {
                found.add(where + ": " + needle);
              }
            }
          }
        }
      }
    }
  }

  /** The needles whose UTF-8 or UTF-16 (either byte order) bytes occur in the data. */
  static List<String> encodingsFound(byte[] data, List<String> needles) {
    List<String> found = new ArrayList<>();
    for (String needle : needles) {
      for (Charset charset : ENCODINGS) {
        if (indexOf(data, needle.getBytes(charset)) >= 0) {
          found.add(needle + " (" + charset.name() + ")");
        }
      }
    }
    return found;
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
