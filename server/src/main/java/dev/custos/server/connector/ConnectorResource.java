package dev.custos.server.connector;

import dev.custos.connectors.ingest.ConnectorStatus;
import dev.custos.connectors.ingest.RunCounts;
import dev.custos.server.audit.AuditEvent;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.identity.Role;
import dev.custos.server.ingest.store.JpaWatermarkStore;
import dev.custos.server.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Connector status for administrators; running, stopping and starting a connector. */
@Path("/connectors")
@Dependent
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.CX_ADMIN)
@Tag(name = "Connectors")
public class ConnectorResource {

  private final ConnectorHost host;
  private final EntityManager em;
  private final AuditTrail audit;
  private final Clock clock;

  @Inject
  public ConnectorResource(ConnectorHost host, EntityManager em, AuditTrail audit, Clock clock) {
    this.host = host;
    this.em = em;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * A connector's state and counts as the API shows them: ids, times and numbers only.
   *
   * @param lastSuccess when its last successful run (one that read everything its source offered)
   *     ended, since the server started
   * @param watermarkAt when its newest position in the source was committed; kept across restarts
   * @param lagSeconds how far behind its source it may be: seconds since {@code lastSuccess}, or
   *     since {@code watermarkAt} while no run has succeeded since start-up; null before either
   * @param totals the rows of every run since the server started (the flat counts are the last
   *     run's)
   */
  public record StatusView(
      String id,
      String state,
      Instant lastRunStart,
      Instant lastRunEnd,
      Instant lastSuccess,
      Instant watermarkAt,
      Long lagSeconds,
      long read,
      long stored,
      long duplicates,
      long quarantined,
      long suppressed,
      CountsView totals,
      String lastError) {

    static StatusView of(ConnectorStatus s, Optional<Instant> watermarkAt, Instant now) {
      var c = s.counts();
      Optional<Instant> since = s.lastSuccess().or(() -> watermarkAt);
      return new StatusView(
          s.connectorId(),
          s.state().name().toLowerCase(Locale.ROOT),
          s.lastRunStart().orElse(null),
          s.lastRunEnd().orElse(null),
          s.lastSuccess().orElse(null),
          watermarkAt.orElse(null),
          since.map(t -> Math.max(0, Duration.between(t, now).toSeconds())).orElse(null),
          c.read(),
          c.stored(),
          c.duplicates(),
          c.quarantined(),
          c.suppressed(),
          CountsView.of(s.totals()),
          s.lastError().orElse(null));
    }
  }

  /** Rows of every run since the server started. */
  public record CountsView(
      long read, long stored, long duplicates, long quarantined, long suppressed) {
    static CountsView of(RunCounts c) {
      return new CountsView(c.read(), c.stored(), c.duplicates(), c.quarantined(), c.suppressed());
    }
  }

  @GET
  @Transactional
  @Operation(summary = "List connectors with their state, last run, counts and lag")
  public List<StatusView> list() {
    return host.statuses().stream().map(this::view).toList();
  }

  @GET
  @Path("/{id}")
  @Transactional
  @Operation(summary = "Get one connector's status")
  public StatusView get(@PathParam("id") String id) {
    return host.status(id)
        .map(this::view)
        .orElseThrow(() -> ProblemException.notFound("connector-not-found"));
  }

  @POST
  @Path("/{id}/run")
  @Operation(summary = "Run a connector now", description = "Answers 202; the run is asynchronous.")
  public Response runNow(@PathParam("id") String id) {
    requireKnown(id);
    if (host.isStopped(id)) {
      throw ProblemException.conflict("connector-stopped");
    }
    audit.record(AuditEvent.success("connector.run", "connector", id));
    if (!host.runNow(id)) {
      throw ProblemException.notFound("connector-not-found");
    }
    audit.record(AuditEvent.success("connector.run", "connector", id));
    return Response.accepted().build();
  }

  @POST
  @Path("/{id}/stop")
  @Transactional
  @Operation(
      summary = "Stop a connector",
      description =
          "No run begins until it is started again, also after a restart. A run in progress"
              + " ends before its next page; the pages stored so far stay, and the next start goes"
              + " on after them. A dropped file being read is read to its end.")
  public StatusView stop(@PathParam("id") String id) {
    requireKnown(id);
    host.stopConnector(id);
    return get(id);
  }

  @POST
  @Path("/{id}/start")
  @Transactional
  @Operation(summary = "Start a stopped connector", description = "Its first run begins at once.")
  public StatusView start(@PathParam("id") String id) {
    requireKnown(id);
    host.startConnector(id);
    return get(id);
  }

  private void requireKnown(String id) {
    if (!host.knows(id)) {
      throw ProblemException.notFound("connector-not-found");
    }
  }

  private StatusView view(ConnectorStatus status) {
    return StatusView.of(
        status,
        new JpaWatermarkStore(em, clock).committedAt(status.connectorId()),
        clock.instant());
  }
}
