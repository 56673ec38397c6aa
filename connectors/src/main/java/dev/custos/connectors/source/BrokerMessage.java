package dev.custos.connectors.source;

import java.util.Map;
import java.util.Objects;

/**
 * One message taken from a broker and not yet acknowledged.
 *
 * @param position where the message is, such as {@code contacts:2@1041} (topic, partition, offset)
 *     or a queue and message id; names it in quarantine, never data
 * @param body the message as sent: a JSON object in UTF-8
 * @param metadata what the broker knows of the message (message id, key, partition, offset), as
 *     extra columns whose names start with {@code $}, so a mapping can use them as source key or
 *     version
 */
public record BrokerMessage(String position, byte[] body, Map<String, Object> metadata) {

  public BrokerMessage {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(body, "body");
    metadata = Map.copyOf(metadata);
  }

  @Override
  public String toString() {
    return "BrokerMessage[" + position + ", " + body.length + " bytes]";
  }
}
