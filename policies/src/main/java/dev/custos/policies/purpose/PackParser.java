package dev.custos.policies.purpose;

import dev.custos.policies.classification.FieldClass;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Turns the text of a pack file into a {@link PolicyPack}, or into every problem the file has. It
 * works on the YAML node tree rather than on plain maps because only nodes know the line and column
 * they came from.
 */
final class PackParser {

  private static final List<String> PACK_KEYS =
      List.of("id", "version", "jurisdiction", "purposes");
  private static final List<String> PURPOSE_KEYS =
      List.of(
          "id",
          "name",
          "description",
          "lawfulBases",
          "defaultBasis",
          "separateConsent",
          "fieldClasses");
  private static final List<String> NAME_KEYS = List.of("en", "zh-Hans");

  private final Problems problems;

  private PackParser(String file) {
    this.problems = new Problems(file);
  }

  /** Parses and validates a pack; {@code file} names it in problems. */
  static PolicyPack parse(String file, String yaml) {
    PackParser parser = new PackParser(file);
    Optional<PolicyPack> pack = parser.compose(file, yaml).flatMap(parser::readPack);
    if (pack.isEmpty() || !parser.problems.isEmpty()) {
      throw new PolicyPackException(parser.problems.inFileOrder());
    }
    return pack.get();
  }

  private Optional<Node> compose(String file, String yaml) {
    LoadSettings settings =
        LoadSettings.builder().setLabel(file).setMaxAliasesForCollections(10).build();
    try {
      Optional<Node> root = new Compose(settings).composeString(yaml);
      if (root.isEmpty()) {
        problems.addWithoutPosition("(pack)", "the file is empty; expected a policy pack");
      }
      return root;
    } catch (MarkedYamlEngineException e) {
      String context = e.getContext() == null ? "" : e.getContext() + ": ";
      problems.add(e.getProblemMark(), "(syntax)", context + e.getProblem());
    } catch (YamlEngineException e) {
      problems.addWithoutPosition("(syntax)", "not readable as YAML");
    }
    return Optional.empty();
  }

  private Optional<PolicyPack> readPack(Node root) {
    Optional<YamlObject> read = YamlObject.read(root, "", PACK_KEYS, problems);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    YamlObject pack = read.get();
    Optional<String> id =
        pack.text("id")
            .filter(
                text ->
                    check(
                        Ids.isKebabCase(text),
                        pack.at("id"),
                        "id",
                        "pack id '" + text + "' is not kebab-case; expected for example pipl"));
    Optional<Integer> version = pack.positiveInteger("version");
    Optional<String> jurisdiction =
        pack.text("jurisdiction")
            .filter(
                text ->
                    check(
                        Ids.isJurisdiction(text),
                        pack.at("jurisdiction"),
                        "jurisdiction",
                        "jurisdiction '"
                            + text
                            + "' is not an upper-case code; expected for example"
                            + " EU or CN"));
    Optional<List<Purpose>> purposes =
        pack.list("purposes", "a list of purposes")
            .flatMap(items -> readPurposes(pack.at("purposes"), items));
    if (id.isEmpty() || version.isEmpty() || jurisdiction.isEmpty() || purposes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(PolicyPack.of(id.get(), version.get(), jurisdiction.get(), purposes.get()));
  }

  private Optional<List<Purpose>> readPurposes(Node list, List<Node> items) {
    if (items.isEmpty()) {
      problems.add(list, "purposes", "expected at least one purpose");
      return Optional.empty();
    }
    List<Purpose> purposes = new ArrayList<>();
    Map<PurposeId, Integer> firstLine = new HashMap<>();
    boolean complete = true;
    for (int i = 0; i < items.size(); i++) {
      Optional<YamlObject> read =
          YamlObject.read(items.get(i), YamlObject.element("purposes", i), PURPOSE_KEYS, problems);
      if (read.isEmpty()) {
        complete = false;
        continue;
      }
      YamlObject object = read.get();
      Optional<PurposeId> id = readPurposeId(object);
      if (id.isPresent()) {
        Integer earlier = firstLine.putIfAbsent(id.get(), Problems.line(object.at("id")));
        if (earlier != null) {
          problems.add(
              object.at("id"),
              object.field("id"),
              "duplicate purpose id '" + id.get() + "'; first defined on line " + earlier);
          complete = false;
        }
      }
      Optional<Purpose> purpose = readPurpose(object, id);
      if (purpose.isEmpty()) {
        complete = false;
      } else {
        purposes.add(purpose.get());
      }
    }
    return complete ? Optional.of(purposes) : Optional.empty();
  }

  private Optional<PurposeId> readPurposeId(YamlObject purpose) {
    return purpose
        .text("id")
        .filter(
            text ->
                check(
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
  private Optional<Purpose> readPurpose(YamlObject purpose, Optional<PurposeId> id) {
    Optional<PurposeName> name =
        purpose
            .object("name", NAME_KEYS)
            .flatMap(
                names -> {
                  Optional<String> english = names.text("en");
                  Optional<String> chinese = names.text("zh-Hans");
                  return english.flatMap(en -> chinese.map(zh -> new PurposeName(en, zh)));
                });
    Optional<String> description = purpose.text("description");
    Optional<Set<LawfulBasis>> bases =
        purpose
            .list("lawfulBases", "a list of lawful bases")
            .flatMap(
                items ->
                    readIds(
                        purpose.at("lawfulBases"),
                        items,
                        purpose.field("lawfulBases"),
                        LawfulBasis::fromId,
                        "lawful basis",
                        LawfulBasis.allIds(),
                        EnumSet.noneOf(LawfulBasis.class)));
    Optional<LawfulBasis> defaultBasis =
        purpose
            .text("defaultBasis", "one of " + LawfulBasis.allIds())
            .flatMap(
                text ->
                    known(
                        LawfulBasis.fromId(text),
                        purpose.at("defaultBasis"),
                        purpose.field("defaultBasis"),
                        "lawful basis '" + text + "'",
                        LawfulBasis.allIds()));
    Optional<Boolean> separate = purpose.bool("separateConsent");
    Optional<Set<FieldClass>> classes =
        purpose
            .list("fieldClasses", "a list of field classes")
            .flatMap(
                items ->
                    readIds(
                        purpose.at("fieldClasses"),
                        items,
                        purpose.field("fieldClasses"),
                        FieldClass::fromId,
                        "field class",
                        FieldClass.allIds(),
                        EnumSet.noneOf(FieldClass.class)));
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

  /** The rules that tie a purpose's fields together, checked once each field is valid alone. */
  private boolean checkBases(
      YamlObject purpose,
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
      String itemField = YamlObject.element(field, i);
      Optional<E> value =
          YamlObject.text(item, itemField, problems)
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

  private boolean check(boolean valid, Node node, String field, String message) {
    if (!valid) {
      problems.add(node, field, message);
    }
    return valid;
  }
}
