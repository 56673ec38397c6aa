package dev.custos.server.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Broken rules of the API's own making. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(ProblemException e) {
    Response response =
        Problems.response(
            Problems.of(
                Messages.choose(headers.getAcceptableLanguages()),
                e.status(),
                e.code(),
                e.errors(),
                null,
                e.args()));
    return e.retryAfterSeconds() > 0
        ? Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build()
        : response;
  }
}
