package dev.custos.policies.purpose;

import dev.custos.policies.classification.FieldClass;
import dev.custos.policies.yaml.YamlMap;
import dev.custos.policies.yaml.YamlProblems;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads one purpose of a pack file, reporting every problem with its line and field. */
final class PurposeParser {

  static final List<String> KEYS =
      List.of(
          "id",
          "name",
          "description",
          "lawfulBases",
          "defaultBasis",
          "separateConsent",
          "fieldClasses");
  private static final List<String> NAME_KEYS = List.of("en", "zh-Hans");

  private final YamlProblems problems;

  PurposeParser(YamlProblems problems) {
    this.problems = problems;
  }

  Optional<PurposeId> readId(YamlMap purpose) {
    return purpose
        .text("id")
        .filter(
            text ->
                problems.check(
                    PurposeId.isValid(text),
                    purpose.at("id"),
                    purpose.field("id"),
                    "purpose id '"
                        + text
                        + "' is not kebab-case; expected for example"
                        + " feedback-analysis"))
        .map(PurposeId::new);
  }

  /** Reads the other fields of a purpose, reporting their problems even when the id is bad. */
  Optional<Purpose> read(YamlMap purpose, Optional<PurposeId> id) {
    Optional<PurposeName> name = readName(purpose);
    Optional<String> description = purpose.text("description");
    Optional<Set<LawfulBasis>> bases =
        readIdSet(
            purpose,
            "lawfulBases",
            LawfulBasis::fromId,
            "lawful basis",
            "lawful bases",
            LawfulBasis.allIds(),
            EnumSet.noneOf(LawfulBasis.class));
    Optional<LawfulBasis> defaultBasis = readDefaultBasis(purpose);
    Optional<Boolean> separate = purpose.bool("separateConsent");
    Optional<Set<FieldClass>> classes =
        readIdSet(
            purpose,
            "fieldClasses",
            FieldClass::fromId,
            "field class",
            "field classes",
            FieldClass.allIds(),
            EnumSet.noneOf(FieldClass.class));
    boolean consistent = checkBases(purpose, bases, defaultBasis, separate);
    if (id.isEmpty()
        || name.isEmpty()
        || description.isEmpty()
        || bases.isEmpty()
        || defaultBasis.isEmpty()
        || separate.isEmpty()
        || classes.isEmpty()
        || !consistent) {
      return Optional.empty();
    }
    return Optional.of(
        new Purpose(
            id.get(),
            name.get(),
            description.get(),
            bases.get(),
            defaultBasis.get(),
            separate.get(),
            classes.get()));
  }

  private static Optional<PurposeName> readName(YamlMap purpose) {
    return purpose
        .map("name", NAME_KEYS, "a mapping with keys " + String.join(", ", NAME_KEYS))
        .flatMap(
            names -> {
              Optional<String> english = names.text("en");
              Optional<String> chinese = names.text("zh-Hans");
              return english.flatMap(en -> chinese.map(zh -> new PurposeName(en, zh)));
            });
  }

  private Optional<LawfulBasis> readDefaultBasis(YamlMap purpose) {
    return purpose
        .text("defaultBasis", "one of " + LawfulBasis.allIds())
        .flatMap(
            text ->
                known(
                    LawfulBasis.fromId(text),
                    purpose.at("defaultBasis"),
                    purpose.field("defaultBasis"),
                    "lawful basis '" + text + "'",
                    LawfulBasis.allIds()));
  }

  /** A list of ids of an enum under {@code key}, each known and none repeated. */
  private <E extends Enum<E>> Optional<Set<E>> readIdSet(
      YamlMap purpose,
      String key,
      Function<String, Optional<E>> lookup,
      String what,
      String plural,
      String expected,
      EnumSet<E> into) {
    return purpose
        .list(key, "a list of " + plural)
        .flatMap(
            items ->
                readIds(purpose.at(key), items, purpose.field(key), lookup, what, expected, into));
  }

  /** The rules that tie a purpose's fields together, checked once each field is valid alone. */
  private boolean checkBases(
      YamlMap purpose,
      Optional<Set<LawfulBasis>> bases,
      Optional<LawfulBasis> defaultBasis,
      Optional<Boolean> separate) {
    if (bases.isEmpty()) {
      return true;
    }
    boolean consistent = true;
    String listed = bases.get().stream().map(LawfulBasis::id).collect(Collectors.joining(", "));
    if (defaultBasis.isPresent() && !bases.get().contains(defaultBasis.get())) {
      problems.add(
          purpose.at("defaultBasis"),
          purpose.field("defaultBasis"),
          "default basis '"
              + defaultBasis.get()
              + "' is not in lawfulBases; expected one of "
              + listed);
      consistent = false;
    }
    if (separate.orElse(false) && !bases.get().contains(LawfulBasis.CONSENT)) {
      problems.add(
          purpose.at("separateConsent"),
          purpose.field("separateConsent"),
          "separate consent requires 'consent' in lawfulBases; found only " + listed);
      consistent = false;
    }
    return consistent;
  }

  private <E extends Enum<E>> Optional<Set<E>> readIds(
      Node list,
      List<Node> items,
      String field,
      Function<String, Optional<E>> lookup,
      String what,
      String expected,
      EnumSet<E> into) {
    if (items.isEmpty()) {
      problems.add(list, field, "expected at least one " + what);
      return Optional.empty();
    }
    boolean complete = true;
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      String itemField = YamlMap.element(field, i);
      Optional<E> value =
          YamlMap.text(item, itemField, "text", problems)
              .flatMap(
                  text ->
                      known(
                          lookup.apply(text), item, itemField, what + " '" + text + "'", expected));
      if (value.isEmpty()) {
        complete = false;
      } else if (!into.add(value.get())) {
        problems.add(item, itemField, "duplicate " + what + " '" + value.get() + "'");
        complete = false;
      }
    }
    return complete ? Optional.of(into) : Optional.empty();
  }

  private <E> Optional<E> known(
      Optional<E> value, Node node, String field, String what, String expected) {
    if (value.isEmpty()) {
      problems.add(node, field, "unknown " + what + "; expected one of " + expected);
    }
    return value;
  }
}
