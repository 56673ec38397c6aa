package dev.custos.connectors.source;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.connectors.ingest.SourceEntry;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Items of a JSON API as source entries. Nested objects are flattened to dotted names ({@code
 * address.city}) so a mapping can name them; lists are passed on for the mapping to refuse.
 */
final class JsonItems {

  /**
   * Orders updated-since values: as instants when both are ISO-8601 date-times (whose text order
   * breaks with fractions of seconds or offsets), as numbers when both are, else as text.
   */
  static final Comparator<String> UPDATED_ORDER = JsonItems::compareUpdated;

  private JsonItems() {}

  /** The node at a dotted path, or a missing node. */
  static JsonNode at(JsonNode root, String dottedPath) {
    JsonNode node = root;
    for (String part : dottedPath.split("\\.")) {
      node = node.path(part);
    }
    return node;
  }

  /** A non-blank text or number at a dotted path. */
  static Optional<String> text(JsonNode root, String dottedPath) {
    JsonNode node = at(root, dottedPath);
    if (node.isTextual() || node.isNumber()) {
      return Optional.of(node.asText()).filter(t -> !t.isBlank());
    }
    return Optional.empty();
  }

  static SourceEntry entry(String position, JsonNode item) {
    if (!item.isObject()) {
      return new SourceEntry.Malformed(position, item.toString(), position + ": not a JSON object");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    flatten("", item, values);
    return new SourceEntry.Row(position, values);
  }

  private static void flatten(String prefix, JsonNode object, Map<String, Object> values) {
    object
        .properties()
        .forEach(
            e -> {
              String name = prefix + e.getKey();
              if (e.getValue().isObject()) {
                flatten(name + ".", e.getValue(), values);
              } else {
                values.put(name, JsonLinesEntries.value(e.getValue()));
              }
            });
  }

  private static int compareUpdated(String a, String b) {
    try {
      return OffsetDateTime.parse(a).toInstant().compareTo(OffsetDateTime.parse(b).toInstant());
    } catch (DateTimeParseException notDateTimes) {
      try {
        return new BigDecimal(a).compareTo(new BigDecimal(b));
      } catch (NumberFormatException notNumbers) {
        return a.compareTo(b);
      }
    }
  }
}
