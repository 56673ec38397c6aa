package dev.custos.policies.retention;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads fields from YAML nodes and records located errors instead of throwing, so that a reader can
 * report every problem of a file at once.
 */
final class YamlFields {

  private final String file;
  private final List<RuleError> errors;

  YamlFields(String file, List<RuleError> errors) {
    this.file = file;
    this.errors = errors;
  }

  /**
   * The mapping's fields by name, in file order. Records an error for every key that is not a plain
   * name, is not one of {@code allowed}, or comes twice (the first wins).
   */
  Map<String, Node> fields(MappingNode mapping, String pathPrefix, List<String> allowed) {
    Map<String, Node> fields = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node key = tuple.getKeyNode();
      if (!(key instanceof ScalarNode scalar)) {
        error(key, pathPrefix + "(key)", "expected a field name");
        continue;
      }
      String name = scalar.getValue();
      String path = pathPrefix + name;
      if (!allowed.contains(name)) {
        error(key, path, "unknown field; expected one of " + String.join(", ", allowed));
      } else if (fields.containsKey(name)) {
        error(key, path, "duplicate field");
      } else {
        fields.put(name, tuple.getValueNode());
      }
    }
    return fields;
  }

  /** The text of a scalar node; empty, with an error, when the node is a list, a map or blank. */
  Optional<String> scalar(Node node, String path) {
    if (!(node instanceof ScalarNode scalar)) {
      error(node, path, "expected a single value");
      return Optional.empty();
    }
    String value = scalar.getValue().strip();
    if (value.isEmpty()) {
      error(node, path, "missing value");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** The line of the key {@code name} in the mapping, or of the mapping when it has no such key. */
  int keyLine(MappingNode mapping, String name) {
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
        return line(key);
      }
    }
    return line(mapping);
  }

  /** The 1-based line where the node starts. */
  int line(Node node) {
    return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(1);
  }

  void error(Node node, String path, String message) {
    errors.add(new RuleError(file, line(node), path, message));
  }
}
