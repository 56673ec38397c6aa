package dev.custos.server.platform;

import dev.custos.server.problem.ProblemWriter;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When the server has an HTTPS listener ({@code custos.http.https-port}, set by {@code custos start
 * --https-port}), the plain HTTP port stops serving the application: API calls are refused with a
 * problem (not redirected: the token and body have crossed the network in clear already, and a
 * silent redirect would hide the misconfigured client), pages are redirected to HTTPS with 308, and
 * only the health checks stay on HTTP, for local probes and load balancers; they carry no personal
 * data.
 */
@WebFilter(filterName = "https-only", urlPatterns = "/*")
public class HttpsOnly extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject
  @ConfigProperty(name = "custos.http.https-port")
  Optional<Integer> httpsPort;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (httpsPort.isEmpty() || request.isSecure() || isHealthCheck(request)) {
      chain.doFilter(request, response);
      return;
    }
    int port = httpsPort.get();
    if (request.getRequestURI().startsWith("/api/")) {
      ProblemWriter.send(
          request, response, HttpServletResponse.SC_FORBIDDEN, "https-required", port);
      return;
    }
    String query = request.getQueryString();
    String target =
        "https://"
            + request.getServerName()
            + (port == 443 ? "" : ":" + port)
            + request.getRequestURI()
            + (query == null ? "" : "?" + query);
    response.setStatus(308);
    response.setHeader("Location", target);
  }

  private static boolean isHealthCheck(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return uri.equals("/health") || uri.startsWith("/health/");
  }
}
