package dev.custos.server.problem;

import java.util.List;

/**
 * A broken rule, reported to the caller as problem details. The message keys point into the
 * bilingual message bundle; arguments must never be personal data.
 */
public class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient Object[] args;
  private final List<FieldError> errors;

  public ProblemException(int status, String code, List<FieldError> errors, Object... args) {
    super(code, null, false, false);
    this.status = status;
    this.code = code;
    this.errors = List.copyOf(errors);
    this.args = args.clone();
  }

  public static ProblemException notFound(String code, Object... args) {
    return new ProblemException(404, code, List.of(), args);
  }

  public static ProblemException conflict(String code, Object... args) {
    return new ProblemException(409, code, List.of(), args);
  }

  public static ProblemException invalid(List<FieldError> errors) {
    return new ProblemException(400, "invalid-request", errors, errors.size());
  }

  public static ProblemException badRequest(String code, Object... args) {
    return new ProblemException(400, code, List.of(), args);
  }

  public int status() {
    return status;
  }

  /** Identifies the problem type and its texts ({@code <code>.title}, {@code <code>.detail}). */
  public String code() {
    return code;
  }

  public List<FieldError> errors() {
    return errors;
  }

  Object[] args() {
    return args.clone();
  }
}
