package dev.custos.connectors.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/** The problems found in one connector file so far. */
final class Problems {

  private final String file;
  private final List<ConfigProblem> found = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  void add(Node node, String field, String message) {
    add(line(node), field, message);
  }

  void add(int line, String field, String message) {
    found.add(new ConfigProblem(file, line, field, message));
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** The problems by line; problems on one line keep the order they were found in. */
  List<ConfigProblem> inFileOrder() {
    List<ConfigProblem> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(ConfigProblem::line));
    return sorted;
  }

  /** Marks count lines from zero; editors and people count from one. */
  static int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
  }
}
