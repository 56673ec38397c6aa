package dev.custos.server.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unexpected: logged once here under an incident id, answered with that id and nothing
 * else. The log keeps exception types and stack frames but not messages, which may carry values
 * from the request or the database.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context private HttpHeaders headers;

  public UnexpectedExceptionMapper() {}

  UnexpectedExceptionMapper(HttpHeaders headers) {
    this.headers = headers;
  }

  @Override
  public Response toResponse(Throwable e) {
    String incident = UUID.randomUUID().toString();
    if (LOG.isLoggable(Level.SEVERE)) {
      LOG.severe("Incident " + incident + ": " + SafeStackTrace.of(e));
    }
    return Problems.response(
        Problems.of(
            headers == null
                ? java.util.Locale.ENGLISH
                : Messages.choose(headers.getAcceptableLanguages()),
            500,
            "internal-error",
            List.of(),
            incident,
            incident));
  }
}
