package dev.custos.policies.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The problems found in one file so far. One instance collects for one file; not thread-safe.
 * Carries the loader's {@link YamlWording} so that every read into it speaks the same way.
 */
public final class YamlProblems {

  private final String file;
  private final YamlWording wording;
  private final List<YamlProblem> found = new ArrayList<>();

  public YamlProblems(String file, YamlWording wording) {
    this.file = Objects.requireNonNull(file, "file");
    this.wording = Objects.requireNonNull(wording, "wording");
  }

  public String file() {
    return file;
  }

  public YamlWording wording() {
    return wording;
  }

  /** Adds a problem located where {@code node} starts. */
  public void add(Node node, String field, String message) {
    add(node.getStartMark(), field, message);
  }

  /** Adds a problem at a mark, for example a syntax error's; at the start when there is none. */
  public void add(Optional<Mark> mark, String field, String message) {
    // Marks count from zero; editors and people count lines and columns from one.
    int line = mark.map(m -> m.getLine() + 1).orElse(1);
    int column = mark.map(m -> m.getColumn() + 1).orElse(1);
    found.add(new YamlProblem(file, line, column, field, message));
  }

  /** Adds a problem known only by its line. */
  public void add(int line, String field, String message) {
    found.add(new YamlProblem(file, line, 1, field, message));
  }

  /** Adds a problem that has no place in the file, such as an empty file. */
  public void addWithoutPosition(String field, String message) {
    add(1, field, message);
  }

  /** Adds the problem unless {@code valid}; returns {@code valid}, for use in filters. */
  public boolean check(boolean valid, Node node, String field, String message) {
    if (!valid) {
      add(node, field, message);
    }
    return valid;
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** By line, then column; problems at the same place keep the order they were found in. */
  public List<YamlProblem> byPosition() {
    List<YamlProblem> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(YamlProblem::line).thenComparingInt(YamlProblem::column));
    return sorted;
  }

  /** By line only; problems on one line keep the order they were found in. */
  public List<YamlProblem> byLine() {
    List<YamlProblem> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(YamlProblem::line));
    return sorted;
  }

  /** The 1-based line where the node starts. */
  public static int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
  }
}
