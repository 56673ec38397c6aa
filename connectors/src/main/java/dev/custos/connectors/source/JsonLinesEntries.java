package dev.custos.connectors.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.connectors.ingest.SourceEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads JSON Lines: one JSON object per line. A line that is not a JSON object is quarantined;
 * nested objects and lists are passed on for the mapping to refuse, field by field.
 */
final class JsonLinesEntries {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String file;
  private final BufferedReader reader;
  private int line;

  JsonLinesEntries(String file, BufferedReader reader) {
    this.file = file;
    this.reader = reader;
  }

  Optional<SourceEntry> next() {
    String text;
    do {
      text = readLine();
      line++;
    } while (text != null && text.isBlank());
    if (text == null) {
      return Optional.empty();
    }
    String position = file + ":" + line;
    if (Undecodable.in(text)) {
      return Optional.of(
          new SourceEntry.Malformed(position, text, "line " + line + ": " + Undecodable.PROBLEM));
    }
    try {
      JsonNode node =
          JSON.readTree(line == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text);
      if (!node.isObject()) {
        return Optional.of(
            new SourceEntry.Malformed(position, text, "line " + line + ": not a JSON object"));
      }
      Map<String, Object> values = new LinkedHashMap<>();
      node.properties().forEach(e -> values.put(e.getKey(), value(e.getValue())));
      return Optional.of(new SourceEntry.Row(position, values));
    } catch (JsonProcessingException e) {
      return Optional.of(
          new SourceEntry.Malformed(position, text, "line " + line + ": not valid JSON"));
    }
  }

  static Object value(JsonNode node) {
    if (node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.isArray() ? List.of(node) : Map.of("object", node);
  }

  private String readLine() {
    try {
      return reader.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
