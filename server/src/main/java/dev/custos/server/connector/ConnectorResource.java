package dev.custos.server.connector;

import dev.custos.connectors.ingest.ConnectorStatus;
import dev.custos.server.audit.AuditEvent;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.identity.Role;
import dev.custos.server.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Connector status for administrators, and running a connector on demand. */
@Path("/connectors")
@Dependent
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.CX_ADMIN)
@Tag(name = "Connectors")
public class ConnectorResource {

  private final ConnectorHost host;
  private final AuditTrail audit;

  @Inject
  public ConnectorResource(ConnectorHost host, AuditTrail audit) {
    this.host = host;
    this.audit = audit;
  }

  /** A connector's state and counts as the API shows them: ids, times and numbers only. */
  public record StatusView(
      String id,
      String state,
      Instant lastRunStart,
      Instant lastRunEnd,
      long read,
      long stored,
      long duplicates,
      long quarantined,
      long suppressed,
      String lastError) {

    static StatusView of(ConnectorStatus s) {
      var c = s.counts();
      return new StatusView(
          s.connectorId(),
          s.state().name().toLowerCase(java.util.Locale.ROOT),
          s.lastRunStart().orElse(null),
          s.lastRunEnd().orElse(null),
          c.read(),
          c.stored(),
          c.duplicates(),
          c.quarantined(),
          c.suppressed(),
          s.lastError().orElse(null));
    }
  }

  @GET
  @Operation(summary = "List connectors with their state, last run and counts")
  public List<StatusView> list() {
    return host.statuses().stream().map(StatusView::of).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get one connector's status")
  public StatusView get(@PathParam("id") String id) {
    return host.status(id)
        .map(StatusView::of)
        .orElseThrow(() -> ProblemException.notFound("connector-not-found"));
  }

  @POST
  @Path("/{id}/run")
  @Operation(summary = "Run a connector now", description = "Answers 202; the run is asynchronous.")
  public Response runNow(@PathParam("id") String id) {
    if (!host.runNow(id)) {
      throw ProblemException.notFound("connector-not-found");
    }
    audit.record(AuditEvent.success("connector.run", "connector", id));
    return Response.accepted().build();
  }
}
