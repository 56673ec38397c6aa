package dev.custos.connectors.config;

import dev.custos.connectors.config.SourceSettings.Kafka;
import dev.custos.connectors.config.SourceSettings.KafkaLogin;
import dev.custos.connectors.config.SourceSettings.RabbitMq;
import dev.custos.policies.yaml.YamlMap;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the {@code source} section of a {@code rabbitmq} or {@code kafka} connector. */
final class BrokerSourceReader {

  static final Set<String> RABBITMQ_KEYS = Set.of("url", "queue", "user", "password", "batchSize");
  static final Set<String> KAFKA_KEYS =
      Set.of("bootstrapServers", "topic", "consumerGroup", "tls", "login", "batchSize");

  /** Queue names: printable, no control characters; RabbitMQ allows up to 255 bytes. */
  private static final Pattern QUEUE = Pattern.compile("[\\p{L}\\p{N}._:/\\-]{1,200}");

  /** Kafka's own rule for topic names (and a sane one for group ids). */
  private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9._\\-]{1,249}");

  private static final Pattern HOST_PORT = Pattern.compile("[A-Za-z0-9.\\-]+:[0-9]{1,5}");
  private static final Set<String> MECHANISMS = Set.of("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512");

  private BrokerSourceReader() {}

  static Optional<RabbitMq> rabbitMq(YamlMap source) {
    Optional<URI> url = amqpUrl(source);
    Optional<String> queue =
        named(source, "queue", QUEUE, "a queue name of letters, digits, . _ : / and -");
    Optional<String> user = source.text("user", "the broker user");
    Optional<SecretReference> password = SourceReader.secret(source, "password");
    int batchSize = batchSize(source);
    if (url.isEmpty() || queue.isEmpty() || user.isEmpty() || password.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RabbitMq(url.get(), queue.get(), user.get(), password.get(), batchSize));
  }

  static Optional<Kafka> kafka(YamlMap source) {
    Optional<List<String>> servers = servers(source);
    Optional<String> topic =
        named(source, "topic", TOPIC, "a topic name of letters, digits, . _ -");
    Optional<String> group =
        named(source, "consumerGroup", TOPIC, "a consumer group id of letters, digits, . _ -");
    boolean tls = source.optionalBool("tls").orElse(true);
    Optional<KafkaLogin> login = source.has("login") ? login(source) : Optional.empty();
    boolean loginValid = !source.has("login") || login.isPresent();
    int batchSize = batchSize(source);
    if (servers.isEmpty() || topic.isEmpty() || group.isEmpty() || !loginValid) {
      return Optional.empty();
    }
    if (!tls && !servers.get().stream().allMatch(BrokerSourceReader::loopback)) {
      source.problem(
          source.entries().get("tls"),
          "tls",
          "tls: false is accepted for 127.0.0.1 or localhost only; messages hold personal data");
      return Optional.empty();
    }
    return Optional.of(new Kafka(servers.get(), topic.get(), group.get(), tls, login, batchSize));
  }

  /** Credentials and personal data cross the network: plain AMQP only to this machine. */
  private static Optional<URI> amqpUrl(YamlMap source) {
    return SourceUrls.read(
        source,
        "url",
        "amqps",
        "amqp",
        "amqps://mq.example.com:5671/crm",
        " (give user: and password: apart)");
  }

  private static Optional<List<String>> servers(YamlMap source) {
    return source
        .textList("bootstrapServers", "host:port of the brokers")
        .filter(
            list -> {
              boolean valid = list.stream().allMatch(s -> HOST_PORT.matcher(s).matches());
              if (!valid) {
                source.problem(
                    source.entries().get("bootstrapServers"),
                    "bootstrapServers",
                    "expected host:port entries such as kafka1.example.com:9093");
              }
              return valid;
            });
  }

  private static Optional<KafkaLogin> login(YamlMap source) {
    return source
        .map("login", Set.of("mechanism", "user", "password"))
        .flatMap(
            login -> {
              String mechanism = login.optionalText("mechanism", "a SASL mechanism").orElse("");
              boolean known = mechanism.isEmpty() || MECHANISMS.contains(mechanism);
              if (!known) {
                login.problem(
                    login.entries().get("mechanism"),
                    "mechanism",
                    "unknown SASL mechanism; expected one of PLAIN, SCRAM-SHA-256, SCRAM-SHA-512");
              }
              Optional<String> user = login.text("user", "the SASL user");
              Optional<SecretReference> password = SourceReader.secret(login, "password");
              if (!known || user.isEmpty() || password.isEmpty()) {
                return Optional.empty();
              }
              return Optional.of(
                  new KafkaLogin(
                      mechanism.isEmpty() ? "SCRAM-SHA-512" : mechanism,
                      user.get(),
                      password.get()));
            });
  }

  private static Optional<String> named(
      YamlMap source, String key, Pattern pattern, String expected) {
    return source
        .text(key, expected)
        .filter(
            text -> {
              boolean valid = pattern.matcher(text).matches();
              if (!valid) {
                source.problem(source.entries().get(key), key, "expected " + expected);
              }
              return valid;
            });
  }

  private static int batchSize(YamlMap source) {
    return source
        .optionalInt("batchSize", SourceReader.MAX_PAGE_SIZE)
        .orElse(SourceReader.DEFAULT_PAGE_SIZE);
  }

  private static boolean loopback(String hostPort) {
    return SourceUrls.LOOPBACK.contains(hostPort.substring(0, hostPort.lastIndexOf(':')));
  }
}
