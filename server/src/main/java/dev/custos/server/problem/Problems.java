package dev.custos.server.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds problem-details responses for the mappers and the error servlet. */
final class Problems {

  /** Problem codes for plain HTTP statuses raised by the container or JAX-RS. */
  private static final Map<Integer, String> STATUS_CODES =
      Map.ofEntries(
          Map.entry(400, "bad-request"),
          Map.entry(401, "unauthenticated"),
          Map.entry(403, "forbidden"),
          Map.entry(404, "not-found"),
          Map.entry(405, "method-not-allowed"),
          Map.entry(406, "not-acceptable"),
          Map.entry(409, "conflict"),
          Map.entry(412, "precondition-failed"),
          Map.entry(413, "payload-too-large"),
          Map.entry(415, "unsupported-media-type"),
          Map.entry(500, "internal-error"));

  private Problems() {}

  static String codeForStatus(int status) {
    return STATUS_CODES.getOrDefault(status, status >= 500 ? "internal-error" : "bad-request");
  }

  static Problem of(
      Locale locale,
      int status,
      String code,
      List<FieldError> errors,
      String incident,
      Object... args) {
    return new Problem(
        Problem.typeOf(code),
        Messages.text(locale, code + ".title"),
        status,
        Messages.text(locale, code + ".detail", args),
        null,
        errors.isEmpty() ? null : errors,
        incident);
  }

  static Response response(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
