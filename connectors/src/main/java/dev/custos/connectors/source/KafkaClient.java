package dev.custos.connectors.source;

import dev.custos.connectors.config.SourceSettings.Kafka;
import dev.custos.connectors.config.SourceSettings.KafkaLogin;
import dev.custos.connectors.ingest.ConnectorException;
import dev.custos.connectors.ingest.SourceRefusedException;
import dev.custos.connectors.ingest.SourceUnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * A Kafka topic read by a consumer group with automatic commits off: the offsets after a batch are
 * committed (synchronously) only once its records are stored. Kafka's consumer does not fail while
 * the brokers are down, it waits; so a fetch that finds nothing asks the brokers for their topics,
 * which fails within the timeout when they cannot be reached.
 */
final class KafkaClient implements BrokerClient {

  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final String connectorId;
  private final Kafka settings;
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Map<TopicPartition, OffsetAndMetadata> pending = new HashMap<>();

  private KafkaClient(String connectorId, Kafka settings, KafkaConsumer<byte[], byte[]> consumer) {
    this.connectorId = connectorId;
    this.settings = settings;
    this.consumer = consumer;
  }

  static KafkaClient open(String connectorId, Kafka settings, Map<String, String> env) {
    Properties properties = properties(connectorId, settings, env);
    KafkaConsumer<byte[], byte[]> consumer;
    try {
      consumer =
          new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    } catch (KafkaException e) {
      throw unavailable(connectorId, "could not reach its Kafka brokers", e);
    }
    consumer.subscribe(List.of(settings.topic()));
    return new KafkaClient(connectorId, settings, consumer);
  }

  @Override
  public List<BrokerMessage> fetch(int max, Duration wait) {
    pending.clear();
    ConsumerRecords<byte[], byte[]> records;
    try {
      records = consumer.poll(wait);
      if (records.isEmpty()) {
        checkTopic();
        return List.of();
      }
    } catch (AuthenticationException | AuthorizationException e) {
      throw new SourceRefusedException(
          "Connector "
              + connectorId
              + ": its Kafka brokers refused access ("
              + e.getClass().getSimpleName()
              + "); check the connector's login, topic and consumer group");
    } catch (KafkaException e) {
      throw unavailable(connectorId, "could not read from its Kafka brokers", e);
    }
    List<BrokerMessage> batch = new ArrayList<>(records.count());
    for (ConsumerRecord<byte[], byte[]> record : records) {
      batch.add(message(record));
      pending.put(
          new TopicPartition(record.topic(), record.partition()),
          new OffsetAndMetadata(record.offset() + 1));
    }
    return batch;
  }

  @Override
  public void acknowledge(List<BrokerMessage> batch) {
    if (pending.isEmpty()) {
      return;
    }
    try {
      consumer.commitSync(pending, TIMEOUT);
      pending.clear();
    } catch (KafkaException e) {
      throw unavailable(
          connectorId,
          "could not commit the offsets of a stored batch; Kafka delivers it again"
              + " and its records are recognised as duplicates",
          e);
    }
  }

  @Override
  public void close() {
    try {
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    } catch (KafkaException | IllegalStateException e) {
      // Uncommitted records are delivered again to the group's next consumer either way.
    }
  }

  /** Asks the brokers for their topics: fails when none can be reached within the timeout. */
  private void checkTopic() {
    if (!consumer.listTopics(TIMEOUT).containsKey(settings.topic())) {
      throw new SourceRefusedException(
          "Connector "
              + connectorId
              + ": its Kafka topic "
              + settings.topic()
              + " does not exist; create it or correct the connector's topic");
    }
  }

  private static BrokerMessage message(ConsumerRecord<byte[], byte[]> record) {
    String position = record.partition() + "@" + record.offset();
    Map<String, Object> metadata = new HashMap<>();
    metadata.put("$partition", record.partition());
    metadata.put("$offset", record.offset());
    metadata.put("$position", position);
    metadata.put("$timestamp", Instant.ofEpochMilli(record.timestamp()).toString());
    if (record.key() != null) {
      metadata.put("$key", new String(record.key(), StandardCharsets.UTF_8));
    }
    byte[] body = record.value() == null ? new byte[0] : record.value();
    return new BrokerMessage(record.topic() + ":" + position, body, metadata);
  }

  private static Properties properties(
      String connectorId, Kafka settings, Map<String, String> env) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", settings.bootstrapServers()));
    p.put(ConsumerConfig.GROUP_ID_CONFIG, settings.consumerGroup());
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "custos-" + connectorId);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(settings.pageSize()));
    p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, String.valueOf(TIMEOUT.toMillis()));
    p.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(TIMEOUT.toMillis()));
    p.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "2000");
    // A consumer that died with its broker (and could not leave the group) holds up the group's
    // next rebalance until its session expires: 10 s rather than the default 45 s.
    p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "10000");
    p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, "3000");
    String protocol =
        (settings.login().isPresent() ? "SASL_" : "") + (settings.tls() ? "SSL" : "PLAINTEXT");
    p.put("security.protocol", protocol);
    settings.login().ifPresent(login -> sasl(p, login, env));
    return p;
  }

  private static void sasl(Properties p, KafkaLogin login, Map<String, String> env) {
    String password;
    try {
      password = login.password().read(env);
    } catch (IllegalStateException e) {
      // Its message names the file or variable, never the secret: safe to show an admin.
      throw new ConnectorException(e.getMessage(), e);
    }
    String module =
        login.mechanism().equals("PLAIN")
            ? "org.apache.kafka.common.security.plain.PlainLoginModule"
            : "org.apache.kafka.common.security.scram.ScramLoginModule";
    p.put("sasl.mechanism", login.mechanism());
    p.put(
        "sasl.jaas.config",
        module
            + " required username=\""
            + quoted(login.user())
            + "\" password=\""
            + quoted(password)
            + "\";");
  }

  private static String quoted(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static SourceUnavailableException unavailable(
      String connectorId, String what, Exception cause) {
    return new SourceUnavailableException(
        "Connector " + connectorId + " " + what + " (" + cause.getClass().getSimpleName() + ")",
        cause);
  }
}
