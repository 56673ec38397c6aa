package dev.custos.connectors.config;

import java.util.List;
import java.util.stream.Collectors;

/** A connector file that cannot be used; the message lists every problem, one per line. */
public final class InvalidConnectorConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<ConfigProblem> problems;

  public InvalidConnectorConfigException(List<ConfigProblem> problems) {
    super(
        problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n")),
        null,
        false,
        false);
    this.problems = List.copyOf(problems);
  }

  /** The problems in file order. */
  public List<ConfigProblem> problems() {
    return problems;
  }
}
