package dev.custos.connectors.source;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.Delivery;
import com.rabbitmq.client.PossibleAuthenticationFailureException;
import com.rabbitmq.client.ShutdownSignalException;
import dev.custos.connectors.config.SourceSettings.RabbitMq;
import dev.custos.connectors.ingest.ConnectorException;
import dev.custos.connectors.ingest.SourceRefusedException;
import dev.custos.connectors.ingest.SourceUnavailableException;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * A RabbitMQ queue consumed with manual acknowledgement. The broker sends at most one batch ahead
 * (the prefetch is the batch size); a batch is acknowledged in one {@code basic.ack} with {@code
 * multiple}. Closing the connection, or losing it, returns every unacknowledged message to the
 * queue. With {@code amqps} the server's certificate and host name are checked against the JVM's
 * trust store (the client's own {@code amqps} default would trust any certificate).
 */
final class RabbitMqClient implements BrokerClient {

  /** After the first message of a batch, how long to wait for each further one. */
  private static final long LINGER_MILLIS = 20;

  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:\\-]{1,100}");

  private final String connectorId;
  private final RabbitMq settings;
  private final Connection connection;
  private final Channel channel;
  private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
  private long lastTag = -1;

  private RabbitMqClient(
      String connectorId, RabbitMq settings, Connection connection, Channel channel) {
    this.connectorId = connectorId;
    this.settings = settings;
    this.connection = connection;
    this.channel = channel;
  }

  static RabbitMqClient open(String connectorId, RabbitMq settings, Map<String, String> env) {
    ConnectionFactory factory = factory(connectorId, settings, env);
    Connection connection;
    try {
      connection = factory.newConnection("custos-" + connectorId);
    } catch (PossibleAuthenticationFailureException e) {
      throw new SourceRefusedException(
          "Connector "
              + connectorId
              + ": its RabbitMQ broker refused the login; check the connector's user and password");
    } catch (IOException | TimeoutException e) {
      throw unavailable(connectorId, "could not reach its RabbitMQ broker", e);
    }
    try {
      Channel channel = connection.createChannel();
      channel.basicQos(settings.pageSize());
      RabbitMqClient client = new RabbitMqClient(connectorId, settings, connection, channel);
      channel.basicConsume(
          settings.queue(), false, (tag, delivery) -> client.deliveries.add(delivery), tag -> {});
      return client;
    } catch (IOException | RuntimeException e) {
      close(connection);
      if (e.getCause() instanceof ShutdownSignalException signal && notFound(signal)) {
        throw new SourceRefusedException(
            "Connector "
                + connectorId
                + ": its RabbitMQ queue "
                + settings.queue()
                + " does not exist; create it or correct the connector's queue");
      }
      throw unavailable(connectorId, "could not consume from its RabbitMQ queue", e);
    }
  }

  @Override
  public List<BrokerMessage> fetch(int max, Duration wait) {
    List<BrokerMessage> batch = new ArrayList<>();
    try {
      Delivery delivery = deliveries.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
      while (delivery != null) {
        batch.add(message(delivery));
        lastTag = delivery.getEnvelope().getDeliveryTag();
        delivery =
            batch.size() < max ? deliveries.poll(LINGER_MILLIS, TimeUnit.MILLISECONDS) : null;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceUnavailableException("Connector " + connectorId + " was interrupted", e);
    }
    if (batch.isEmpty() && !channel.isOpen()) {
      throw new SourceUnavailableException(
          "Connector " + connectorId + " lost its connection to its RabbitMQ broker",
          new IOException("channel closed"));
    }
    return batch;
  }

  @Override
  public void acknowledge(List<BrokerMessage> batch) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      channel.basicAck(lastTag, true);
    } catch (IOException | RuntimeException e) {
      throw unavailable(
          connectorId,
          "could not acknowledge a stored batch; RabbitMQ delivers it again"
              + " and its records are recognised as duplicates",
          e);
    }
  }

  @Override
  public void close() {
    close(connection);
  }

  private BrokerMessage message(Delivery delivery) {
    AMQP.BasicProperties properties = delivery.getProperties();
    Map<String, Object> metadata = new HashMap<>();
    String messageId = properties == null ? null : properties.getMessageId();
    if (messageId != null) {
      metadata.put("$messageId", messageId);
    }
    if (properties != null && properties.getTimestamp() != null) {
      metadata.put("$timestamp", properties.getTimestamp().toInstant().toString());
    }
    // The message id names a quarantined message only when it cannot be data.
    String position =
        settings.queue()
            + ":"
            + (messageId != null && SAFE_ID.matcher(messageId).matches()
                ? messageId
                : "delivery-" + delivery.getEnvelope().getDeliveryTag());
    return new BrokerMessage(position, delivery.getBody(), metadata);
  }

  private static ConnectionFactory factory(
      String connectorId, RabbitMq settings, Map<String, String> env) {
    ConnectionFactory factory = new ConnectionFactory();
    boolean tls = settings.url().getScheme().equalsIgnoreCase("amqps");
    factory.setHost(settings.url().getHost());
    factory.setPort(settings.url().getPort() > 0 ? settings.url().getPort() : tls ? 5671 : 5672);
    factory.setVirtualHost(virtualHost(settings));
    factory.setUsername(settings.user());
    try {
      factory.setPassword(settings.password().read(env));
    } catch (IllegalStateException e) {
      // Its message names the file or variable, never the secret: safe to show an admin.
      throw new ConnectorException(e.getMessage(), e);
    }
    if (tls) {
      try {
        factory.useSslProtocol(SSLContext.getDefault());
      } catch (NoSuchAlgorithmException e) {
        throw new ConnectorException("Connector " + connectorId + ": no TLS available", e);
      }
      factory.enableHostnameVerification();
    }
    // The connector reconnects itself, at its next retry, and then resumes from the queue.
    factory.setAutomaticRecoveryEnabled(false);
    factory.setTopologyRecoveryEnabled(false);
    factory.setConnectionTimeout(10_000);
    factory.setRequestedHeartbeat(10);
    return factory;
  }

  /**
   * The path of the URL, decoded: {@code /crm} is {@code crm}; none or {@code %2F} is {@code /}.
   */
  private static String virtualHost(RabbitMq settings) {
    String path = settings.url().getRawPath();
    if (path == null || path.isEmpty() || path.equals("/")) {
      return "/";
    }
    return URLDecoder.decode(path.substring(1), StandardCharsets.UTF_8);
  }

  private static boolean notFound(ShutdownSignalException signal) {
    return signal.getReason() instanceof AMQP.Channel.Close close && close.getReplyCode() == 404;
  }

  private static SourceUnavailableException unavailable(
      String connectorId, String what, Exception cause) {
    return new SourceUnavailableException(
        "Connector " + connectorId + " " + what + " (" + cause.getClass().getSimpleName() + ")",
        cause);
  }

  private static void close(Connection connection) {
    try {
      if (connection.isOpen()) {
        connection.close(2_000);
      }
    } catch (IOException | RuntimeException e) {
      // Closing a broken connection fails; its unacknowledged messages are requeued either way.
    }
  }
}
