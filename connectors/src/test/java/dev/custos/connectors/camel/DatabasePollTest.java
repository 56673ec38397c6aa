package dev.custos.connectors.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.custos.connectors.config.ConnectorConfig;
import dev.custos.connectors.config.ConnectorConfigLoader;
import dev.custos.connectors.ingest.ConnectorPorts;
import dev.custos.connectors.ingest.ConnectorState;
import dev.custos.connectors.ingest.ConnectorStatus;
import dev.custos.connectors.ingest.ConnectorStatusRegistry;
import dev.custos.connectors.testing.CrmDatabase;
import dev.custos.connectors.testing.Fakes;
import dev.custos.connectors.testing.InterruptingSink;
import dev.custos.connectors.testing.PrivacyFixture;
import dev.custos.policies.gate.GatedRecord;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A database poll end to end, against PostgreSQL and MariaDB: the machine's when {@code
 * CUSTOS_TEST_POSTGRES_URL} / {@code CUSTOS_TEST_MARIADB_URL} name them, else embedded PostgreSQL
 * and H2 in MariaDB mode.
 */
class DatabasePollTest {

  private static final int ROWS = 20_000;
  private static EmbeddedPostgres embedded;

  private final PrivacyFixture privacy = new PrivacyFixture();
  private final Fakes fakes = new Fakes();
  private final ConnectorStatusRegistry statuses = new ConnectorStatusRegistry();

  @AfterAll
  static void stopEmbedded() throws Exception {
    if (embedded != null) {
      embedded.close();
    }
  }

  private static synchronized CrmDatabase postgres() throws Exception {
    String url = System.getenv("CUSTOS_TEST_POSTGRES_URL");
    if (url == null) {
      if (embedded == null) {
        embedded = EmbeddedPostgres.start();
      }
      url = embedded.getJdbcUrl("postgres", "postgres");
    }
    return new CrmDatabase(url, "postgres", "TIMESTAMP(6)");
  }

  private static CrmDatabase mariaDb() throws Exception {
    String url = System.getenv("CUSTOS_TEST_MARIADB_URL");
    if (url == null) {
      url =
          "jdbc:h2:mem:"
              + UUID.randomUUID()
              + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
      return new CrmDatabase(url, "sa", "DATETIME(6)");
    }
    return new CrmDatabase(url, "root", "DATETIME(6)");
  }

  @Test
  void pollsPostgreSqlStoringEveryRowOnceAcrossARestart() throws Exception {
    try (CrmDatabase crm = postgres()) {
      pollsStoringEveryRowOnceAcrossARestart(crm);
    }
  }

  @Test
  void pollsMariaDbStoringEveryRowOnceAcrossARestart() throws Exception {
    try (CrmDatabase crm = mariaDb()) {
      pollsStoringEveryRowOnceAcrossARestart(crm);
    }
  }

  @Test
  void retriesAPageTheSinkRefusedAndStoresItOnce() throws Exception {
    try (CrmDatabase crm = mariaDb()) {
      crm.insert(1, 1_200);
      fakes.sink.failNext(2);
      ConnectorConfig config = config(crm);

      try (ConnectorRuntime runtime = runtime(config)) {
        runtime.start();
        awaitStored(1_200);
        awaitIdle(config.id());
      }

      assertThat(fakes.sink.sentTwice()).isZero();
      assertThat(fakes.sink.calls()).isEqualTo(3 + 2);
      assertThat(statuses.status(config.id()).orElseThrow().lastError()).isEmpty();
    }
  }

  @Test
  void aStopEndsTheRunBeforeItsNextPageAndTheNextStartGoesOnAfterTheStoredPages() throws Exception {
    try (CrmDatabase crm = postgres()) {
      crm.insert(1, 5_000);
      ConnectorConfig config = config(crm);
      InterruptingSink sink = new InterruptingSink(fakes);

      try (ConnectorRuntime runtime = runtime(config, sink.ports())) {
        // Stopped from another thread, as an administrator's call comes, after the third page.
        sink.after(3, () -> Thread.ofPlatform().start(() -> runtime.stopConnector(config.id())));
        runtime.start();
        await()
            .atMost(Duration.ofMinutes(1))
            .until(() -> runtime.isStopped(config.id()) && state(config.id()).isPresent());
        // The run has ended and left the status at stopped, not idle.
        await()
            .during(Duration.ofSeconds(2))
            .atMost(Duration.ofSeconds(10))
            .until(() -> state(config.id()).orElseThrow() == ConnectorState.STOPPED);
        int stored = fakes.sink.size();
        assertThat(stored).isBetween(1_500, 2_500).matches(n -> n % 500 == 0, "whole pages");
        assertThat(statuses.status(config.id()).orElseThrow().lastError()).isEmpty();

        assertThat(runtime.startConnector(config.id())).isTrue();
        awaitStored(5_000);
        awaitIdle(config.id());
      }
      assertThat(fakes.sink.sentTwice()).isZero();
    }
  }

