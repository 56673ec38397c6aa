package dev.custos.connectors.config;

import dev.custos.policies.yaml.YamlWording;
import java.util.Collection;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * How connector-file problems are worded. Connector files may hold secrets and sample values, so a
 * wrong value is described by its kind only, never quoted.
 */
final class ConnectorWording implements YamlWording {

  @Override
  public String notAMapping(Collection<String> keys, Node value) {
    return "expected a mapping" + found(value);
  }

  @Override
  public String notAKey(Node key) {
    return "expected text keys";
  }

  @Override
  public String unknownKey(Collection<String> keys) {
    return "unknown key; expected one of " + String.join(", ", keys.stream().sorted().toList());
  }

  @Override
  public String duplicateKey(Node first) {
    return "duplicate key";
  }

  @Override
  public String expectedText(String expected, Node value) {
    return "expected " + expected + found(value);
  }

  @Override
  public String found(Node node) {
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
}
