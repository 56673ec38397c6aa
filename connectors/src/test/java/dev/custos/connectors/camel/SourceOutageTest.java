package dev.custos.connectors.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.custos.connectors.config.ConnectorConfig;
import dev.custos.connectors.config.ConnectorConfigLoader;
import dev.custos.connectors.ingest.ConnectorState;
import dev.custos.connectors.ingest.ConnectorStatus;
import dev.custos.connectors.ingest.ConnectorStatusRegistry;
import dev.custos.connectors.testing.CrmApi;
import dev.custos.connectors.testing.CrmDatabase;
import dev.custos.connectors.testing.Fakes;
import dev.custos.connectors.testing.PrivacyFixture;
import dev.custos.connectors.testing.TcpProxy;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A source goes away in the middle of a run and comes back: the connector retries with back-off,
 * shows the error in its status, and when the source is back completes with exactly the source's
 * rows, none twice. (An SFTP server stopped and started again, and a REST server that stops
 * answering, are covered by {@code SftpDropTest} and {@code RestPollTest}.)
 */
class SourceOutageTest {

  private static final int ROWS = 6_000;
  private static final RetryPolicy RETRIES =
      new RetryPolicy(3, Duration.ofMillis(100), 2, Duration.ofMillis(400));
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

  @Test
  void aDatabaseCutMidRunIsRetriedReportedAndCompletedWhenItIsBack() throws Exception {
    URI postgres = postgres();
    try (TcpProxy proxy = new TcpProxy(postgres.getHost(), postgres.getPort());
        CrmDatabase crm =
            new CrmDatabase(
                "jdbc:postgresql://127.0.0.1:" + proxy.port() + postgres.getPath(),
                "postgres",
                "TIMESTAMP(6)")) {
      crm.insert(1, ROWS);
      ConnectorConfig config = databaseConfig(crm);
      try (ConnectorRuntime runtime = runtime(config)) {
        runtime.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> fakes.sink.size() >= 600);
        proxy.cut();
        awaitFailedWith("crm-contacts", "could not read its database");
        // The first attempt and each of the retries knocked on the closed door.
        await().atMost(Duration.ofSeconds(10)).until(() -> proxy.refused() >= 1 + 3);

        proxy.restore();
        await()
            .atMost(Duration.ofSeconds(90))
            .until(() -> fakes.sink.size() == ROWS && idleWithoutError("crm-contacts"));
      }
    }
    assertThat(fakes.sink.sentTwice()).isZero();
    assertThat(fakes.quarantine.rows()).isEmpty();
    assertThat(fakes.sink.stored()).containsKeys("1@2026-01-05T09:00", ROWS + "@2026-01-05T09:01");
  }

  @Test
  void http500sAreRetriedWithBackOffReportedAndTheRunCompletesWhenTheyStop() throws Exception {
    int items = 1_000;
    try (CrmApi api = new CrmApi(items, -1)) {
      api.failFrom(400);
      try (ConnectorRuntime runtime = runtime(restConfig(api))) {
        runtime.start();
        awaitFailedWith("crm-api", "its REST source answered HTTP 500");
        // The first attempt and its three retries.
        await().atMost(Duration.ofSeconds(10)).until(() -> failedAt400(api).size() >= 1 + 3);
        assertThat(fakes.sink.size()).isEqualTo(400);
        List<CrmApi.Request> failed = failedAt400(api);
        Duration first = Duration.between(failed.get(0).at(), failed.get(1).at());
        Duration third = Duration.between(failed.get(2).at(), failed.get(3).at());
        assertThat(third).isGreaterThan(first);

        api.failFrom(Integer.MAX_VALUE);
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> fakes.sink.size() == items && idleWithoutError("crm-api"));
      }
    }
    // A cursor API's last page is read again by every later run (its end has no cursor); the
    // sink skips what it holds, so the stored set is exactly the source's.
    assertThat(fakes.sink.stored().keySet())
        .isEqualTo(
            IntStream.rangeClosed(1, items)
                .mapToObj(n -> "c" + n + "@2026-02-01T10:00:00Z")
                .collect(Collectors.toSet()));
  }

  private static List<CrmApi.Request> failedAt400(CrmApi api) {
    return api.requests().stream().filter(r -> "400".equals(r.cursor())).toList();
  }

  private void awaitFailedWith(String connector, String error) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              ConnectorStatus s = statuses.status(connector).orElseThrow();
              return s.state() == ConnectorState.FAILED && s.lastError().orElse("").contains(error);
            });
  }

  private boolean idleWithoutError(String connector) {
    ConnectorStatus s = statuses.status(connector).orElseThrow();
    return s.state() == ConnectorState.IDLE && s.lastError().isEmpty();
  }

  private ConnectorRuntime runtime(ConnectorConfig config) {
    return new ConnectorRuntime(
        List.of(config),
        privacy.services,
        fakes.ports,
        statuses,
        RETRIES,
        privacy.clock,
        Map.of("CRM_PASSWORD", "", "CRM_TOKEN", CrmApi.TOKEN));
  }

  /** Host, port and database of the machine's PostgreSQL, or of an embedded one. */
  private static synchronized URI postgres() throws Exception {
    String url = System.getenv("CUSTOS_TEST_POSTGRES_URL");
    if (url == null) {
      if (embedded == null) {
        embedded = EmbeddedPostgres.start();
      }
      return URI.create("postgresql://127.0.0.1:" + embedded.getPort() + "/postgres");
    }
    URI given = URI.create(url.substring("jdbc:".length()));
    return URI.create("postgresql://" + given.getHost() + ":" + given.getPort() + given.getPath());
  }

  private static ConnectorConfig databaseConfig(CrmDatabase crm) {
    String yaml =
        """
        id: crm-contacts
        kind: database-poll
        recordKind: contact
        collectedFor: [service-delivery]
        schedule: PT1S
        source:
          url: '%s'
          user: %s
          password: {env: CRM_PASSWORD}
          table: %s
          watermarkColumns: [updated_at, id]
          pageSize: 200
        mapping:
          sourceKey: id
          sourceVersion: updated_at
          fields:
            nameEn: {column: name_en, class: identifier, required: true, maxLength: 200}
            nameZh: {column: name_zh, class: identifier, maxLength: 50}
            email: {column: email, class: contact, index: email}
            mobile: {column: mobile, class: contact, index: phone}
        """
            .formatted(crm.url, crm.user, crm.table);
    return new ConnectorConfigLoader(PrivacyFixture.GDPR).parse("crm.yaml", yaml);
  }

  private static ConnectorConfig restConfig(CrmApi api) {
    String yaml =
        """
        id: crm-api
        kind: rest-poll
        recordKind: contact
        collectedFor: [service-delivery]
        schedule: PT1S
        source:
          baseUrl: %s
          path: /api/contacts
          items: data
          paging:
            cursor: {field: meta.next_cursor, parameter: cursor, sizeParameter: limit}
          auth:
            bearer: {env: CRM_TOKEN}
          watermark: cursor
          timeout: PT10S
          pageSize: 100
        mapping:
          sourceKey: id
          sourceVersion: updated_at
          fields:
            name: {column: name, class: identifier, required: true, maxLength: 100}
            email: {column: contact.email, class: contact, index: email}
        """
            .formatted(api.baseUrl());
    return new ConnectorConfigLoader(PrivacyFixture.GDPR).parse("crm-api.yaml", yaml);
  }
}
