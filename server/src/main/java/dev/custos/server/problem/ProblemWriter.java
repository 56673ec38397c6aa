package dev.custos.server.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/**
 * Writes a problem-details answer from a servlet filter, which runs before JAX-RS and so cannot
 * throw a {@link ProblemException} to its mappers. Same JSON, same bilingual messages.
 */
public final class ProblemWriter {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private ProblemWriter() {}

  public static void send(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String code,
      Object... args)
      throws IOException {
    Problem problem =
        Problems.of(
            Messages.choose(Collections.list(request.getLocales())),
            status,
            code,
            List.of(),
            null,
            args);
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSONB.toJson(problem));
  }
}
