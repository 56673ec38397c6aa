package dev.custos.policies.purpose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping that stands for one object of a pack, read field by field. Every read either
 * yields a value or records a located problem and yields empty, so that one pass over a file
 * reports everything that is wrong with it.
 */
final class YamlObject {

  private static final int QUOTE_LIMIT = 60;

  private final MappingNode node;
  private final String path;
  private final Map<String, Node> values;
  private final Problems problems;

  private YamlObject(MappingNode node, String path, Map<String, Node> values, Problems problems) {
    this.node = node;
    this.path = path;
    this.values = values;
    this.problems = problems;
  }

  /**
   * Reads a node as an object with the given keys, reporting keys that are unknown, repeated or not
   * text. The object is returned even when some keys were rejected, so its other fields are still
   * checked.
   */
  static Optional<YamlObject> read(Node node, String path, List<String> keys, Problems problems) {
    if (!(node instanceof MappingNode mapping)) {
      problems.add(
          node,
          fieldName(path),
          "expected a mapping with keys " + String.join(", ", keys) + found(node));
      return Optional.empty();
    }
    Map<String, Node> values = new LinkedHashMap<>();
    Map<String, Node> keyNodes = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode scalar) || !Tag.STR.equals(scalar.getTag())) {
        problems.add(keyNode, fieldName(path), "expected text keys" + found(keyNode));
        continue;
      }
      String key = scalar.getValue();
      String field = child(path, key);
      if (!keys.contains(key)) {
        problems.add(keyNode, field, "unknown key; expected one of " + String.join(", ", keys));
      } else if (keyNodes.containsKey(key)) {
        problems.add(
            keyNode,
            field,
            "duplicate key; already given on line " + Problems.line(keyNodes.get(key)));
      } else {
        keyNodes.put(key, keyNode);
        values.put(key, tuple.getValueNode());
      }
    }
    return Optional.of(new YamlObject(mapping, path, values, problems));
  }

  /** The path of a field of this object. */
  String field(String key) {
    return child(path, key);
  }

  /** The value node of a key, if given; the mapping itself otherwise (to locate a problem). */
  Node at(String key) {
    return values.getOrDefault(key, node);
  }

  /** The value of a required key, or empty after reporting it missing and what it should be. */
  Optional<Node> required(String key, String expected) {
    Node value = values.get(key);
    if (value == null) {
      problems.add(node, field(key), "missing required key; expected " + expected);
    }
    return Optional.ofNullable(value);
  }

  /** A required key whose value is non-blank text. */
  Optional<String> text(String key) {
    return text(key, "text");
  }

  /** A required key whose value is non-blank text; {@code expected} says what text if missing. */
  Optional<String> text(String key, String expected) {
    return required(key, expected).flatMap(value -> text(value, field(key), problems));
  }

  /** A required key whose value is an integer of at least one. */
  Optional<Integer> positiveInteger(String key) {
    return required(key, "a positive integer")
        .flatMap(
            value -> {
              if (value instanceof ScalarNode scalar && Tag.INT.equals(scalar.getTag())) {
                Optional<Integer> parsed = parsePositive(scalar.getValue());
                if (parsed.isPresent()) {
                  return parsed;
                }
              }
              problems.add(value, field(key), "expected a positive integer" + found(value));
              return Optional.empty();
            });
  }

  /** A required key whose value is {@code true} or {@code false}. */
  Optional<Boolean> bool(String key) {
    return required(key, "true or false")
        .flatMap(
            value -> {
              if (value instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
                return Optional.of(Boolean.parseBoolean(scalar.getValue()));
              }
              problems.add(value, field(key), "expected true or false" + found(value));
              return Optional.empty();
            });
  }

  /** A required key whose value is a list; {@code expected} says of what. */
  Optional<List<Node>> list(String key, String expected) {
    return required(key, expected)
        .flatMap(
            value -> {
              if (value instanceof SequenceNode sequence) {
                return Optional.of(sequence.getValue());
              }
              problems.add(value, field(key), "expected " + expected + found(value));
              return Optional.empty();
            });
  }

  /** A required key whose value is an object with the given keys. */
  Optional<YamlObject> object(String key, List<String> keys) {
    return required(key, "a mapping with keys " + String.join(", ", keys))
        .flatMap(value -> read(value, field(key), keys, problems));
  }

  /** A node read as non-blank text, or empty after reporting what was found instead. */
  static Optional<String> text(Node value, String field, Problems problems) {
    if (value instanceof ScalarNode scalar
        && Tag.STR.equals(scalar.getTag())
        && !scalar.getValue().isBlank()) {
      return Optional.of(scalar.getValue());
    }
    problems.add(value, field, "expected text" + found(value));
    return Optional.empty();
  }

  /** The path of an element of a list field. */
  static String element(String listField, int index) {
    return listField + "[" + index + "]";
  }

  private static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String fieldName(String path) {
    return path.isEmpty() ? "(pack)" : path;
  }

  private static Optional<Integer> parsePositive(String digits) {
    int length = digits.length();
    if (length == 0 || length > 9) {
      return Optional.empty();
    }
    int value = 0;
    for (int i = 0; i < length; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
      value = value * 10 + (c - '0');
    }
    return value >= 1 ? Optional.of(value) : Optional.empty();
  }

  /** Says what was found instead of the expected value; pack content, never personal data. */
  private static String found(Node value) {
    if (value instanceof MappingNode) {
      return " but found a mapping";
    }
    if (value instanceof SequenceNode) {
      return " but found a list";
    }
    ScalarNode scalar = (ScalarNode) value;
    if (Tag.NULL.equals(scalar.getTag())) {
      return " but found nothing";
    }
    String text = scalar.getValue();
    if (text.isBlank()) {
      return " but found blank text";
    }
    return " but found '"
        + (text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT) + "…" : text)
        + "'";
  }
}
