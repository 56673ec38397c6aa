package dev.custos.connectors.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A CRM-shaped contacts table, in its own randomly named table, in a database reached by URL: names
 * in English and Chinese, e-mail, mobile, company and an updated-at that many rows share.
 */
public final class CrmDatabase implements AutoCloseable {

  public static final LocalDateTime BASE = LocalDateTime.parse("2026-01-05T09:00:00");

  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄"};
  private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋"};

  public final String url;
  public final String user;
  public final String table = "crm_contacts_" + UUID.randomUUID().toString().substring(0, 8);

  /**
   * @param timestampType the column type of updated-at: MariaDB's TIMESTAMP updates itself, so
   *     DATETIME(6) there
   */
  public CrmDatabase(String url, String user, String timestampType) throws SQLException {
    this.url = url;
    this.user = user;
    execute(
        "CREATE TABLE "
            + table
            + " (id BIGINT PRIMARY KEY, name_en VARCHAR(200) NOT NULL, name_zh VARCHAR(100),"
            + " email VARCHAR(200), mobile VARCHAR(40), company VARCHAR(200), updated_at "
            + timestampType
            + " NOT NULL)");
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, "");
  }

  /** Inserts contacts {@code from} to {@code to} (inclusive); a hundred share each updated-at. */
  public void insert(int from, int to) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      connection.setAutoCommit(false);
      for (int id = from; id <= to; id++) {
        insert.setLong(1, id);
        insert.setString(2, "Contact Number " + id);
        insert.setString(3, SURNAMES[id % SURNAMES.length] + GIVEN[(id / 8) % GIVEN.length]);
        insert.setString(4, "contact" + id + "@example.com");
        insert.setString(5, String.format("+86 138 %04d %04d", id / 10_000, id % 10_000));
        insert.setString(6, "Company " + (id % 97));
        insert.setObject(7, BASE.plusSeconds(id / 100));
        insert.addBatch();
        if (id % 1000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
      connection.commit();
    }
  }

  /** Marks contacts as changed: a new updated-at after every earlier one. */
  public void touch(int from, int to, LocalDateTime at) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE " + table + " SET company = ?, updated_at = ? WHERE id BETWEEN ? AND ?")) {
      update.setString(1, "Moved Company");
      update.setObject(2, at);
      update.setLong(3, from);
      update.setLong(4, to);
      update.executeUpdate();
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    execute("DROP TABLE " + table);
  }
}
