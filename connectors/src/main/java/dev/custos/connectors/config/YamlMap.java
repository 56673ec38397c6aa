package dev.custos.connectors.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping read key by key. Each read yields a value or records a located problem and yields
 * empty, so one pass reports everything wrong with a file. Messages never quote values.
 */
final class YamlMap {

  private final MappingNode node;
  private final String path;
  private final Map<String, Node> values;
  private final Problems problems;

  private YamlMap(MappingNode node, String path, Map<String, Node> values, Problems problems) {
    this.node = node;
    this.path = path;
    this.values = values;
    this.problems = problems;
  }

  /**
   * Reads a node as a mapping whose keys are among {@code keys} (any text key when {@code keys} is
   * empty), reporting unknown and repeated keys.
   */
  static Optional<YamlMap> read(Node node, String path, Set<String> keys, Problems problems) {
    if (!(node instanceof MappingNode mapping)) {
      problems.add(node, path, "expected a mapping" + found(node));
      return Optional.empty();
    }
    Map<String, Node> values = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key) || !Tag.STR.equals(key.getTag())) {
        problems.add(tuple.getKeyNode(), path, "expected text keys");
        continue;
      }
      String field = child(path, key.getValue());
      if (!keys.isEmpty() && !keys.contains(key.getValue())) {
        problems.add(key, field, "unknown key; expected one of " + String.join(", ", sorted(keys)));
      } else if (values.putIfAbsent(key.getValue(), tuple.getValueNode()) != null) {
        problems.add(key, field, "duplicate key");
      }
    }
    return Optional.of(new YamlMap(mapping, path, values, problems));
  }

  String field(String key) {
    return child(path, key);
  }

  Node node() {
    return node;
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  Map<String, Node> entries() {
    return values;
  }

  Optional<Node> required(String key, String expected) {
    Node value = values.get(key);
    if (value == null) {
      problems.add(node, field(key), "missing required key; expected " + expected);
    }
    return Optional.ofNullable(value);
  }

  Optional<String> text(String key, String expected) {
    return required(key, expected).flatMap(value -> text(value, field(key), expected));
  }

  Optional<String> optionalText(String key, String expected) {
    return Optional.ofNullable(values.get(key)).flatMap(v -> text(v, field(key), expected));
  }

  Optional<Boolean> optionalBool(String key) {
    Node value = values.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
      return Optional.of(Boolean.parseBoolean(scalar.getValue()));
    }
    problems.add(value, field(key), "expected true or false" + found(value));
    return Optional.empty();
  }

  /** An optional integer in [1, max]. */
  Optional<Integer> optionalInt(String key, int max) {
    Node value = values.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof ScalarNode scalar && Tag.INT.equals(scalar.getTag())) {
      try {
        int parsed = Integer.parseInt(scalar.getValue());
        if (parsed >= 1 && parsed <= max) {
          return Optional.of(parsed);
        }
      } catch (NumberFormatException e) {
        // Reported below like any other out-of-range value.
      }
    }
    problems.add(value, field(key), "expected an integer from 1 to " + max + found(value));
    return Optional.empty();
  }

  Optional<List<String>> textList(String key, String expected) {
    return required(key, "a list of " + expected)
        .flatMap(
            value -> {
              if (!(value instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
                problems.add(value, field(key), "expected a non-empty list of " + expected);
                return Optional.empty();
              }
              List<String> items = new ArrayList<>();
              for (Node item : sequence.getValue()) {
                text(item, field(key), expected).ifPresent(items::add);
              }
              return items.size() == sequence.getValue().size()
                  ? Optional.of(items)
                  : Optional.empty();
            });
  }

  Optional<YamlMap> map(String key, Set<String> keys) {
    return required(key, "a mapping").flatMap(value -> read(value, field(key), keys, problems));
  }

  Problems problems() {
    return problems;
  }

  void problem(Node at, String key, String message) {
    problems.add(at, field(key), message);
  }

  private Optional<String> text(Node value, String field, String expected) {
    if (value instanceof ScalarNode scalar
        && Tag.STR.equals(scalar.getTag())
        && !scalar.getValue().isBlank()) {
      return Optional.of(scalar.getValue());
    }
    problems.add(value, field, "expected " + expected + found(value));
    return Optional.empty();
  }

  private static String found(Node node) {
    if (node instanceof MappingNode) {
      return ", found a mapping";
    }
    if (node instanceof SequenceNode) {
      return ", found a list";
    }
    if (node instanceof ScalarNode scalar) {
      if (Tag.NULL.equals(scalar.getTag())) {
        return ", found nothing";
      }
      if (Tag.STR.equals(scalar.getTag())) {
        return scalar.getValue().isBlank() ? ", found blank text" : ", found text";
      }
      if (Tag.BOOL.equals(scalar.getTag())) {
        return ", found true or false";
      }
      return Tag.INT.equals(scalar.getTag()) || Tag.FLOAT.equals(scalar.getTag())
          ? ", found a number"
          : ", found another value";
    }
    return "";
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }

  private static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