  private Optional<ConnectorState> state(String id) {
    return statuses.status(id).map(ConnectorStatus::state);
  }

  @Test
  void runNowOfAnUnknownConnectorDoesNothing() {
    try (ConnectorRuntime runtime =
        new ConnectorRuntime(
            List.of(),
            privacy.services,
            fakes.ports,
            statuses,
            RetryPolicy.defaults(),
            privacy.clock,
            Map.of())) {
      runtime.start();
      assertThat(runtime.runNow("nobody")).isFalse();
    }
  }

  private void pollsStoringEveryRowOnceAcrossARestart(CrmDatabase crm) throws Exception {
    crm.insert(1, ROWS);
    ConnectorConfig config = config(crm);

    try (ConnectorRuntime first = runtime(config)) {
      first.start();
      awaitStored(ROWS);
      awaitIdle(config.id());
    }
    assertThat(fakes.sink.sentTwice()).isZero();
    assertThat(fakes.quarantine.rows()).isEmpty();
    assertThat(statuses.status(config.id()).orElseThrow().state())
        .isEqualTo(ConnectorState.STOPPED);

    crm.touch(101, 150, CrmDatabase.BASE.plusDays(1));
    crm.insert(ROWS + 1, ROWS + 10);
    try (ConnectorRuntime second = runtime(config)) {
      second.start();
      awaitStored(ROWS + 60);
      awaitIdle(config.id());
      assertThat(statuses.status(config.id()).orElseThrow().counts().stored()).isEqualTo(60);

      crm.touch(7, 9, CrmDatabase.BASE.plusDays(2));
      assertThat(second.runNow(config.id())).isTrue();
      awaitStored(ROWS + 63);
      awaitIdle(config.id());
      assertThat(fakes.sink.size()).isEqualTo(ROWS + 63);
      ConnectorStatus status = statuses.status(config.id()).orElseThrow();
      assertThat(status.counts().stored()).isEqualTo(3);
      assertThat(status.totals().stored()).isEqualTo(ROWS + 63);
      assertThat(status.totals().read()).isGreaterThanOrEqualTo(ROWS + 63);
    }
    assertThat(fakes.sink.sentTwice()).isZero();
    assertThat(fakes.resolver.subjects()).isEqualTo(ROWS + 10);
    assertChineseNameSurvives(fakes.sink.stored().get("8@2026-01-05T09:00"));
  }

  private void assertChineseNameSurvives(GatedRecord record) {
    assertThat(record).isNotNull();
    assertThat(privacy.decrypted(record, "nameZh")).isEqualTo("王芳");
  }

  private ConnectorRuntime runtime(ConnectorConfig config) {
    return runtime(config, fakes.ports);
  }

  private ConnectorRuntime runtime(ConnectorConfig config, ConnectorPorts ports) {
    return new ConnectorRuntime(
        List.of(config),
        privacy.services,
        ports,
        statuses,
        new RetryPolicy(2, Duration.ofMillis(50), 2, Duration.ofMillis(200)),
        privacy.clock,
        Map.of("CRM_PASSWORD", ""));
  }

  private void awaitStored(int rows) {
    await().atMost(Duration.ofMinutes(3)).until(() -> fakes.sink.size() >= rows);
    assertThat(fakes.sink.size()).isEqualTo(rows);
  }

  private void awaitIdle(String id) {
    await()
        .atMost(Duration.ofMinutes(1))
        .until(
            () ->
                statuses
                    .status(id)
                    .map(s -> s.state() == ConnectorState.IDLE && s.lastRunEnd().isPresent())
                    .orElse(false));
  }

  private static ConnectorConfig config(CrmDatabase crm) {
    String yaml =
        """
        id: crm-contacts
        kind: database-poll
        recordKind: contact
        collectedFor: [service-delivery]
        schedule: PT1H
        source:
          url: '%s'
          user: %s
          password: {env: CRM_PASSWORD}
          table: %s
          watermarkColumns: [updated_at, id]
          pageSize: 500
        mapping:
          sourceKey: id
          sourceVersion: updated_at
          fields:
            nameEn: {column: name_en, class: identifier, required: true, maxLength: 200}
            nameZh: {column: name_zh, class: identifier, maxLength: 50}
            email: {column: email, class: contact, index: email}
            mobile: {column: mobile, class: contact, index: phone}
            company: {column: company, class: operational}
        """
            .formatted(crm.url, crm.user, crm.table);
    return new ConnectorConfigLoader(PrivacyFixture.GDPR).parse("crm.yaml", yaml);
  }
}
