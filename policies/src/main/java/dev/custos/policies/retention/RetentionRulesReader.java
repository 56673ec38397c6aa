package dev.custos.policies.retention;

import dev.custos.policies.yaml.YamlMap;
import dev.custos.policies.yaml.YamlProblems;
import java.io.Reader;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a retention rule file into rules, collecting every problem with its file, line and field.
 *
 * <p>Works on the YAML node tree (the compose step), not on constructed Java maps, because only
 * nodes know the line they came from. One instance reads one file; not thread-safe.
 */
final class RetentionRulesReader {

  private static final List<String> TOP_FIELDS = List.of("version", "rules");
  private static final List<String> RULE_FIELDS =
      List.of("category", "period", "counts-from", "action");
  private static final List<DataCategory> CATEGORIES = List.of(DataCategory.values());
  private static final List<RetentionEvent> EVENTS = List.of(RetentionEvent.values());

  private final String file;
  private final YamlProblems problems;
  private final List<Draft> drafts = new ArrayList<>();

  RetentionRulesReader(String file) {
    this.file = file;
    this.problems = new YamlProblems(file, new RuleWording());
  }

  /**
   * The rules in the file, one per category.
   *
   * @throws InvalidRetentionRulesException when anything is wrong, with every problem found
   */
  List<RetentionRule> read(Reader source) {
    compose(source).ifPresent(this::readDocument);
    if (!problems.isEmpty()) {
      throw new InvalidRetentionRulesException(
          problems.byLine().stream()
              .map(p -> new RuleError(p.file(), p.line(), p.field(), p.message()))
              .toList());
    }
    // No error means every part of every draft was read.
    return drafts.stream().map(Draft::toRule).toList();
  }

  private Optional<Node> compose(Reader source) {
    LoadSettings settings = LoadSettings.builder().setLabel(file).build();
    try {
      Optional<Node> root = new Compose(settings).composeReader(source);
      if (root.isEmpty()) {
        problems.add(1, "(document)", "empty file; expected a 'rules' list");
      }
      return root;
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(mark -> mark.getLine() + 1).orElse(1);
      problems.add(line, "(yaml)", e.getProblem());
    } catch (YamlEngineException e) {
      problems.add(1, "(yaml)", "not readable as YAML");
    }
    return Optional.empty();
  }

  private void readDocument(Node root) {
    if (!(root instanceof MappingNode mapping)) {
      problems.add(root, "(document)", "expected a mapping with a 'rules' list");
      return;
    }
    Map<String, Node> fields = fields(mapping, "", TOP_FIELDS);
    Node version = fields.get("version");
    if (version != null) {
      scalar(version, "version")
          .filter(value -> !value.equals("1"))
          .ifPresent(value -> problems.add(version, "version", "unsupported version; expected 1"));
    }
    Node rules = fields.get("rules");
    if (rules == null) {
      problems.add(root, "rules", "missing field");
    } else if (rules instanceof SequenceNode list) {
      readRules(list);
      checkConflicts();
      checkComplete(keyLine(mapping, "rules"));
    } else {
      problems.add(rules, "rules", "expected a list of rules");
    }
  }

  private void readRules(SequenceNode list) {
    List<Node> items = list.getValue();
    for (int i = 0; i < items.size(); i++) {
      String path = "rules[" + i + "]";
      if (items.get(i) instanceof MappingNode rule) {
        readRule(rule, path);
      } else {
        problems.add(
            items.get(i), path, "expected a mapping with " + String.join(", ", RULE_FIELDS));
      }
    }
  }

  private void readRule(MappingNode rule, String path) {
    Map<String, Node> fields = fields(rule, path, RULE_FIELDS);
    for (String name : RULE_FIELDS) {
      if (!fields.containsKey(name)) {
        problems.add(rule, path + "." + name, "missing field");
      }
    }
    DataCategory category =
        lookUp(fields, path, "category", "category", CATEGORIES, DataCategory::id);
    RetentionEvent event = lookUp(fields, path, "counts-from", "event", EVENTS, RetentionEvent::id);
    RetentionAction action =
        lookUp(fields, path, "action", "action", RetentionAction.ALL, RetentionAction::id);
    Period period = period(fields.get("period"), path + ".period");
    if (category != null && event != null && !category.accepts(event)) {
      problems.add(
          fields.get("counts-from"),
          path + ".counts-from",
          "'%s' cannot apply to category '%s'; it applies to %s"
              .formatted(
                  event.id(), category.id(), ids(category.applicableEvents(), RetentionEvent::id)));
    }
    if (category != null) {
      int line = YamlProblems.line(fields.get("category"));
      drafts.add(new Draft(path, line, category, period, event, action));
    }
  }

