package dev.custos.connectors.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.connectors.ingest.SourceEntry;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a broker message into a source entry: its JSON object body as a row (nested objects
 * flattened to dotted names, as REST items are) plus the broker's metadata columns; a body that is
 * not UTF-8 JSON of an object is malformed and goes to quarantine with its reason.
 */
final class MessageEntries {

  private static final ObjectMapper JSON = new ObjectMapper();

  private MessageEntries() {}

  static SourceEntry entry(BrokerMessage message) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(message.body()))
              .toString();
    } catch (CharacterCodingException e) {
      return new SourceEntry.Malformed(
          message.position(),
          new String(message.body(), StandardCharsets.ISO_8859_1),
          message.position() + ": the message body is not UTF-8 text");
    }
    JsonNode node;
    try {
      node = JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (JsonProcessingException e) {
      return new SourceEntry.Malformed(
          message.position(), text, message.position() + ": the message body is not valid JSON");
    }
    if (node == null || !node.isObject()) {
      return new SourceEntry.Malformed(
          message.position(), text, message.position() + ": the message body is not a JSON object");
    }
    SourceEntry entry = JsonItems.entry(message.position(), node);
    if (!(entry instanceof SourceEntry.Row row) || message.metadata().isEmpty()) {
      return entry;
    }
    Map<String, Object> values = new LinkedHashMap<>(row.values());
    values.putAll(message.metadata());
    return new SourceEntry.Row(row.position(), values);
  }
}
