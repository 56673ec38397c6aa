package dev.custos.server.audit;

import dev.custos.server.problem.AccessDenied;
import dev.custos.server.problem.SafeStackTrace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Records refused API requests (401 and 403) as {@code access.denied} events with outcome {@code
 * denied}. The resource is the endpoint's path template (or the path when no endpoint matched),
 * never the query string, which may carry values. A failure to record is logged and leaves the
 * refusal as it was: a 403 never turns into a 500.
 */
@ApplicationScoped
public class DeniedAccess {

  /** The actor of a request without a valid token. */
  public static final String ANONYMOUS = "anonymous";

  static final String ACTION = "access.denied";
  private static final Logger LOG = Logger.getLogger(DeniedAccess.class.getName());

  private final AuditTrail audit;

  @Inject
  public DeniedAccess(AuditTrail audit) {
    this.audit = audit;
  }

  /** For CDI client proxies only. */
  protected DeniedAccess() {
    this.audit = null;
  }

  /** Records one refusal; never throws. */
  public void record(String actor, String roles, String resource, int status) {
    try {
      audit.record(
          actor == null ? ANONYMOUS : actor,
          roles == null ? "" : roles,
          new AuditEvent(ACTION, "endpoint", truncate(resource), null, AuditEvent.Outcome.DENIED));
    } catch (RuntimeException e) {
      LOG.warning(
          "Could not audit a refused request (status " + status + "): " + SafeStackTrace.of(e));
    }
  }

  /** Refusals raised before JAX-RS, such as an invalid or expired token. */
  void onDeniedBeforeJaxRs(@Observes AccessDenied denied) {
    record(ANONYMOUS, "", denied.path(), denied.status());
  }

  // resource_id holds at most 255 characters.
  private static String truncate(String resource) {
    return resource.length() <= 255 ? resource : resource.substring(0, 255);
  }
}
