package dev.custos.server.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A body that is not JSON at all, or not the JSON shape the endpoint takes: JAX-RS reports both as
 * a processing exception while reading the entity.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(ProcessingException e) {
    return Problems.response(
        Problems.of(
            Messages.choose(headers.getAcceptableLanguages()),
            400,
            "unreadable-body",
            List.of(),
            null));
  }
}
