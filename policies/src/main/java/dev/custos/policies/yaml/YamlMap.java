package dev.custos.policies.yaml;

import java.util.ArrayList;
import java.util.Collection;
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
 * A YAML mapping read key by key. Every read either yields a value or records a located problem and
 * yields empty, so that one pass over a file reports everything that is wrong with it.
 */
public final class YamlMap {

  private final MappingNode node;
  private final String path;
  private final Map<String, Node> values;
  private final YamlProblems problems;

  private YamlMap(MappingNode node, String path, Map<String, Node> values, YamlProblems problems) {
    this.node = node;
    this.path = path;
    this.values = values;
    this.problems = problems;
  }

  /**
   * Reads a node as a mapping whose keys are among {@code keys} (any key when {@code keys} is
   * empty), reporting keys that are unknown, repeated or not usable as keys. The mapping is
   * returned even when some keys were rejected, so that its other fields are still checked; the
   * first of repeated keys wins.
   */
  public static Optional<YamlMap> read(
      Node node, String path, Collection<String> keys, YamlProblems problems) {
    YamlWording wording = problems.wording();
    if (!(node instanceof MappingNode mapping)) {
      problems.add(node, wording.mappingField(path), wording.notAMapping(keys, node));
      return Optional.empty();
    }
    Map<String, Node> values = new LinkedHashMap<>();
    Map<String, Node> keyNodes = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode scalar) || !wording.isKey(scalar)) {
        problems.add(keyNode, wording.keyField(path), wording.notAKey(keyNode));
        continue;
      }
      String key = scalar.getValue();
      String field = child(path, key);
      if (!keys.isEmpty() && !keys.contains(key)) {
        problems.add(keyNode, field, wording.unknownKey(keys));
      } else if (keyNodes.containsKey(key)) {
        problems.add(keyNode, field, wording.duplicateKey(keyNodes.get(key)));
      } else {
        keyNodes.put(key, keyNode);
        values.put(key, tuple.getValueNode());
      }
    }
    return Optional.of(new YamlMap(mapping, path, values, problems));
  }

  /** The path of a field of this mapping. */
  public String field(String key) {
    return child(path, key);
  }

  /** The mapping node, to locate problems with the mapping as a whole. */
  public Node node() {
    return node;
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  /** The accepted keys and their value nodes, in file order. */
  public Map<String, Node> entries() {
    return values;
  }

  /** The value node of a key, if given; the mapping itself otherwise (to locate a problem). */
  public Node at(String key) {
    return values.getOrDefault(key, node);
  }

  public YamlProblems problems() {
    return problems;
  }

  /** Records a problem with the field {@code key}, located at {@code at}. */
  public void problem(Node at, String key, String message) {
    problems.add(at, field(key), message);
  }

  /** The value of a required key, or empty after reporting it missing and what it should be. */
  public Optional<Node> required(String key, String expected) {
    Node value = values.get(key);
    if (value == null) {
      problems.add(node, field(key), "missing required key; expected " + expected);
    }
    return Optional.ofNullable(value);
  }

  /** A required key whose value is non-blank text. */
  public Optional<String> text(String key) {
    return text(key, "text");
  }

  /** A required key whose value is non-blank text; {@code expected} says what text. */
  public Optional<String> text(String key, String expected) {
    return required(key, expected).flatMap(value -> text(value, field(key), expected, problems));
  }

  /** An optional key whose value, when given, is non-blank text. */
  public Optional<String> optionalText(String key, String expected) {
    return Optional.ofNullable(values.get(key))
        .flatMap(value -> text(value, field(key), expected, problems));
  }

  /** A required key whose value is {@code true} or {@code false}. */
  public Optional<Boolean> bool(String key) {
    return required(key, "true or false").flatMap(value -> bool(value, key));
  }

  /** An optional key whose value, when given, is {@code true} or {@code false}. */
  public Optional<Boolean> optionalBool(String key) {
    return Optional.ofNullable(values.get(key)).flatMap(value -> bool(value, key));
  }

  /** A required key whose value is an integer of at least one. */
  public Optional<Integer> positiveInteger(String key) {
    return required(key, "a positive integer")
        .flatMap(
            value -> {
              Optional<Integer> parsed =
                  plainDigits(value).flatMap(YamlMap::integer).filter(number -> number >= 1);
              if (parsed.isEmpty()) {
                problems.add(
                    value,
                    field(key),
                    "expected a positive integer" + problems.wording().found(value));
              }
              return parsed;
            });
  }

  /** An optional key whose value, when given, is an integer from 1 to {@code max}. */
  public Optional<Integer> optionalInt(String key, int max) {
    return Optional.ofNullable(values.get(key))
        .flatMap(
            value -> {
              Optional<Integer> parsed =
                  integer(value).filter(number -> number >= 1 && number <= max);
              if (parsed.isEmpty()) {
                problems.add(
                    value,
                    field(key),
                    "expected an integer from 1 to " + max + problems.wording().found(value));
              }
              return parsed;
            });
  }

  /** A required key whose value is a list; {@code expected} says of what. */
  public Optional<List<Node>> list(String key, String expected) {
    return required(key, expected)
        .flatMap(
            value -> {
              if (value instanceof SequenceNode sequence) {
                return Optional.of(sequence.getValue());
              }
              problems.add(
                  value, field(key), "expected " + expected + problems.wording().found(value));
              return Optional.empty();
            });
  }

  /** A required key whose value is a non-empty list of texts; empty if any item is not text. */
  public Optional<List<String>> textList(String key, String expected) {
    return required(key, "a list of " + expected)
        .flatMap(
            value -> {
              if (!(value instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
                problems.add(value, field(key), "expected a non-empty list of " + expected);
                return Optional.empty();
              }
              List<String> items = new ArrayList<>();
              for (Node item : sequence.getValue()) {
                text(item, field(key), expected, problems).ifPresent(items::add);
              }
              return items.size() == sequence.getValue().size()
                  ? Optional.of(items)
                  : Optional.empty();
            });
  }

  /** A required key whose value is a mapping with the given keys (any keys when empty). */
  public Optional<YamlMap> map(String key, Collection<String> keys) {
    return map(key, keys, "a mapping");
  }

  /** A required key whose value is a mapping; {@code expected} says what it should hold. */
  public Optional<YamlMap> map(String key, Collection<String> keys, String expected) {
    return required(key, expected).flatMap(value -> read(value, field(key), keys, problems));
  }

  /** A node read as non-blank text, or empty after reporting what was found instead. */
  public static Optional<String> text(
      Node value, String field, String expected, YamlProblems problems) {
    if (value instanceof ScalarNode scalar
        && Tag.STR.equals(scalar.getTag())
        && !scalar.getValue().isBlank()) {
      return Optional.of(scalar.getValue());
    }
    problems.add(value, field, problems.wording().expectedText(expected, value));
    return Optional.empty();
  }

  /** The path of an element of a list field, for example {@code purposes[3]}. */
  public static String element(String listField, int index) {
    return listField + "[" + index + "]";
  }

  /** The path of a key of the mapping at {@code path}; the key alone at the top. */
  public static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private Optional<Boolean> bool(Node value, String key) {
    if (value instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
      return Optional.of(Boolean.parseBoolean(scalar.getValue()));
    }
    problems.add(value, field(key), "expected true or false" + problems.wording().found(value));
    return Optional.empty();
  }

  /** A YAML integer as Java parses it (a sign is allowed), if it fits an int. */
  private static Optional<Integer> integer(Node value) {
    if (!(value instanceof ScalarNode scalar) || !Tag.INT.equals(scalar.getTag())) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(scalar.getValue()));
    } catch (NumberFormatException e) {
      // Hexadecimal, octal or too wide: reported by the caller like any other invalid value.
      return Optional.empty();
    }
  }

  /** The node, if it is at most nine plain digits: no sign, no base prefix, never overflowing. */
  private static Optional<Node> plainDigits(Node value) {
    if (!(value instanceof ScalarNode scalar)) {
      return Optional.empty();
    }
    String digits = scalar.getValue();
    boolean plain =
        !digits.isEmpty()
            && digits.length() <= 9
            && digits.chars().allMatch(c -> c >= '0' && c <= '9');
    return plain ? Optional.of(value) : Optional.empty();
  }
}
