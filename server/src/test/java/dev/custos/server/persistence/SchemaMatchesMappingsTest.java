package dev.custos.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.custos.server.testing.TestDatabases;
import dev.custos.server.testing.TestPersistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** Flyway's schema and Hibernate's mappings agree, on the embedded default and on PostgreSQL. */
class SchemaMatchesMappingsTest {

  @Test
  void mappingsMatchTheMigratedSchemaOnH2() {
    assertMigratesAndValidates(TestDatabases.h2());
  }

  @Test
  void mappingsMatchTheMigratedSchemaOnPostgres() {
    assertMigratesAndValidates(TestDatabases.postgres());
  }

  @Test
  void migratingTwiceChangesNothing() {
    DataSource ds = TestDatabases.h2();
    SchemaMigration.migrate(ds);

    assertThat(SchemaMigration.migrate(ds).migrationsExecuted).isZero();
  }

  @Test
  void databaseRefusesScoresOutsideTheirScales() throws SQLException {
    DataSource ds = TestDatabases.postgres();
    SchemaMigration.migrate(ds);
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "insert into account values ('00000000-0000-0000-0000-000000000001', 'A', 'A', null,"
              + " null, null, now(), now(), 0)");
      String insert =
          "insert into survey_response (id, account_id, touchpoint, channel, nps, csat, ces,"
              + " responded_at, responded_month, received_at) values"
              + " ('00000000-0000-0000-0000-00000000000%d', '00000000-0000-0000-0000-000000000001',"
              + " 'checkout', 'web', %s, %s, %s, now(), '2026-01', now())";

      assertThatCode(() -> s.execute(insert.formatted(2, "11", "null", "null")))
          .isInstanceOf(SQLException.class);
      assertThatCode(() -> s.execute(insert.formatted(3, "null", "null", "null")))
          .isInstanceOf(SQLException.class);
      assertThatCode(() -> s.execute(insert.formatted(4, "10", "5", "7")))
          .doesNotThrowAnyException();
    }
  }

  private static void assertMigratesAndValidates(DataSource ds) {
    MigrateResult result = SchemaMigration.migrate(ds);
    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isPositive();

    assertThatCode(() -> TestPersistence.entityManagerFactory(ds, true).close())
        .doesNotThrowAnyException();
  }
}
