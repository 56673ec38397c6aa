package dev.custos.policies.purpose;

import dev.custos.policies.yaml.YamlMap;
import dev.custos.policies.yaml.YamlProblem;
import dev.custos.policies.yaml.YamlProblems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  private final YamlProblems problems;
  private final PurposeParser purposeParser;

  private PackParser(String file) {
    this.problems = new YamlProblems(file, new PackWording());
    this.purposeParser = new PurposeParser(problems);
  }

  /** Parses and validates a pack; {@code file} names it in problems. */
  static PolicyPack parse(String file, String yaml) {
    PackParser parser = new PackParser(file);
    Optional<PolicyPack> pack = parser.compose(file, yaml).flatMap(parser::readPack);
    if (pack.isEmpty() || !parser.problems.isEmpty()) {
      throw new PolicyPackException(
          parser.problems.byPosition().stream().map(PackParser::packProblem).toList());
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
    Optional<YamlMap> read = YamlMap.read(root, "", PACK_KEYS, problems);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    YamlMap pack = read.get();
    Optional<String> id =
        pack.text("id")
            .filter(
                text ->
                    problems.check(
                        Ids.isKebabCase(text),
                        pack.at("id"),
                        "id",
                        "pack id '" + text + "' is not kebab-case; expected for example pipl"));
    Optional<Integer> version = pack.positiveInteger("version");
    Optional<String> jurisdiction =
        pack.text("jurisdiction")
            .filter(
                text ->
                    problems.check(
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
      Optional<YamlMap> read =
          YamlMap.read(items.get(i), YamlMap.element("purposes", i), PurposeParser.KEYS, problems);
      if (read.isEmpty()) {
        complete = false;
        continue;
      }
      YamlMap object = read.get();
      Optional<PurposeId> id = purposeParser.readId(object);
      if (id.isPresent()) {
        Integer earlier = firstLine.putIfAbsent(id.get(), YamlProblems.line(object.at("id")));
        if (earlier != null) {
          problems.add(
              object.at("id"),
              object.field("id"),
              "duplicate purpose id '" + id.get() + "'; first defined on line " + earlier);
          complete = false;
        }
      }
      Optional<Purpose> purpose = purposeParser.read(object, id);
      if (purpose.isEmpty()) {
        complete = false;
      } else {
        purposes.add(purpose.get());
      }
    }
    return complete ? Optional.of(purposes) : Optional.empty();
  }

  private static PolicyPackProblem packProblem(YamlProblem problem) {
    return new PolicyPackProblem(
        problem.file(), problem.line(), problem.column(), problem.field(), problem.message());
  }
}
