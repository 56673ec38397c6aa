package dev.custos.connectors.config;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a connector reaches its source. */
public enum ConnectorKind {
  /** Reads new and changed rows of a database table or query, page by page after a watermark. */
  DATABASE_POLL("database-poll"),
  /** Takes files (CSV or JSON Lines) dropped in a directory, then moves them aside. */
  FILE_DROP("file-drop"),
  /** Polls a paged JSON API over HTTP, page by page after a cursor or an updated-since value. */
  REST_POLL("rest-poll"),
  /** Consumes JSON messages from a RabbitMQ queue, acknowledged once their records are stored. */
  RABBITMQ("rabbitmq"),
  /** Consumes JSON messages from a Kafka topic, offsets committed once their records are stored. */
  KAFKA("kafka");

  private final String id;

  ConnectorKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<ConnectorKind> fromId(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }

  static String allIds() {
    return Arrays.stream(values()).map(ConnectorKind::id).collect(Collectors.joining(", "));
  }
}
