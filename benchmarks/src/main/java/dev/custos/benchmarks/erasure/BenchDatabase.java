package dev.custos.benchmarks.erasure;

import dev.custos.server.persistence.SchemaMigration;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL schema of its own, migrated and filled with stored records in a few set-based
 * statements ({@code generate_series}), so that a million rows load in seconds, not hours. Each
 * subject has {@value #RECORDS_PER_SUBJECT} records (each with one encrypted field), an e-mail and
 * a phone blind index and a data key.
 */
final class BenchDatabase {

  static final String URL_VARIABLE = "CUSTOS_BENCH_POSTGRES_URL";
  static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  static final int RECORDS_PER_SUBJECT = 2;

  private static final Pattern CLASS_ELEMENT = Pattern.compile("<class>\\s*([\\w.$]+)\\s*</class>");

  private final PGSimpleDataSource dataSource = new PGSimpleDataSource();
  private final String schema;
  private final String baseUrl;

  BenchDatabase(String schema) {
    String url = System.getenv(URL_VARIABLE);
    baseUrl = url == null || url.isBlank() ? DEFAULT_URL : url;
    dataSource.setURL(baseUrl);
    this.schema = schema;
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** Creates the schema afresh, migrates it and loads {@code records} stored records. */
  void load(int records) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + schema + " cascade");
      s.execute("create schema " + schema);
    }
    dataSource.setCurrentSchema(schema);
    SchemaMigration.migrate(dataSource);
    int subjects = records / RECORDS_PER_SUBJECT;
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "insert into subject (id, created_at) select "
              + subjectId("i")
              + ", now() from generate_series(1, "
              + subjects
              + ") i");
      for (String kind : new String[] {"email", "phone"}) {
        s.execute(
            "insert into subject_index (kind, digest, subject_id, first_seen_connector,"
                + " first_seen_at) select '"
                + kind
                + "', "
                + digest(kind, "i")
                + ", "
                + subjectId("i")
                + ", 'bench', now() from generate_series(1, "
                + subjects
                + ") i");
      }
      s.execute(
          "insert into subject_key (subject_id, key_id, kek_version, wrapped, created_at) select "
              + subjectId("i")
              + ", i, 1, decode(md5(i::text) || md5(i::text), 'hex'), now()"
              + " from generate_series(1, "
              + subjects
              + ") i");
      s.execute(
          "insert into gated_record (id, connector_id, source, source_key, source_version, kind,"
              + " subject_id, collected_at, gated_at, pack) select md5('r' || i)::uuid, 'bench',"
              + " 'bench', i::text, '1', 'contact', "
              + subjectId("((i - 1) / " + RECORDS_PER_SUBJECT + " + 1)")
              + ", now(), now(), 'gdpr' from generate_series(1, "
              + records
              + ") i");
      s.execute(
          "insert into gated_field (record_id, name, field_class, envelope, purposes)"
              + " select id, 'email', 'contact', decode(md5(source_key) || md5(id::text), 'hex'),"
              + " 'service-delivery' from gated_record");
      s.execute("analyze");
    }
  }

  private String url() {
    return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** A connection for putting subjects back between erasures, kept open for the whole run. */
  Connection connection() throws SQLException {
    Connection c = dataSource.getConnection();
    c.setAutoCommit(false);
    return c;
  }

  /** Puts an erased subject back (its key, indexes, and no suppression or evidence). */
  void reinstate(Connection c, int subject) throws SQLException {
    {
      try (Statement s = c.createStatement()) {
        String id = "'" + subjectIdValue(subject) + "'";
        s.execute("delete from erasure_evidence where subject_id = " + id);
        s.execute(
            "delete from suppression where digest in ("
                + digest("email", Integer.toString(subject))
                + ", "
                + digest("phone", Integer.toString(subject))
                + ")");
        s.execute("insert into subject (id, created_at) values (" + id + ", now())");
        for (String kind : new String[] {"email", "phone"}) {
          s.execute(
              "insert into subject_index (kind, digest, subject_id, first_seen_connector,"
                  + " first_seen_at) values ('"
                  + kind
                  + "', "
                  + digest(kind, Integer.toString(subject))
                  + ", "
                  + id
                  + ", 'bench', now())");
        }
        try (PreparedStatement key =
            c.prepareStatement(
                "insert into subject_key (subject_id, key_id, kek_version, wrapped, created_at)"
                    + " values (?, ?, 1, decode(md5(?) || md5(?), 'hex'), now())")) {
          key.setString(1, subjectIdValue(subject));
          key.setInt(2, subject);
          key.setString(3, Integer.toString(subject));
          key.setString(4, Integer.toString(subject));
          key.executeUpdate();
        }
      }
      c.commit();
    }
  }

  void drop() throws SQLException {
    PGSimpleDataSource admin = new PGSimpleDataSource();
    admin.setURL(baseUrl);
    try (Connection c = admin.getConnection();
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + schema + " cascade");
    }
  }

  /** The persistence unit of the server, with the entities its {@code persistence.xml} lists. */
  EntityManagerFactory entityManagerFactory() {
    PersistenceConfiguration configuration =
        new PersistenceConfiguration("custos-bench")
            .provider(HibernatePersistenceProvider.class.getName())
            .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
            // A pool, as the server's data source has: a new PostgreSQL connection per erasure
            // would measure connection set-up, not erasure.
            .property("jakarta.persistence.jdbc.url", url())
            .property("hibernate.connection.pool_size", "2")
            .property("hibernate.hbm2ddl.auto", "none")
            .property("hibernate.jdbc.time_zone", "UTC")
            .property("hibernate.jdbc.batch_size", "500")
            .property("hibernate.order_inserts", "true")
            .property("hibernate.xml_mapping_enabled", "false");
    String xml;
    try (InputStream in = BenchDatabase.class.getResourceAsStream("/META-INF/persistence.xml")) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CLASS_ELEMENT
        .matcher(xml)
        .results()
        .forEach(
            m -> {
              try {
                configuration.managedClass(Class.forName(m.group(1)));
              } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
              }
            });
    return new HibernatePersistenceProvider().createEntityManagerFactory(configuration);
  }

  static String subjectIdValue(int i) {
    return "bench-subject-%08d".formatted(i);
  }

  private static String subjectId(String expression) {
    return "'bench-subject-' || lpad((" + expression + ")::text, 8, '0')";
  }

  /** A stand-in digest: Base64url-shaped text that differs by kind and subject. */
  private static String digest(String kind, String expression) {
    return "md5('" + kind + "' || " + expression + ")";
  }
}
