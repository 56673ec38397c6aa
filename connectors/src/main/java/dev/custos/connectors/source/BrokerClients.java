package dev.custos.connectors.source;

import dev.custos.connectors.config.ConnectorConfig;
import dev.custos.connectors.config.SourceSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Opens the broker client of a {@code rabbitmq} or {@code kafka} connector. */
public final class BrokerClients {

  /** How long a run waits for the first message of a batch before it ends. */
  static final Duration WAIT = Duration.ofMillis(500);

  private BrokerClients() {}

  /** The drain of a broker connector; empty for the other kinds. */
  public static Optional<BrokerDrain> drain(
      ConnectorConfig config, Map<String, String> environment) {
    Map<String, String> env = Map.copyOf(environment);
    return switch (config.source()) {
      case SourceSettings.RabbitMq rabbit ->
          Optional.of(
              new BrokerDrain(
                  rabbit.pageSize(), WAIT, () -> RabbitMqClient.open(config.id(), rabbit, env)));
      case SourceSettings.Kafka kafka ->
          Optional.of(
              new BrokerDrain(
                  kafka.pageSize(), WAIT, () -> KafkaClient.open(config.id(), kafka, env)));
      default -> Optional.empty();
    };
  }
}
