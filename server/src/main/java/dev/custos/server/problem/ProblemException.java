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
  private final long retryAfterSeconds;

  public ProblemException(int status, String code, List<FieldError> errors, Object... args) {
    this(status, code, errors, args, 0);
  }

  private ProblemException(
      int status, String code, List<FieldError> errors, Object[] args, long retryAfterSeconds) {
    super(code, null, false, false);
    this.status = status;
    this.code = code;
    this.errors = List.copyOf(errors);
    this.retryAfterSeconds = retryAfterSeconds;
    this.args = args.clone();
  }

  /** 429: the caller must wait; the answer carries {@code Retry-After}. */
  public static ProblemException tooManyRequests(String code, long retryAfterSeconds) {
    return new ProblemException(
        429, code, List.of(), new Object[] {retryAfterSeconds}, retryAfterSeconds);
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

  /** Seconds the caller should wait before trying again, or 0 when this does not apply. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
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
