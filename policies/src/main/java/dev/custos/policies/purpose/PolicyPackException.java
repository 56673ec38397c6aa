package dev.custos.policies.purpose;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A policy pack could not be loaded. Carries every problem found, not just the first, so a
 * compliance officer can fix a pack in one pass. Messages quote pack content (ids, keys), never
 * personal data: packs hold none.
 */
public final class PolicyPackException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<PolicyPackProblem> problems;

  /** A failure made of one or more located problems. */
  public PolicyPackException(List<PolicyPackProblem> problems) {
    super(problems.stream().map(PolicyPackProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** The problems, in the order they appear in the file. */
  public List<PolicyPackProblem> problems() {
    return problems;
  }
}
