package dev.custos.connectors.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
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
import dev.custos.connectors.testing.PrivacyFixture;
import dev.custos.connectors.testing.TcpProxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A rabbitmq connector end to end against a real RabbitMQ broker, named by {@code
 * CUSTOS_TEST_RABBITMQ_URL} (such as {@code amqp://guest:guest@127.0.0.1:5672}); skipped without
 * it. Each test uses a queue of its own. The connector reaches the broker through a proxy that the
 * outage test cuts, so the shared broker itself is never restarted.
 */
class RabbitMqTest {

  private static final int EVENTS = 400;

  private final PrivacyFixture privacy = new PrivacyFixture();
  private final ConnectorStatusRegistry statuses = new ConnectorStatusRegistry();
  private final String queue = "custos-test-" + UUID.randomUUID();
  private URI broker;
  private Connection admin;
  private Channel channel;
  private TcpProxy proxy;

  @BeforeEach
  void declareQueue() throws Exception {
    String url = System.getenv("CUSTOS_TEST_RABBITMQ_URL");
    Assumptions.assumeTrue(
        url != null && !url.isBlank(),
        "CUSTOS_TEST_RABBITMQ_URL is not set (e.g. amqp://guest:guest@127.0.0.1:5672):"
            + " the RabbitMQ connector tests are skipped");
    broker = URI.create(url);
    ConnectionFactory factory = new ConnectionFactory();
    factory.setUri(url);
    admin = factory.newConnection("custos-test-admin");
    channel = admin.createChannel();
    channel.queueDeclare(queue, false, false, false, null);
    proxy = new TcpProxy(broker.getHost(), broker.getPort() > 0 ? broker.getPort() : 5672);
  }

  @AfterEach
  void deleteQueue() throws Exception {
    if (admin != null) {
      channel.queueDelete(queue);
      admin.close();
      proxy.close();
    }
  }

  @Test
  void storesEveryEventOnceAcknowledgesItAndQuarantinesWhatCannotBeRead() throws Exception {
    Fakes fakes = new Fakes();
    publish(0, EVENTS);
    publishRaw("broken-1", "{\"id\": \"c-broken\", \"name\": ".getBytes(StandardCharsets.UTF_8));
    publishRaw("list-1", "[1, 2]".getBytes(StandardCharsets.UTF_8));
    publishRaw("noname-1", "{\"id\": \"c-noname\", \"updated_at\": \"x\"}".getBytes());

    try (ConnectorRuntime runtime = runtime(fakes.ports)) {
      runtime.start();
      awaitFinished(fakes, EVENTS);
      await().atMost(Duration.ofSeconds(10)).until(() -> fakes.quarantine.rows().size() == 3);
    }

    assertThat(fakes.sink.sentTwice()).isZero();
    assertThat(privacy.decrypted(fakes.sink.stored().get("c1@2026-03-01T10:00:00Z"), "name"))
        .isEqualTo("张伟 1");
    assertThat(fakes.quarantine.rows())
        .extracting(QuarantinedRow::sourceKey)
        .containsExactlyInAnyOrder(queue + ":broken-1", queue + ":list-1", "c-noname");
    assertThat(fakes.quarantine.rows())
        .extracting(QuarantinedRow::reason)
        .allMatch(reason -> !reason.contains("c-broken") && !reason.contains("1, 2"));
    assertThat(waiting()).isZero();
  }

  @Test
  void aBatchNotAcknowledgedBeforeACrashIsDeliveredAgainAndNotStoredTwice() throws Exception {
    Fakes fakes = new Fakes();
    InterruptingSink sink = new InterruptingSink(fakes);
    sink.crashAfterCommit(2);
    fakes.sink.failNext(1);
    publish(0, EVENTS);

    try (ConnectorRuntime runtime = runtime(sink.ports())) {
      runtime.start();
      awaitFinished(fakes, EVENTS);
    }

    assertThat(fakes.sink.size()).isEqualTo(EVENTS);
    // The committed but unacknowledged batches came again and were recognised as duplicates.
    assertThat(fakes.sink.sentTwice()).isPositive();
    assertThat(waiting()).isZero();
  }

  @Test
  void anOutageMidRunIsReportedInTheStatusAndTheRunCompletesWhenTheBrokerIsBack() throws Exception {
    Fakes fakes = new Fakes();
    InterruptingSink sink = new InterruptingSink(fakes);
    sink.after(3, proxy::cut);
    publish(0, EVENTS);

    try (ConnectorRuntime runtime = runtime(sink.ports())) {
      runtime.start();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  state() == ConnectorState.FAILED
                      && status().lastError().orElseThrow().contains("RabbitMQ"));
      assertThat(fakes.sink.size()).isLessThan(EVENTS);

      proxy.restore();
      awaitFinished(fakes, EVENTS);
    }

    assertThat(status().lastError()).isEmpty();
    assertThat(waiting()).isZero();
  }

  private void publish(int from, int to) throws Exception {
    for (var event : CustomerEvents.range(from, to).entrySet()) {
      publishRaw(event.getKey(), event.getValue().getBytes(StandardCharsets.UTF_8));
    }
  }

  private void publishRaw(String messageId, byte[] body) throws Exception {
    AMQP.BasicProperties properties =
        new AMQP.BasicProperties.Builder()
            .messageId(messageId)
            .contentType("application/json")
            .build();
    channel.basicPublish("", queue, properties, body);
  }

  private long waiting() throws Exception {
    return channel.messageCount(queue);
  }

  private void awaitFinished(Fakes fakes, int events) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> fakes.sink.size() == events && state() == ConnectorState.IDLE);
  }

  private ConnectorStatus status() {
    return statuses.status("crm-events").orElseThrow();
  }

  private ConnectorState state() {
    return statuses.status("crm-events").map(ConnectorStatus::state).orElse(ConnectorState.STOPPED);
  }

  private ConnectorRuntime runtime(ConnectorPorts ports) {
    String[] login = broker.getUserInfo().split(":", 2);
    return new ConnectorRuntime(
        List.of(config(login[0])),
        privacy.services,
        ports,
        statuses,
        new RetryPolicy(2, Duration.ofMillis(20), 2, Duration.ofMillis(100)),
        privacy.clock,
        Map.of("RABBITMQ_PASSWORD", login[1]));
  }

  private ConnectorConfig config(String user) {
    String yaml =
        """
        id: crm-events
        kind: rabbitmq
        recordKind: contact
        collectedFor: [service-delivery]
        schedule: PT1S
        source:
          url: amqp://127.0.0.1:%d
          queue: %s
          user: %s
          password: {env: RABBITMQ_PASSWORD}
          batchSize: 50
        """
                .formatted(proxy.port(), queue, user)
            + CustomerEvents.MAPPING;
    return new ConnectorConfigLoader(PrivacyFixture.GDPR).parse("crm-events.yaml", yaml);
  }
}
