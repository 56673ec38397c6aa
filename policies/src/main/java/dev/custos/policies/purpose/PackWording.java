package dev.custos.policies.purpose;

import dev.custos.policies.yaml.YamlProblems;
import dev.custos.policies.yaml.YamlWording;
import java.util.Collection;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * How policy-pack problems are worded. Packs hold no personal data, so a wrong value is quoted
 * (shortened) to help whoever edits the pack find it.
 */
final class PackWording implements YamlWording {

  private static final int QUOTE_LIMIT = 60;

  @Override
  public String mappingField(String path) {
    return path.isEmpty() ? "(pack)" : path;
  }

  @Override
  public String notAMapping(Collection<String> keys, Node value) {
    return "expected a mapping with keys " + String.join(", ", keys) + found(value);
  }

  @Override
  public String notAKey(Node key) {
    return "expected text keys" + found(key);
  }

  @Override
  public String unknownKey(Collection<String> keys) {
    return "unknown key; expected one of " + String.join(", ", keys);
  }

  @Override
  public String duplicateKey(Node first) {
    return "duplicate key; already given on line " + YamlProblems.line(first);
  }

  @Override
  public String expectedText(String expected, Node value) {
    return "expected text" + found(value);
  }

  @Override
  public String found(Node value) {
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
