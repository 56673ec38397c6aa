package dev.custos.server.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Applies the Flyway migrations in {@code db/migration}; the schema comes from nowhere else. */
@ApplicationScoped
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "java:app/jdbc/custos")
  private DataSource dataSource;

  public void migrate() {
    MigrateResult result = migrate(dataSource);
    LOG.info(
        () ->
            "Database schema at version "
                + (result.targetSchemaVersion == null
                    ? result.initialSchemaVersion
                    : result.targetSchemaVersion)
                + " ("
                + result.migrationsExecuted
                + " migrations applied)");
  }

  /** Migrates any data source; also used by tests that check the schema outside the server. */
  public static MigrateResult migrate(DataSource dataSource) {
    return Flyway.configure(SchemaMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .placeholders(Map.of("binary_order", binaryOrder(dataSource)))
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }

  /**
   * The collation clause that orders text as {@link String#compareTo} does. PostgreSQL orders by
   * the database's locale unless told otherwise; H2 already compares code units.
   */
  private static String binaryOrder(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName();
      return product.toLowerCase(Locale.ROOT).contains("postgres") ? "collate \"C\"" : "";
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate its schema", e);
    }
  }
}
