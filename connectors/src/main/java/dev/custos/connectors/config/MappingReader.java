package dev.custos.connectors.config;

import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.classification.FieldClass;
import dev.custos.policies.consent.Notice;
import dev.custos.policies.consent.NoticeHash;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.yaml.YamlMap;
import dev.custos.policies.yaml.YamlProblems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
      Set.of("column", "class", "index", "required", "maxLength", "optIn");
  private static final Set<String> OPT_IN_KEYS =
      Set.of("purpose", "notice", "noticeVersion", "noticeSha256", "language", "jurisdiction");
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
    Optional<Optional<OptInSetting>> optIn = optIn(map);
    if (column.isEmpty() || cls.isEmpty() || index.isEmpty() || optIn.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new FieldMapping(
            name, column.get(), cls.get(), index.get(), required, maxLength, optIn.get()));
  }

  /**
   * The {@code optIn} setting of a field: the purpose the column is an opt-in flag for, and the
   * notice (id, version, and the SHA-256 of its text when known) the source showed when asking.
   */
  private static Optional<Optional<OptInSetting>> optIn(YamlMap field) {
    if (!field.has("optIn")) {
      return Optional.of(Optional.empty());
    }
    Optional<YamlMap> read = field.map("optIn", OPT_IN_KEYS);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    YamlMap map = read.get();
    Optional<String> purpose = map.text("purpose", "a purpose id such as marketing");
    Optional<String> notice = map.text("notice", "the id of the notice the source showed");
    Optional<String> version = map.text("noticeVersion", "the version of that notice");
    Optional<String> hash = map.optionalText("noticeSha256", "64 lower-case hex digits");
    Optional<String> language = map.text("language", "a BCP 47 tag such as zh-CN");
    Optional<String> jurisdiction = map.text("jurisdiction", "a jurisdiction such as CN");
    boolean valid = true;
    if (purpose.isPresent() && !PurposeId.isValid(purpose.get())) {
      map.problem(map.at("purpose"), "purpose", "expected a kebab-case purpose id");
      valid = false;
    }
    if (hash.isPresent() && !hash.get().matches("[0-9a-f]{64}")) {
      map.problem(map.at("noticeSha256"), "noticeSha256", "expected 64 lower-case hex digits");
      valid = false;
    }
    Locale locale = language.map(Locale::forLanguageTag).orElse(null);
    if (locale != null && locale.getLanguage().isEmpty()) {
      map.problem(map.at("language"), "language", "expected a BCP 47 tag such as zh-CN");
      valid = false;
    }
    if (!valid
        || purpose.isEmpty()
        || notice.isEmpty()
        || version.isEmpty()
        || language.isEmpty()
        || jurisdiction.isEmpty()) {
      return Optional.empty();
    }
    try {
      // Without the text the source showed, the hash is that of the notice's reference, so that
      // the record still names the notice unambiguously; the method "import" says why.
      NoticeHash textHash =
          hash.map(NoticeHash::new)
              .orElseGet(() -> NoticeHash.of(notice.get() + "@" + version.get()));
      return Optional.of(
          Optional.of(
              new OptInSetting(
                  PurposeId.of(purpose.get()),
                  new Notice(notice.get(), version.get(), textHash),
                  locale,
                  jurisdiction.get())));
    } catch (IllegalArgumentException e) {
      map.problem(
          map.node(), "notice", "notice id and version must be 1 to 128 characters without spaces");
      return Optional.empty();
    }
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
