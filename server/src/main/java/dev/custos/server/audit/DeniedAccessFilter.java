package dev.custos.server.audit;

import dev.custos.server.identity.Role;
import dev.custos.server.problem.SafeStackTrace;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Sees every API answer, including refusals by {@code @RolesAllowed} that happen before a resource
 * method runs (JAX-RS maps them to a response first, then runs response filters), and hands each
 * 401 and 403 to {@link DeniedAccess}.
 */
@Provider
public class DeniedAccessFilter implements ContainerResponseFilter {

  private static final String API_ROOT = "/api/v1";
  private static final Logger LOG = Logger.getLogger(DeniedAccessFilter.class.getName());

  @Context private ResourceInfo resourceInfo;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    int status = response.getStatus();
    if (status != 401 && status != 403) {
      return;
    }
    SecurityContext security = request.getSecurityContext();
    Principal principal = security == null ? null : security.getUserPrincipal();
    String actor = null;
    String roles = "";
    if (principal instanceof JsonWebToken token) {
      actor = token.getSubject();
      Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
      roles = groups.stream().filter(Role.ALL::contains).sorted().collect(Collectors.joining(","));
    } else if (principal != null) {
      actor = principal.getName();
    }
    String resource = template(request);
    try {
      CDI.current().select(DeniedAccess.class).get().record(actor, roles, resource, status);
    } catch (RuntimeException e) {
      LOG.warning("Could not audit a refused request: " + SafeStackTrace.of(e));
    }
  }

  /** The matched endpoint's template, such as /api/v1/quarantine/{id}; else the bare path. */
  private String template(ContainerRequestContext request) {
    Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
    Class<?> type = resourceInfo == null ? null : resourceInfo.getResourceClass();
    if (method == null || type == null) {
      return API_ROOT + "/" + request.getUriInfo().getPath(true).replaceFirst("^/", "");
    }
    StringBuilder path = new StringBuilder(API_ROOT);
    append(path, type.getAnnotation(Path.class));
    append(path, method.getAnnotation(Path.class));
    return path.toString();
  }

  private static void append(StringBuilder path, Path segment) {
    if (segment == null) {
      return;
    }
    String value = segment.value().replaceAll("^/+|/+$", "");
    if (!value.isEmpty()) {
      path.append('/').append(value);
    }
  }
}
