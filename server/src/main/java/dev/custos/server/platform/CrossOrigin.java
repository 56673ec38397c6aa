package dev.custos.server.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Cross-origin calls to the API, off unless {@code custos.http.cors.allowed-origins} names exact
 * origins (for example a console served from another host). Only those origins get CORS headers;
 * credentials (cookies) are never allowed, since the API takes bearer tokens only.
 */
@WebFilter(filterName = "cross-origin", urlPatterns = "/api/*")
public class CrossOrigin extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String ALLOWED_ORIGINS = "custos.http.cors.allowed-origins";

  private Set<String> allowed = Set.of();

  /**
   * Reads the origins once. Read here rather than injected: Payara fails to inject a parameterised
   * type into a filter, and a filter that fails to start is silently skipped.
   */
  @Override
  public void init() {
    List<String> origins =
        ConfigProvider.getConfig()
            .getOptionalValues(ALLOWED_ORIGINS, String.class)
            .orElse(List.of());
    allowed =
        origins.stream()
            .map(String::strip)
            .filter(o -> !o.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String origin = request.getHeader("Origin");
    boolean known = origin != null && allowed.contains(origin);
    if (known) {
      response.setHeader("Access-Control-Allow-Origin", origin);
      response.setHeader("Vary", "Origin");
    }
    boolean preflight =
        "OPTIONS".equals(request.getMethod())
            && request.getHeader("Access-Control-Request-Method") != null;
    if (preflight) {
      if (known) {
        response.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE");
        response.setHeader(
            "Access-Control-Allow-Headers",
            "Authorization, Content-Type, Accept-Language, If-Match");
        response.setHeader("Access-Control-Max-Age", "600");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      } else {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
      }
      return;
    }
    chain.doFilter(request, response);
  }
}
