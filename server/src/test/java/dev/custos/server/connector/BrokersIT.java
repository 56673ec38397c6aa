package dev.custos.server.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import dev.custos.server.testing.Api;
import dev.custos.server.testing.BrokerConnectors;
import dev.custos.server.testing.CustosServer;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Broker connectors inside the running server: RabbitMQ messages go the whole path (Camel, the gate
 * with the server's key, the database, acknowledgement), and the Kafka client loads in the WAR and
 * reports a broker that is not there.
 */
@ExtendWith(CustosServer.class)
class BrokersIT {

  private final CustosServer.Running server = CustosServer.get();
  private final Api api = Api.of(server);
  private final String admin = api.adminToken(server);

  @Test
  void rabbitMqEventsAreStoredAndAcknowledgedWithoutPersonalDataInTheLog() throws Exception {
    URI broker = BrokerConnectors.rabbitMq().orElse(null);
    Assumptions.assumeTrue(
        broker != null, "CUSTOS_TEST_RABBITMQ_URL is not set: the RabbitMQ server test is skipped");
    String batch = UUID.randomUUID().toString().substring(0, 8);
    String canary = "canary.zhao." + batch + "@example.com";
    try (Connection connection = BrokerConnectors.connect(broker)) {
      Channel channel = connection.createChannel();
      publish(channel, batch + "-1", event(batch + "-1", "赵敏", canary));
      publish(channel, batch + "-2", event(batch + "-2", "Emma Watson", "emma@example.com"));
      publish(channel, batch + "-3", "{\"id\": \"" + batch + "-3\", \"name\": ");

      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                // Since start: the connector runs every few seconds, mostly finding nothing.
                JsonObject totals =
                    connector(BrokerConnectors.RABBITMQ_CONNECTOR).getJsonObject("totals");
                return totals.getJsonNumber("stored").longValue() >= 2
                    && totals.getJsonNumber("quarantined").longValue() >= 1;
              });
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> channel.messageCount(BrokerConnectors.QUEUE) == 0);
    }
    assertThat(server.log()).doesNotContain(canary).doesNotContain("赵敏");
  }

  @Test
  void aKafkaConnectorRunsInTheServerAndReportsItsBrokerUnreachable() {
    await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () ->
                connector(BrokerConnectors.KAFKA_CONNECTOR)
                    .getString("lastError", "")
                    .contains("its Kafka brokers"));
    assertThat(connector(BrokerConnectors.KAFKA_CONNECTOR).getString("lastError"))
        .startsWith("Connector " + BrokerConnectors.KAFKA_CONNECTOR + " could not");
  }

  private static String event(String id, String name, String email) {
    return """
        {"id": "%s", "name": "%s", "contact": {"email": "%s"}, "note": "请尽快联系 call back"}
        """
        .formatted(id, name, email);
  }

  private static void publish(Channel channel, String messageId, String body) throws Exception {
    channel.basicPublish(
        "",
        BrokerConnectors.QUEUE,
        new AMQP.BasicProperties.Builder().messageId(messageId).build(),
        body.getBytes(StandardCharsets.UTF_8));
  }

  private JsonObject connector(String id) {
    return api.get("/api/v1/connectors/" + id, admin).json();
  }
}
