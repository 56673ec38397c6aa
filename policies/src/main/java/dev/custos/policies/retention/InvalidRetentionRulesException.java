package dev.custos.policies.retention;

import java.util.List;

/**
 * A retention rule file was rejected. Carries every problem found, not only the first, so that one
 * round of editing can fix them all.
 */
public final class InvalidRetentionRulesException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<RuleError> errors;

  public InvalidRetentionRulesException(List<RuleError> errors) {
    super(message(errors));
    this.errors = List.copyOf(errors);
  }

  /** The problems, in file order. */
  public List<RuleError> errors() {
    return errors;
  }

  private static String message(List<RuleError> errors) {
    StringBuilder text =
        new StringBuilder()
            .append(errors.size())
            .append(errors.size() == 1 ? " problem" : " problems")
            .append(" in retention rules:");
    for (RuleError error : errors) {
      text.append('\n').append(error);
    }
    return text.toString();
  }
}
