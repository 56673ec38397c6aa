package dev.custos.connectors.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.custos.connectors.config.ConnectorConfig;
import dev.custos.connectors.config.ConnectorConfigLoader;
import dev.custos.connectors.ingest.ConnectorPorts;
import dev.custos.connectors.ingest.ConnectorState;
import dev.custos.connectors.ingest.ConnectorStatus;
import dev.custos.connectors.ingest.ConnectorStatusRegistry;
import dev.custos.connectors.port.QuarantinedRow;
import dev.custos.connectors.testing.CustomerEvents;
import dev.custos.connectors.testing.Fakes;
import dev.custos.connectors.testing.InterruptingSink;
import dev.custos.connectors.testing.KafkaBroker;
import dev.custos.connectors.testing.PrivacyFixture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A kafka connector end to end against an in-process KRaft broker, started once for the class; each
 * test has a topic and consumer group of its own.
 */
class KafkaTest {

  private static final int EVENTS = 400;
  private static KafkaBroker kafka;

  private final PrivacyFixture privacy = new PrivacyFixture();
  private final ConnectorStatusRegistry statuses = new ConnectorStatusRegistry();
  private final String topic = "crm-events-" + UUID.randomUUID();

  @BeforeAll
  static void startBroker() {
    kafka = new KafkaBroker();
  }

  @AfterAll
  static void stopBroker() {
    kafka.close();
  }

  /** A test that stops the broker and fails before starting it again leaves it running. */
  @AfterEach
  void brokerRunning() {
    kafka.ensureRunning();
  }

  @Test
  void storesEveryEventOnceCommitsItsOffsetsAndQuarantinesWhatCannotBeRead() {
    kafka.createTopic(topic, 3);
    Fakes fakes = new Fakes();
    kafka.send(topic, CustomerEvents.range(0, EVENTS));
    kafka.sendRaw(
        topic, "broken", "{\"id\": \"c-broken\", \"name\": ".getBytes(StandardCharsets.UTF_8));
    kafka.sendRaw(
        topic, "latin1", "{\"name\": \"Zo\u00eb\"}".getBytes(StandardCharsets.ISO_8859_1));

    try (ConnectorRuntime runtime = runtime(fakes.ports)) {
      runtime.start();
      awaitFinished(fakes, EVENTS);
      await().atMost(Duration.ofSeconds(10)).until(() -> fakes.quarantine.rows().size() == 2);
    }

    assertThat(fakes.sink.sentTwice()).isZero();
    assertThat(privacy.decrypted(fakes.sink.stored().get("c3@2026-03-01T10:00:00Z"), "name"))
        .isEqualTo("王芳 3");
    assertThat(fakes.quarantine.rows())
        .extracting(QuarantinedRow::reason)
        .containsExactlyInAnyOrder(
            reasonAt(fakes, "not valid JSON"), reasonAt(fakes, "not UTF-8 text"));

    // The next consumer of the group starts after the committed offsets: only the new event.
    Fakes again = new Fakes();
    kafka.send(topic, CustomerEvents.range(EVENTS, EVENTS + 1));
    try (ConnectorRuntime runtime = runtime(again.ports)) {
      runtime.start();
      awaitFinished(again, 1);
    }
    assertThat(again.sink.stored()).containsOnlyKeys("c400@2026-03-01T10:00:00Z");
    assertThat(again.sink.sentTwice()).isZero();
  }

  @Test
  void aBatchNotCommittedBeforeACrashIsDeliveredAgainAndNotStoredTwice() {
    kafka.createTopic(topic, 1);
    Fakes fakes = new Fakes();
    InterruptingSink sink = new InterruptingSink(fakes);
    sink.crashAfterCommit(2);
    fakes.sink.failNext(1);
    kafka.send(topic, CustomerEvents.range(0, EVENTS));

    try (ConnectorRuntime runtime = runtime(sink.ports())) {
      runtime.start();
      awaitFinished(fakes, EVENTS);
    }

    assertThat(fakes.sink.size()).isEqualTo(EVENTS);
    assertThat(fakes.sink.sentTwice()).isPositive();
  }

  @Test
  void aBrokerRestartMidRunIsReportedInTheStatusAndTheRunCompletesWhenItIsBack() {
    kafka.createTopic(topic, 1);
    Fakes fakes = new Fakes();
    InterruptingSink sink = new InterruptingSink(fakes);
    // Stopped from another thread, as a broker dies: the batch in the sink is then not committed.
    sink.after(3, () -> Thread.ofPlatform().start(kafka::stop));
    kafka.send(topic, CustomerEvents.range(0, EVENTS));

    try (ConnectorRuntime runtime = runtime(sink.ports())) {
      runtime.start();
      // Each failed attempt shows FAILED only until the route's next retry begins; the error stays
      // in the status through the retries, until a run succeeds.
      await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> status().lastError().filter(e -> e.contains("Kafka brokers")).isPresent());
      assertThat(fakes.sink.size()).isLessThan(EVENTS);

      kafka.start();
      awaitFinished(fakes, EVENTS);
    }

    assertThat(status().lastError()).isEmpty();
  }

  private String reasonAt(Fakes fakes, String problem) {
    return fakes.quarantine.rows().stream()
        .map(QuarantinedRow::reason)
        .filter(r -> r.endsWith(problem))
        .findFirst()
        .orElse("(none ending with " + problem + ")");
  }

  private void awaitFinished(Fakes fakes, int events) {
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> fakes.sink.size() == events && state() == ConnectorState.IDLE);
  }

  private ConnectorStatus status() {
    return statuses.status("crm-events").orElseThrow();
  }

  private ConnectorState state() {
    return statuses.status("crm-events").map(ConnectorStatus::state).orElse(ConnectorState.STOPPED);
  }

  private ConnectorRuntime runtime(ConnectorPorts ports) {
    return new ConnectorRuntime(
        List.of(config()),
        privacy.services,
        ports,
        statuses,
        new RetryPolicy(2, Duration.ofMillis(20), 2, Duration.ofMillis(100)),
        privacy.clock,
        Map.of());
  }

  private ConnectorConfig config() {
    String yaml =
        """
        id: crm-events
        kind: kafka
        recordKind: contact
        collectedFor: [service-delivery]
        schedule: PT1S
        source:
          bootstrapServers: [%s]
          topic: %s
          consumerGroup: custos-%s
          tls: false
          batchSize: 50
        """
                .formatted(kafka.bootstrapServers(), topic, topic)
            + CustomerEvents.MAPPING;
    return new ConnectorConfigLoader(PrivacyFixture.GDPR).parse("crm-events.yaml", yaml);
  }
}
