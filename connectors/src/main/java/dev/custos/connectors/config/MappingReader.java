package dev.custos.connectors.config;

import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.classification.FieldClass;
import dev.custos.policies.yaml.YamlMap;
import dev.custos.policies.yaml.YamlProblems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the {@code mapping} section: source key and version columns, and the fields. */
final class MappingReader {

  static final Set<String> KEYS = Set.of("sourceKey", "sourceVersion", "fields");
  static final int MAX_LENGTH = 1_000_000;

  private static final Set<String> FIELD_KEYS =
      Set.of("column", "class", "index", "required", "maxLength");
  private static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-zA-Z0-9_]*");

  private MappingReader() {}

  static Optional<Mapping> read(YamlMap mapping) {
    Optional<String> key = mapping.text("sourceKey", "the column that identifies a row");
    Optional<String> version =
        mapping.text("sourceVersion", "the column that changes with the row");
    Optional<YamlMap> fields = mapping.map("fields", Set.of());
    List<FieldMapping> read = new ArrayList<>();
    boolean complete = fields.isPresent();
    if (fields.isPresent()) {
      if (fields.get().entries().isEmpty()) {
        mapping.problem(fields.get().node(), "fields", "expected at least one field");
        complete = false;
      }
      for (Map.Entry<String, Node> entry : fields.get().entries().entrySet()) {
        Optional<FieldMapping> field = field(fields.get(), entry.getKey(), entry.getValue());
        field.ifPresent(read::add);
        complete &= field.isPresent();
      }
    }
    if (key.isEmpty() || version.isEmpty() || !complete) {
      return Optional.empty();
    }
    return Optional.of(new Mapping(key.get(), version.get(), read));
  }

  private static Optional<FieldMapping> field(YamlMap fields, String name, Node node) {
    if (!FIELD_NAME.matcher(name).matches()) {
      fields.problem(
          node, name, "expected a field name of letters, digits and _, starting lower-case");
      return Optional.empty();
    }
    Optional<YamlMap> read = YamlMap.read(node, fields.field(name), FIELD_KEYS, problemsOf(fields));
    if (read.isEmpty()) {
      return Optional.empty();
    }
    YamlMap map = read.get();
    Optional<String> column = map.text("column", "the source column");
    Optional<FieldClass> cls = fieldClass(map);
    Optional<Optional<IndexKind>> index = index(map);
    boolean required = map.optionalBool("required").orElse(false);
    OptionalInt maxLength =
        map.optionalInt("maxLength", MAX_LENGTH).map(OptionalInt::of).orElse(OptionalInt.empty());
    if (column.isEmpty() || cls.isEmpty() || index.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new FieldMapping(name, column.get(), cls.get(), index.get(), required, maxLength));
  }

  private static Optional<FieldClass> fieldClass(YamlMap map) {
    String expected = "one of " + FieldClass.allIds();
    return map.text("class", expected)
        .flatMap(
            text -> {
              Optional<FieldClass> cls = FieldClass.fromId(text);
              if (cls.isEmpty()) {
                map.problem(
                    map.entries().get("class"), "class", "unknown class; expected " + expected);
              }
              return cls;
            });
  }

  private static Optional<Optional<IndexKind>> index(YamlMap map) {
    if (!map.has("index")) {
      return Optional.of(Optional.empty());
    }
    String ids =
        Arrays.stream(IndexKind.values()).map(IndexKind::id).collect(Collectors.joining(", "));
    return map.text("index", "one of " + ids)
        .flatMap(
            text -> {
              Optional<IndexKind> kind =
                  Arrays.stream(IndexKind.values()).filter(k -> k.id().equals(text)).findFirst();
              if (kind.isEmpty()) {
                map.problem(
                    map.entries().get("index"), "index", "unknown index; expected one of " + ids);
                return Optional.empty();
              }
              return Optional.of(kind);
            });
  }

  private static YamlProblems problemsOf(YamlMap map) {
    return map.problems();
  }
}
