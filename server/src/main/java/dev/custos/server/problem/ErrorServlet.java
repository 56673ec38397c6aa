package dev.custos.server.problem;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Error page for failures outside JAX-RS (a missing or invalid token, an unknown static path):
 * answers with problem JSON instead of the container's HTML page.
 */
@WebServlet(name = "problem", urlPatterns = "/problem")
public class ErrorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 404;
    String incident = null;
    if (status >= 500) {
      incident = UUID.randomUUID().toString();
      Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      LOG.severe(
          "Incident "
              + incident
              + ": "
              + (error instanceof Throwable t ? SafeStackTrace.of(t) : "status " + status));
    }
    if (status == 401 || status == 403) {
      announceDenied(request, status);
    }
    String problemCode = Problems.codeForStatus(status);
    Problem problem =
        Problems.of(
            Messages.choose(Collections.list(request.getLocales())),
            status,
            problemCode,
            List.of(),
            incident,
            incident == null ? "" : incident);
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSONB.toJson(problem));
  }

  /** Lets the audit trail record the refusal; a failure there must not change the answer. */
  private static void announceDenied(HttpServletRequest request, int status) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri instanceof String s ? s : request.getRequestURI();
    String context = request.getContextPath();
    if (context != null && !context.isEmpty() && path.startsWith(context)) {
      path = path.substring(context.length());
    }
    if (!path.startsWith("/api/")) {
      return;
    }
    try {
      CDI.current()
          .getBeanManager()
          .getEvent()
          .select(AccessDenied.class)
          .fire(new AccessDenied(status, path));
    } catch (RuntimeException e) {
      LOG.warning("Could not report a refused request to the audit trail: " + SafeStackTrace.of(e));
    }
  }
}
