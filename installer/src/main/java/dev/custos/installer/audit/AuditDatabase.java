package dev.custos.installer.audit;

import dev.custos.installer.launch.DatabaseSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens the installation's database as {@code custos start} configures the server: the JDBC URL,
 * user and password file given, or else the embedded H2 database in the data directory with the
 * server's default credentials. The embedded database is opened read-only and must exist.
 */
public final class AuditDatabase {

  /** The server's default user and password (microprofile-config.properties). */
  static final String DEFAULT_USER = "custos";

  static final String DEFAULT_PASSWORD = "custos";

  private AuditDatabase() {}

  public static Connection open(DatabaseSettings settings, Path dataDir) {
    String url = settings.url() != null ? settings.url() : embeddedUrl(dataDir);
    Properties properties = new Properties();
    properties.setProperty("user", settings.user() != null ? settings.user() : DEFAULT_USER);
    properties.setProperty("password", password(settings));
    try {
      Connection connection = DriverManager.getConnection(url, properties);
      connection.setReadOnly(true);
      return connection;
    } catch (SQLException e) {
      throw new AuditReadException(
          "Cannot open the database "
              + redacted(url)
              + " ("
              + e.getSQLState()
              + "). Check --db-url, --db-user and --db-password-file; the embedded database can"
              + " be read only while the server is stopped (use GET /api/v1/audit/verify while"
              + " it runs).",
          e);
    }
  }

  static String embeddedUrl(Path dataDir) {
    Path file = dataDir.toAbsolutePath().normalize().resolve("db").resolve("custos");
    if (!Files.exists(Path.of(file + ".mv.db"))) {
      throw new AuditReadException(
          "No embedded database in " + file.getParent() + ": check --data-dir, or give --db-url.");
    }
    return "jdbc:h2:file:" + file + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
  }

  private static String password(DatabaseSettings settings) {
    if (settings.passwordFile() != null) {
      try {
        return Files.readString(settings.passwordFile(), StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new AuditReadException(
            "--db-password-file: cannot read " + settings.passwordFile().toAbsolutePath() + ".", e);
      }
    }
    String fromEnvironment = System.getenv("CUSTOS_DB_PASSWORD");
    return fromEnvironment != null ? fromEnvironment : DEFAULT_PASSWORD;
  }

  // A JDBC URL may carry a password as a parameter; show only its start.
  private static String redacted(String url) {
    int parameters = url.indexOf('?');
    return parameters < 0 ? url : url.substring(0, parameters) + "?...";
  }
}
