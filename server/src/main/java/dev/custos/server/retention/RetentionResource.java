package dev.custos.server.retention;

import dev.custos.server.audit.AuditEvent;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.identity.Caller;
import dev.custos.server.identity.Role;
import dev.custos.server.platform.Page;
import dev.custos.server.problem.Messages;
import dev.custos.server.problem.ProblemException;
import dev.custos.server.problem.Violations;
import dev.custos.server.retention.store.RunStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The retention sweep: run it now, dry-run it, and read the report every run leaves (progress while
 * it runs, then what it did or would do to each due record, and why).
 */
@Path("/retention")
@Dependent
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retention")
public class RetentionResource {

  private static final Set<String> DECISIONS = Set.of("act", "hold", "keep");

  private final RetentionSweeps sweeps;
  private final EntityManager em;
  private final AuditTrail audit;
  private final Caller caller;
  @Context private HttpHeaders headers;
  @Context private UriInfo uriInfo;

  @Inject
  public RetentionResource(
      RetentionSweeps sweeps, EntityManager em, AuditTrail audit, Caller caller) {
    this.sweeps = sweeps;
    this.em = em;
    this.audit = audit;
    this.caller = caller;
  }

  @POST
  @Path("/sweeps")
  @RolesAllowed(Role.COMPLIANCE_OFFICER)
  @Operation(
      summary = "Run the retention sweep now",
      description = "Starts in the background; the answer points at the run's report.")
  public Response runNow() {
    return started(sweeps.startNow(false, caller.subject()));
  }

  @POST
  @Path("/dry-runs")
  @RolesAllowed(Role.COMPLIANCE_OFFICER)
  @Operation(
      summary = "Dry-run the retention sweep",
      description =
          "Decides exactly as a real run would and writes the same report, but changes nothing.")
  public Response dryRun() {
    return started(sweeps.startNow(true, caller.subject()));
  }

  @GET
  @Path("/sweeps")
  @RolesAllowed({Role.COMPLIANCE_OFFICER, Role.AUDITOR})
  @Transactional
  @Operation(summary = "List sweep runs, real and dry, newest first")
  public Page<RunView> list(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Violations violations = new Violations(Messages.choose(headers.getAcceptableLanguages()));
    Page.checkBounds(violations, offset, limit);
    violations.throwIfAny();
    RunStore runs = new RunStore(em);
    return new Page<>(runs.list(offset, limit), runs.count(), limit, offset);
  }

  @GET
  @Path("/sweeps/{id}")
  @RolesAllowed({Role.COMPLIANCE_OFFICER, Role.AUDITOR})
  @Transactional
  @Operation(summary = "Get a run's report: status and progress per data category")
  public RunView get(@PathParam("id") String id) {
    return new RunStore(em).find(runId(id)).orElseThrow(RetentionResource::notFound);
  }

  @GET
  @Path("/sweeps/{id}/items")
  @RolesAllowed({Role.COMPLIANCE_OFFICER, Role.AUDITOR})
  @Transactional
  @Operation(
      summary = "What a run did or would do to each due record, and why",
      description = "In the order decided; decision=act, hold or keep filters.")
  public Page<ItemView> items(
      @PathParam("id") String id,
      @QueryParam("decision") String decision,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Violations violations = new Violations(Messages.choose(headers.getAcceptableLanguages()));
    Page.checkBounds(violations, offset, limit);
    Optional<String> filter = Optional.ofNullable(decision).filter(d -> !d.isBlank());
    if (filter.isPresent() && !DECISIONS.contains(filter.get())) {
      violations.add("decision", "one-of", "act, hold, keep");
    }
    violations.throwIfAny();
    UUID run = runId(id);
    RunStore runs = new RunStore(em);
    if (runs.find(run).isEmpty()) {
      throw notFound();
    }
    // The report names subjects by their pseudonymous ids: reading it is an access to be audited.
    audit.record(AuditEvent.success("retention.report-read", "retention-run", run.toString()));
    return new Page<>(
        runs.items(run, filter, offset, limit), runs.itemCount(run, filter), limit, offset);
  }

  private Response started(UUID id) {
    return Response.accepted(new RunStub(id, "running"))
        .location(uriInfo.getBaseUriBuilder().path("retention/sweeps").path(id.toString()).build())
        .build();
  }

  /** The answer to starting a run: its id; the report is at the Location. */
  public record RunStub(UUID id, String status) {}

  private static UUID runId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw notFound();
    }
  }

  private static ProblemException notFound() {
    return ProblemException.notFound("retention-run-not-found");
  }
}
