package dev.custos.policies.yaml;

import java.util.Objects;

/**
 * One thing wrong in a YAML file, located by file, line, column and field.
 *
 * @param file the file name as the loader gave it
 * @param line 1-based line of the offending node
 * @param column 1-based column of the offending node
 * @param field the path of the field, for example {@code purposes[3].lawfulBases[0]}
 * @param message what is wrong and what is expected; never a value that may be personal data
 */
public record YamlProblem(String file, int line, int column, String field, String message) {

  public YamlProblem {
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