  /**
   * The value whose id the field holds, or null when the field is missing (already reported) or
   * holds no known id (reported here).
   */
  private <T> T lookUp(
      Map<String, Node> fields,
      String rulePath,
      String field,
      String what,
      List<T> values,
      Function<T, String> idOf) {
    Node node = fields.get(field);
    String path = rulePath + "." + field;
    Optional<String> id = node == null ? Optional.empty() : scalar(node, path);
    if (id.isEmpty()) {
      return null;
    }
    for (T value : values) {
      if (idOf.apply(value).equals(id.get())) {
        return value;
      }
    }
    problems.add(
        node,
        path,
        "unknown %s '%s'; expected one of %s".formatted(what, id.get(), ids(values, idOf)));
    return null;
  }

  private Period period(Node node, String path) {
    Optional<String> text = node == null ? Optional.empty() : scalar(node, path);
    if (text.isEmpty()) {
      return null;
    }
    try {
      Period period = Period.parse(text.get());
      if (RetentionRule.isPositive(period)) {
        return period;
      }
      problems.add(node, path, "must be a positive period, was '%s'".formatted(text.get()));
    } catch (DateTimeParseException e) {
      problems.add(
          node,
          path,
          "'%s' is not an ISO-8601 period such as P2Y, P18M or P90D".formatted(text.get()));
    }
    return null;
  }

  private void checkConflicts() {
    Map<DataCategory, Draft> first = new EnumMap<>(DataCategory.class);
    for (Draft draft : drafts) {
      Draft earlier = first.putIfAbsent(draft.category(), draft);
      if (earlier != null) {
        problems.add(
            draft.line(),
            draft.path() + ".category",
            "second rule for '%s'; the first is at line %d"
                .formatted(draft.category().id(), earlier.line()));
      }
    }
  }

  private void checkComplete(int rulesLine) {
    Set<DataCategory> missing = EnumSet.allOf(DataCategory.class);
    drafts.forEach(draft -> missing.remove(draft.category()));
    if (!missing.isEmpty()) {
      problems.add(rulesLine, "rules", "no rule for " + ids(missing, DataCategory::id));
    }
  }

  /** The mapping's accepted fields by name, in file order; rejected keys are reported. */
  private Map<String, Node> fields(MappingNode mapping, String path, List<String> allowed) {
    return YamlMap.read(mapping, path, allowed, problems).map(YamlMap::entries).orElseGet(Map::of);
  }

  /** The text of a scalar node; empty, with a problem, when the node is a list, a map or blank. */
  private Optional<String> scalar(Node node, String path) {
    if (!(node instanceof ScalarNode scalar)) {
      problems.add(node, path, "expected a single value");
      return Optional.empty();
    }
    String value = scalar.getValue().strip();
    if (value.isEmpty()) {
      problems.add(node, path, "missing value");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** The line of the key {@code name} in the mapping, or of the mapping when it has no such key. */
  private static int keyLine(MappingNode mapping, String name) {
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
        return YamlProblems.line(key);
      }
    }
    return YamlProblems.line(mapping);
  }

  private static <T> String ids(Iterable<T> values, Function<T, String> idOf) {
    List<String> ids = new ArrayList<>();
    values.forEach(value -> ids.add(idOf.apply(value)));
    return String.join(", ", ids);
  }

  /** A rule as read, before the checks across rules; parts that failed to read are null. */
  private record Draft(
      String path,
      int line,
      DataCategory category,
      Period period,
      RetentionEvent event,
      RetentionAction action) {

    RetentionRule toRule() {
      return new RetentionRule(category, period, event, action);
    }
  }
}
