package dev.custos.policies.retention;

import java.io.Reader;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
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
  private final YamlFields yaml;
  private final List<RuleError> errors = new ArrayList<>();
  private final List<Draft> drafts = new ArrayList<>();

  RetentionRulesReader(String file) {
    this.file = file;
    this.yaml = new YamlFields(file, errors);
  }

  /**
   * The rules in the file, one per category.
   *
   * @throws InvalidRetentionRulesException when anything is wrong, with every problem found
   */
  List<RetentionRule> read(Reader source) {
    compose(source).ifPresent(this::readDocument);
    if (!errors.isEmpty()) {
      List<RuleError> inFileOrder = new ArrayList<>(errors);
      inFileOrder.sort(Comparator.comparingInt(RuleError::line));
      throw new InvalidRetentionRulesException(inFileOrder);
    }
    // No error means every part of every draft was read.
    return drafts.stream().map(Draft::toRule).toList();
  }

  private Optional<Node> compose(Reader source) {
    LoadSettings settings = LoadSettings.builder().setLabel(file).build();
    try {
      Optional<Node> root = new Compose(settings).composeReader(source);
      if (root.isEmpty()) {
        errors.add(new RuleError(file, 1, "(document)", "empty file; expected a 'rules' list"));
      }
      return root;
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(mark -> mark.getLine() + 1).orElse(1);
      errors.add(new RuleError(file, line, "(yaml)", e.getProblem()));
    } catch (YamlEngineException e) {
      errors.add(new RuleError(file, 1, "(yaml)", "not readable as YAML"));
    }
    return Optional.empty();
  }

  private void readDocument(Node root) {
    if (!(root instanceof MappingNode mapping)) {
      yaml.error(root, "(document)", "expected a mapping with a 'rules' list");
      return;
    }
    Map<String, Node> fields = yaml.fields(mapping, "", TOP_FIELDS);
    Node version = fields.get("version");
    if (version != null) {
      yaml.scalar(version, "version")
          .filter(value -> !value.equals("1"))
          .ifPresent(value -> yaml.error(version, "version", "unsupported version; expected 1"));
    }
    Node rules = fields.get("rules");
    if (rules == null) {
      yaml.error(root, "rules", "missing field");
    } else if (rules instanceof SequenceNode list) {
      readRules(list);
      checkConflicts();
      checkComplete(yaml.keyLine(mapping, "rules"));
    } else {
      yaml.error(rules, "rules", "expected a list of rules");
    }
  }

  private void readRules(SequenceNode list) {
    List<Node> items = list.getValue();
    for (int i = 0; i < items.size(); i++) {
      String path = "rules[" + i + "]";
      if (items.get(i) instanceof MappingNode rule) {
        readRule(rule, path);
      } else {
        yaml.error(items.get(i), path, "expected a mapping with " + String.join(", ", RULE_FIELDS));
      }
    }
  }

  private void readRule(MappingNode rule, String path) {
    Map<String, Node> fields = yaml.fields(rule, path + ".", RULE_FIELDS);
    for (String name : RULE_FIELDS) {
      if (!fields.containsKey(name)) {
        yaml.error(rule, path + "." + name, "missing field");
      }
    }
    DataCategory category =
        lookUp(fields, path, "category", "category", CATEGORIES, DataCategory::id);
    RetentionEvent event = lookUp(fields, path, "counts-from", "event", EVENTS, RetentionEvent::id);
    RetentionAction action =
        lookUp(fields, path, "action", "action", RetentionAction.ALL, RetentionAction::id);
    Period period = period(fields.get("period"), path + ".period");
    if (category != null && event != null && !category.accepts(event)) {
      yaml.error(
          fields.get("counts-from"),
          path + ".counts-from",
          "'%s' cannot apply to category '%s'; it applies to %s"
              .formatted(
                  event.id(), category.id(), ids(category.applicableEvents(), RetentionEvent::id)));
    }
    if (category != null) {
      int line = yaml.line(fields.get("category"));
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
    Optional<String> id = node == null ? Optional.empty() : yaml.scalar(node, path);
    if (id.isEmpty()) {
      return null;
    }
    for (T value : values) {
      if (idOf.apply(value).equals(id.get())) {
        return value;
      }
    }
    yaml.error(
        node,
        path,
        "unknown %s '%s'; expected one of %s".formatted(what, id.get(), ids(values, idOf)));
    return null;
  }

  private Period period(Node node, String path) {
    Optional<String> text = node == null ? Optional.empty() : yaml.scalar(node, path);
    if (text.isEmpty()) {
      return null;
    }
    try {
      Period period = Period.parse(text.get());
      if (RetentionRule.isPositive(period)) {
        return period;
      }
      yaml.error(node, path, "must be a positive period, was '%s'".formatted(text.get()));
    } catch (DateTimeParseException e) {
      yaml.error(
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
        errors.add(
            new RuleError(
                file,
                draft.line(),
                draft.path() + ".category",
                "second rule for '%s'; the first is at line %d"
                    .formatted(draft.category().id(), earlier.line())));
      }
    }
  }

  private void checkComplete(int rulesLine) {
    Set<DataCategory> missing = EnumSet.allOf(DataCategory.class);
    drafts.forEach(draft -> missing.remove(draft.category()));
    if (!missing.isEmpty()) {
      errors.add(
          new RuleError(file, rulesLine, "rules", "no rule for " + ids(missing, DataCategory::id)));
    }
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
