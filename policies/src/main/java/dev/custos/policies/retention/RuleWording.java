package dev.custos.policies.retention;

import dev.custos.policies.yaml.YamlMap;
import dev.custos.policies.yaml.YamlWording;
import java.util.Collection;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * How retention-rule problems are worded: rule files speak of fields, and accept any plain value as
 * a field name. The reader checks values itself, so nothing here describes a value.
 */
final class RuleWording implements YamlWording {

  @Override
  public String found(Node value) {
    return "";
  }

  @Override
  public String notAMapping(Collection<String> keys, Node value) {
    return "expected a mapping with " + String.join(", ", keys);
  }

  @Override
  public boolean isKey(ScalarNode key) {
    return true;
  }

  @Override
  public String keyField(String path) {
    return YamlMap.child(path, "(key)");
  }

  @Override
  public String notAKey(Node key) {
    return "expected a field name";
  }

  @Override
  public String unknownKey(Collection<String> keys) {
    return "unknown field; expected one of " + String.join(", ", keys);
  }

  @Override
  public String duplicateKey(Node first) {
    return "duplicate field";
  }

  @Override
  public String expectedText(String expected, Node value) {
    return "expected " + expected;
  }
}
