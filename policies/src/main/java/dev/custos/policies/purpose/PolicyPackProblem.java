package dev.custos.policies.purpose;

/**
 * One thing wrong in a policy-pack file, located by file, line and field.
 *
 * @param file the file name, for example {@code gdpr.yaml}
 * @param line 1-based line of the offending node
 * @param column 1-based column of the offending node
 * @param field the path of the field, for example {@code purposes[3].lawfulBases[0]}
 * @param message what is wrong and what is expected
 */
public record PolicyPackProblem(String file, int line, int column, String field, String message) {

  /** {@code file:line: field: message}, the form editors and CI logs link to. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + field + ": " + message;
  }
}
