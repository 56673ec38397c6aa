package dev.custos.server.testing;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The broker connectors of the test server: a rabbitmq one on a queue of this run when {@code
 * CUSTOS_TEST_RABBITMQ_URL} names a broker, and a kafka one whose broker is never there, which
 * shows that the Kafka client loads and fails cleanly inside the server.
 */
public final class BrokerConnectors {

  public static final String RABBITMQ_CONNECTOR = "crm-events-rabbitmq";
  public static final String KAFKA_CONNECTOR = "crm-events-kafka";

  /** The queue of the rabbitmq connector, the same for the whole test run. */
  public static final String QUEUE = "custos-it-" + ProcessHandle.current().pid();

  private BrokerConnectors() {}

  /** The broker the RabbitMQ tests use, if one is named. */
  public static Optional<URI> rabbitMq() {
    return Optional.ofNullable(System.getenv("CUSTOS_TEST_RABBITMQ_URL"))
        .filter(url -> !url.isBlank())
        .map(URI::create);
  }

  /** An admin connection to the test broker; the caller closes it. */
  public static Connection connect(URI broker) {
    try {
      ConnectionFactory factory = new ConnectionFactory();
      factory.setUri(broker);
      return factory.newConnection("custos-it-admin");
    } catch (Exception e) {
      throw new IllegalStateException("Cannot connect to the test RabbitMQ broker", e);
    }
  }

  static void write(Path connectors) throws IOException {
    Files.writeString(connectors.resolve(KAFKA_CONNECTOR + ".yaml"), kafka(closedPort()));
    Optional<URI> broker = rabbitMq();
    if (broker.isEmpty()) {
      return;
    }
    try (Connection connection = connect(broker.get())) {
      Channel channel = connection.createChannel();
      channel.queueDelete(QUEUE);
      channel.queueDeclare(QUEUE, false, false, false, null);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot declare the test queue", e);
    }
    String[] login = broker.get().getUserInfo().split(":", 2);
    Path password = connectors.getParent().resolve("rabbitmq-password");
    Files.writeString(password, login[1], StandardCharsets.UTF_8);
    Files.writeString(
        connectors.resolve(RABBITMQ_CONNECTOR + ".yaml"),
        """
        id: %s
        kind: rabbitmq
        recordKind: contact
        collectedFor: [service-delivery, feedback-analysis]
        schedule: PT5S
        source:
          url: amqp://%s:%d
          queue: %s
          user: %s
          password: {file: %s}
          batchSize: 100
        mapping:
          sourceKey: id
          sourceVersion: $messageId
          fields:
            name:  {column: name, class: identifier, required: true, maxLength: 200}
            email: {column: contact.email, class: contact, index: email}
            note:  {column: note, class: free-text, maxLength: 2000}
        """
            .formatted(
                RABBITMQ_CONNECTOR,
                broker.get().getHost(),
                broker.get().getPort() > 0 ? broker.get().getPort() : 5672,
                QUEUE,
                login[0],
                password));
  }

  private static String kafka(int port) {
    return """
        id: %s
        kind: kafka
        recordKind: feedback
        collectedFor: [service-delivery]
        schedule: PT30S
        source:
          bootstrapServers: [127.0.0.1:%d]
          topic: feedback-events
          consumerGroup: custos-it
          tls: false
        mapping:
          sourceKey: $position
          sourceVersion: $position
          fields:
            comment: {column: comment, class: free-text, maxLength: 2000}
        """
        .formatted(KAFKA_CONNECTOR, port);
  }

  /** A loopback port nothing listens on. */
  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
