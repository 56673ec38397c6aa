package dev.custos.server.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * HTTP errors raised by JAX-RS itself (unknown path, wrong method or media type, missing role,
 * unreadable body). Their messages are replaced by ours: the framework's may quote the input.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    if (status >= 500) {
      return new UnexpectedExceptionMapper(headers).toResponse(e);
    }
    Response.ResponseBuilder builder =
        Response.fromResponse(
                Problems.response(
                    Problems.of(
                        Messages.choose(headers.getAcceptableLanguages()),
                        status,
                        Problems.codeForStatus(status),
                        List.of(),
                        null)))
            .type(Problem.MEDIA_TYPE);
    if (e.getResponse() != null && e.getResponse().getHeaderString("Allow") != null) {
      builder.header("Allow", e.getResponse().getHeaderString("Allow"));
    }
    return builder.build();
  }
}
