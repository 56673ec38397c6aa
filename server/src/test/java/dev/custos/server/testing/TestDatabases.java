package dev.custos.server.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh, empty databases for tests. PostgreSQL is the machine's server when {@code
 * CUSTOS_TEST_POSTGRES_URL} names it (CI sets it), otherwise an embedded PostgreSQL started once
 * per test JVM; each call gets its own schema so tests never share state.
 */
public final class TestDatabases {

  public static final String POSTGRES_URL_VARIABLE = "CUSTOS_TEST_POSTGRES_URL";
  private static final java.util.List<Runnable> CLEANUP =
      java.util.Collections.synchronizedList(new java.util.ArrayList<>());
  private static EmbeddedPostgres embedded;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> CLEANUP.forEach(Runnable::run)));
  }

  private TestDatabases() {}

  public static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    return ds;
  }

  public static DataSource postgres() {
    String url = System.getenv(POSTGRES_URL_VARIABLE);
    PGSimpleDataSource base = new PGSimpleDataSource();
    if (url != null && !url.isBlank()) {
      base.setURL(url);
    } else {
      base = (PGSimpleDataSource) embedded().getPostgresDatabase();
    }
    String schema = "custos_test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = base.getConnection();
        Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create a test schema in PostgreSQL", e);
    }
    base.setCurrentSchema(schema);
    if (url != null && !url.isBlank()) {
      PGSimpleDataSource owner = base;
      CLEANUP.add(() -> dropSchema(owner, schema));
    }
    return base;
  }

  private static synchronized EmbeddedPostgres embedded() {
    if (embedded == null) {
      try {
        embedded = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start an embedded PostgreSQL", e);
      }
      CLEANUP.add(TestDatabases::stopEmbedded);
    }
    return embedded;
  }

  private static void dropSchema(DataSource ds, String schema) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + schema + " cascade");
    } catch (SQLException e) {
      // Best effort: a leftover schema in a test database does no harm.
    }
  }

  private static void stopEmbedded() {
    try {
      embedded.close();
    } catch (IOException e) {
      // The JVM is exiting; the embedded server's directory is temporary.
    }
  }
}
