package dev.custos.policies.retention;

import java.util.Objects;

/**
 * One problem in a retention rule file, located so that whoever edits the file can go straight to
 * it. Rule files hold no personal data, so the message may quote the offending value.
 *
 * @param file the file's name as the caller gave it
 * @param line 1-based line number
 * @param field the path of the field, for example {@code rules[2].period}
 * @param message what is wrong, and what is expected instead
 */
public record RuleError(String file, int line, String field, String message) {

  public RuleError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** {@code file:line: field: message}, the form editors and CI logs link to. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + field + ": " + message;
  }
}
