package dev.custos.server.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Applies the {@link PublicRateLimit} to every resource method marked {@code @PermitAll}, so that a
 * new public endpoint is limited without anyone remembering to. Runs after matching (it needs the
 * method) and before the method itself; a refusal becomes a problem-details 429.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class PublicEndpointFilter implements ContainerRequestFilter {

  @Context private ResourceInfo resource;
  @Context private HttpServletRequest request;

  // Looked up, not injected: JAX-RS creates this provider, and CDI field injection into it is not
  // something every runtime promises.
  private volatile PublicRateLimit limit;

  @Override
  public void filter(ContainerRequestContext context) {
    var method = resource.getResourceMethod();
    if (method == null || !method.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    limit().acquire(request.getRemoteAddr());
  }

  private PublicRateLimit limit() {
    PublicRateLimit current = limit;
    if (current == null) {
      current = CDI.current().select(PublicRateLimit.class).get();
      limit = current;
    }
    return current;
  }
}
