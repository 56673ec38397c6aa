package dev.custos.policies.yaml;

import java.util.Collection;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * How one kind of file words its problems. The files' error texts are documented and pinned by
 * tests, and they differ between kinds (for example whether a wrong value is quoted), so the
 * reading is shared while the words stay with each loader. None of these may quote a value that
 * could be personal data.
 */
public interface YamlWording {

  /** Says what was found instead of the expected value, appended to an "expected ..." message. */
  String found(Node value);

  /** The field a problem with the mapping at {@code path} itself is reported on. */
  default String mappingField(String path) {
    return path;
  }

  /** The message for a node that should be a mapping with {@code keys} but is not. */
  String notAMapping(Collection<String> keys, Node value);

  /** Whether a key node is a usable key; by default only text keys are. */
  default boolean isKey(ScalarNode key) {
    return Tag.STR.equals(key.getTag());
  }

  /** The field a key that is not usable is reported on. */
  default String keyField(String path) {
    return mappingField(path);
  }

  /** The message for a key that is not usable. */
  String notAKey(Node key);

  /** The message for a key not among {@code keys}. */
  String unknownKey(Collection<String> keys);

  /** The message for a key given a second time; {@code first} is where it was first given. */
  String duplicateKey(Node first);

  /** The message for a value that should be non-blank text described by {@code expected}. */
  String expectedText(String expected, Node value);
}
