package dev.custos.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.connectors.config.SourceSettings.Kafka;
import dev.custos.connectors.config.SourceSettings.KafkaLogin;
import dev.custos.connectors.config.SourceSettings.RabbitMq;
import dev.custos.policies.purpose.PolicyPacks;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrokerSourceConfigTest {

  private final ConnectorConfigLoader loader = new ConnectorConfigLoader(PolicyPacks.gdpr());

  private static final String MAPPING =
      """
      mapping:
        sourceKey: id
        sourceVersion: $messageId
        fields:
          name: {column: name, class: identifier, required: true}
      """;

  static final String RABBITMQ =
      """
      id: crm-events
      kind: rabbitmq
      recordKind: contact
      collectedFor: [service-delivery]
      schedule: PT5S
      source:
        url: amqps://mq.example.com:5671/crm
        queue: crm.customer-events
        user: custos
        password: {file: /etc/custos/rabbitmq-password}
        batchSize: 200
      """
          + MAPPING;

  static final String KAFKA =
      """
      id: feedback-events
      kind: kafka
      recordKind: feedback
      collectedFor: [service-delivery]
      schedule: PT5S
      source:
        bootstrapServers: [kafka1.example.com:9093, kafka2.example.com:9093]
        topic: feedback.events
        consumerGroup: custos-feedback
        login: {mechanism: SCRAM-SHA-256, user: custos, password: {env: KAFKA_PASSWORD}}
      """
          + MAPPING;

  @Test
  void readsARabbitMqConnector() {
    ConnectorConfig config = loader.parse("crm-events.yaml", RABBITMQ);

    assertThat(config.kind()).isEqualTo(ConnectorKind.RABBITMQ);
    assertThat(config.source())
        .isEqualTo(
            new RabbitMq(
                URI.create("amqps://mq.example.com:5671/crm"),
                "crm.customer-events",
                "custos",
                new SecretReference.FromFile(Path.of("/etc/custos/rabbitmq-password")),
                200));
    assertThat(config.mapping().sourceVersion()).isEqualTo("$messageId");
  }

  @Test
  void readsAKafkaConnectorWithTlsAndASaslLoginByDefault() {
    ConnectorConfig config = loader.parse("feedback-events.yaml", KAFKA);

    assertThat(config.kind()).isEqualTo(ConnectorKind.KAFKA);
    assertThat(config.source())
        .isEqualTo(
            new Kafka(
                List.of("kafka1.example.com:9093", "kafka2.example.com:9093"),
                "feedback.events",
                "custos-feedback",
                true,
                Optional.of(
                    new KafkaLogin(
                        "SCRAM-SHA-256", "custos", new SecretReference.FromEnv("KAFKA_PASSWORD"))),
                SourceReader.DEFAULT_PAGE_SIZE));
  }

  @Test
  void refusesCredentialsInTheUrlALiteralPasswordAndPlainAmqpToAnotherHost() {
    String yaml =
        RABBITMQ
            .replace("amqps://mq.example.com:5671/crm", "amqp://custos:pw@mq.example.com/crm")
            .replace("{file: /etc/custos/rabbitmq-password}", "s3cr3t");

    assertThatThrownBy(() -> loader.parse("crm-events.yaml", yaml))
        .isInstanceOf(InvalidConnectorConfigException.class)
        .hasMessageContaining(
            "crm-events.yaml:7: source.url: expected a URL such as amqps://mq.example.com:5671/crm"
                + " without user or query (give user: and password: apart);"
                + " plain amqp only for 127.0.0.1 or localhost")
        .hasMessageContaining("source.password: a literal password is refused")
        .hasMessageNotContaining("s3cr3t")
        .hasMessageNotContaining(":pw@");
  }

  @Test
  void refusesPlainKafkaToAnotherHostABadServerAndAnUnknownMechanism() {
    String yaml =
        KAFKA
            .replace(
                "consumerGroup: custos-feedback", "consumerGroup: custos-feedback\n  tls: false")
            .replace("SCRAM-SHA-256", "GSSAPI");

    assertThatThrownBy(() -> loader.parse("feedback-events.yaml", yaml))
        .isInstanceOf(InvalidConnectorConfigException.class)
        .hasMessageContaining("source.login.mechanism: unknown SASL mechanism");

    String plain =
        KAFKA.replace(
            "consumerGroup: custos-feedback", "consumerGroup: custos-feedback\n  tls: false");
    assertThatThrownBy(() -> loader.parse("feedback-events.yaml", plain))
        .isInstanceOf(InvalidConnectorConfigException.class)
        .hasMessageContaining("source.tls: tls: false is accepted for 127.0.0.1 or localhost only");

    String badServer = KAFKA.replace("kafka2.example.com:9093", "kafka2.example.com");
    assertThatThrownBy(() -> loader.parse("feedback-events.yaml", badServer))
        .isInstanceOf(InvalidConnectorConfigException.class)
        .hasMessageContaining(
            "source.bootstrapServers: expected host:port entries such as kafka1.example.com:9093");
  }

  @Test
  void namesMissingQueueTopicAndGroup() {
    String rabbit = RABBITMQ.replace("  queue: crm.customer-events\n", "");
    assertThatThrownBy(() -> loader.parse("crm-events.yaml", rabbit))
        .isInstanceOf(InvalidConnectorConfigException.class)
        .hasMessageContaining("source.queue");

    String kafka =
        KAFKA.replace("  topic: feedback.events\n", "").replace("custos-feedback", "bad group");
    assertThatThrownBy(() -> loader.parse("feedback-events.yaml", kafka))
        .isInstanceOf(InvalidConnectorConfigException.class)
        .hasMessageContaining("source.topic")
        .hasMessageContaining("source.consumerGroup: expected a consumer group id");
  }
}
