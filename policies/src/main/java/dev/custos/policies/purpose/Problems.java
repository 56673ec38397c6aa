package dev.custos.policies.purpose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** The problems found in one pack file so far, each located by line and column. */
final class Problems {

  private final String file;
  private final List<PolicyPackProblem> found = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  void add(Node node, String field, String message) {
    add(node.getStartMark(), field, message);
  }

  void add(Optional<Mark> mark, String field, String message) {
    // Marks count from zero; editors and people count lines and columns from one.
    int line = mark.map(m -> m.getLine() + 1).orElse(1);
    int column = mark.map(m -> m.getColumn() + 1).orElse(1);
    found.add(new PolicyPackProblem(file, line, column, field, message));
  }

  /** Adds the problem unless {@code valid}; returns {@code valid}, for use in filters. */
  boolean check(boolean valid, Node node, String field, String message) {
    if (!valid) {
      add(node, field, message);
    }
    return valid;
  }

  void addWithoutPosition(String field, String message) {
    found.add(new PolicyPackProblem(file, 1, 1, field, message));
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** The problems in file order; problems at the same place keep the order they were found in. */
  List<PolicyPackProblem> inFileOrder() {
    List<PolicyPackProblem> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparingInt(PolicyPackProblem::line)
            .thenComparingInt(PolicyPackProblem::column));
    return sorted;
  }

  static int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
  }
}
