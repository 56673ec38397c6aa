package dev.custos.connectors.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.custos.connectors.config.ConnectorConfig;
import dev.custos.connectors.config.ConnectorConfigLoader;
import dev.custos.connectors.ingest.ConnectorState;
import dev.custos.connectors.ingest.ConnectorStatus;
import dev.custos.connectors.ingest.ConnectorStatusRegistry;
import dev.custos.connectors.port.QuarantinedRow;
import dev.custos.connectors.testing.CrmApi;
import dev.custos.connectors.testing.FakeWatermarkStore;
import dev.custos.connectors.testing.Fakes;
import dev.custos.connectors.testing.PrivacyFixture;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A REST poll end to end, against a real HTTP server on 127.0.0.1 serving 2,000 contacts. */
class RestPollTest {

  private static final int ITEMS = 2_000;
  private static final Map<String, String> ENVIRONMENT = Map.of("CRM_TOKEN", CrmApi.TOKEN);

  private final PrivacyFixture privacy = new PrivacyFixture();
  private final ConnectorStatusRegistry statuses = new ConnectorStatusRegistry();

  @Test
  void storesEveryItemOnceThroughA429AndA503AndQuarantinesTheItemThatFailsMapping()
      throws Exception {
    Fakes fakes = new Fakes();
    try (CrmApi api = new CrmApi(ITEMS, 1_000)) {
      api.failRequest(5, 429, "1");
      api.failRequest(12, 503, null);
      try (ConnectorRuntime runtime = runtime(fakes, config(api, "PT1H", "CRM_TOKEN"))) {
        runtime.start();
        awaitFinished(fakes, ITEMS);
      }
      List<CrmApi.Request> requests = api.requests();
      assertThat(requests).allMatch(CrmApi.Request::authorised);
      Duration waited = Duration.between(requests.get(4).at(), requests.get(5).at());
      assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    assertThat(fakes.sink.size()).isEqualTo(ITEMS);
    assertThat(fakes.sink.sentTwice()).isZero();
    assertThat(fakes.sink.stored())
        .containsKeys("c1@2026-02-01T10:00:00Z", "c2000@2026-02-01T10:00:00Z");
    assertThat(fakes.quarantine.rows())
        .singleElement()
        .extracting(QuarantinedRow::sourceKey)
        .isEqualTo("bad-1");
    assertThat(fakes.watermarks.current("crm-api").orElseThrow().value()).isEqualTo("cursor:1900");
  }

  @Test
  void aRestartResumesFromTheStoredCursorAndStoresNothingTwice() throws Exception {
    FakeWatermarkStore watermarks = new FakeWatermarkStore();
    Fakes first = new Fakes(watermarks);
    Fakes second = new Fakes(watermarks);
    try (CrmApi api = new CrmApi(ITEMS, -1)) {
      api.refuseFrom(700);
      try (ConnectorRuntime runtime = runtime(first, config(api, "PT1H", "CRM_TOKEN"))) {
        runtime.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> state() == ConnectorState.FAILED);
      }
      assertThat(first.sink.size()).isEqualTo(700);
      int before = api.requests().size();
      api.refuseFrom(Integer.MAX_VALUE);
      try (ConnectorRuntime runtime = runtime(second, config(api, "PT1H", "CRM_TOKEN"))) {
        runtime.start();
        awaitFinished(second, ITEMS - 700);
      }
      assertThat(api.requests().get(before).cursor()).isEqualTo("700");
    }

    Set<String> all = new HashSet<>(first.sink.stored().keySet());
    all.addAll(second.sink.stored().keySet());
    assertThat(all).hasSize(ITEMS);
    assertThat(second.sink.stored().keySet())
        .doesNotContainAnyElementsOf(first.sink.stored().keySet());
  }

  @Test
  void aRefusedRequestIsReportedInTheStatusWithoutRetriesOrData() throws Exception {
    Fakes fakes = new Fakes();
    try (CrmApi api = new CrmApi(ITEMS, -1)) {
      ConnectorConfig config = config(api, "PT1H", "WRONG_TOKEN");
      try (ConnectorRuntime runtime =
          new ConnectorRuntime(
              List.of(config),
              privacy.services,
              fakes.ports,
              statuses,
              retries(),
              privacy.clock,
              Map.of("WRONG_TOKEN", "not-the-token"))) {
        runtime.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> state() == ConnectorState.FAILED);
      }
      assertThat(api.requests()).hasSize(1);
    }

    assertThat(fakes.sink.size()).isZero();
    assertThat(status().lastError())
        .contains(
            "Connector crm-api: its REST source refused the request with HTTP 401; check the connector's URL, path and credentials");
  }

  @Test
  void anOutageIsReportedInTheStatusAndTheRunCompletesWhenTheServerIsBack() throws Exception {
    Fakes fakes = new Fakes();
    try (CrmApi api = new CrmApi(ITEMS, -1)) {
      api.holdAt(600);
      try (ConnectorRuntime runtime = runtime(fakes, config(api, "PT1S", "CRM_TOKEN"))) {
        runtime.start();
        assertThat(api.awaitHeld(Duration.ofSeconds(30))).isTrue();
        api.stop();
        api.release();
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    state() == ConnectorState.FAILED
                        && status()
                            .lastError()
                            .orElseThrow()
                            .contains("could not reach its REST source"));
        assertThat(fakes.sink.size()).isEqualTo(600);

        api.start();
        awaitFinished(fakes, ITEMS);
      }
    }

    // A poll every second may start once more before the runtime stops; with a cursor watermark
    // it reads the last page (100 items) again, as duplicates. Nothing else may come twice.
    assertThat(fakes.sink.sentTwice()).isLessThanOrEqualTo(100);
    assertThat(status().lastError()).isEmpty();
  }

  private void awaitFinished(Fakes fakes, int items) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> fakes.sink.size() == items && state() == ConnectorState.IDLE);
  }

  private ConnectorStatus status() {
    return statuses.status("crm-api").orElseThrow();
  }

  private ConnectorState state() {
    return statuses.status("crm-api").map(ConnectorStatus::state).orElse(ConnectorState.STOPPED);
  }

  private ConnectorRuntime runtime(Fakes fakes, ConnectorConfig config) {
    return new ConnectorRuntime(
        List.of(config),
        privacy.services,
        fakes.ports,
        statuses,
        retries(),
        privacy.clock,
        ENVIRONMENT);
  }

  private static RetryPolicy retries() {
    return new RetryPolicy(2, Duration.ofMillis(20), 2, Duration.ofMillis(100));
  }

  private static ConnectorConfig config(CrmApi api, String schedule, String tokenVariable) {
    String yaml =
        """
        id: crm-api
        kind: rest-poll
        recordKind: contact
        collectedFor: [service-delivery]
        schedule: %s
        source:
          baseUrl: %s
          path: /api/contacts
          items: data
          paging:
            cursor: {field: meta.next_cursor, parameter: cursor, sizeParameter: limit}
          auth:
            bearer: {env: %s}
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
            .formatted(schedule, api.baseUrl(), tokenVariable);
    return new ConnectorConfigLoader(PrivacyFixture.GDPR).parse("crm-api.yaml", yaml);
  }
}
