package dev.custos.benchmarks.ingest;

import dev.custos.server.persistence.SchemaMigration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One PostgreSQL schema of the benchmark, migrated by the server's own migrations, with the
 * server's persistence unit on it: its entities and its Hibernate settings (JDBC batch size, insert
 * ordering), read from its {@code persistence.xml} so the two cannot differ.
 */
final class BenchDatabase implements AutoCloseable {

  private static final Pattern CLASS = Pattern.compile("<class>\\s*([\\w.$]+)\\s*</class>");
  private static final Pattern PROPERTY =
      Pattern.compile(
          "<property\\s+name=\"(hibernate\\.(?:jdbc|order)[\\w.]*)\"\\s+value=\"([^\"]*)\"");

  private final String url;
  private final String schema;
  private final PGSimpleDataSource physical = new PGSimpleDataSource();
  private final OneConnection dataSource = new OneConnection(physical);
  private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
  private EntityManagerFactory emf;

  BenchDatabase(String url, String schema) {
    this.url = url;
    this.schema = schema;
    run(admin(), "drop schema if exists " + schema + " cascade", "create schema " + schema);
    physical.setUrl(url);
    physical.setCurrentSchema(schema);
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** Migrates the schema and opens the server's persistence unit on it. */
  BenchDatabase migrated() {
    SchemaMigration.migrate(dataSource);
    PersistenceConfiguration configuration =
        new PersistenceConfiguration("custos-benchmark")
            .provider(HibernatePersistenceProvider.class.getName())
            .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
            .property("hibernate.connection.datasource", dataSource)
            .property("hibernate.hbm2ddl.auto", "none")
            .property("hibernate.xml_mapping_enabled", "false")
            .property("hibernate.show_sql", "false");
    String xml = persistenceXml();
    serverSettings(xml).forEach(configuration::property);
    CLASS.matcher(xml).results().map(m -> load(m.group(1))).forEach(configuration::managedClass);
    emf = new HibernatePersistenceProvider().createEntityManagerFactory(configuration);
    return this;
  }

  /** The Hibernate batching settings of the server's persistence unit. */
  static Map<String, String> serverSettings(String xml) {
    return PROPERTY
        .matcher(xml)
        .results()
        .collect(Collectors.toMap(m -> m.group(1), m -> m.group(2)));
  }

  static String persistenceXml() {
    try (InputStream in = SchemaMigration.class.getResourceAsStream("/META-INF/persistence.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs the work in the current transaction of this thread, or in one of its own when there is
   * none: as the server's transactional ports join a page's transaction.
   */
  <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager current = this.current.get();
    if (current != null) {
      return work.apply(current);
    }
    EntityManager em = emf.createEntityManager();
    this.current.set(em);
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      this.current.remove();
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  @Override
  public void close() {
    if (emf != null) {
      emf.close();
    }
    try {
      dataSource.close();
    } catch (java.sql.SQLException e) {
      // The schema is dropped below either way.
    }
    run(admin(), "drop schema if exists " + schema + " cascade");
  }

  private DataSource admin() {
    PGSimpleDataSource admin = new PGSimpleDataSource();
    admin.setUrl(url);
    return admin;
  }

  static void run(DataSource dataSource, String... statements) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String sql : List.of(statements)) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Benchmark database set-up failed", e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("persistence.xml names a missing class: " + name, e);
    }
  }
}
