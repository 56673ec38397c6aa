package dev.custos.server.retention;

import dev.custos.server.audit.AuditEvent;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.identity.Caller;
import dev.custos.server.identity.Role;
import dev.custos.server.platform.Page;
import dev.custos.server.problem.Messages;
import dev.custos.server.problem.ProblemException;
import dev.custos.server.problem.Violations;
import dev.custos.server.retention.store.LegalHoldStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
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
import java.time.Clock;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Legal holds: placed and released by a compliance officer, read by auditors too. A hold blocks
 * every retention action on what its scope covers until it is released.
 */
@Path("/legal-holds")
@Dependent
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retention")
public class LegalHoldResource {

  private final EntityManager em;
  private final AuditTrail audit;
  private final Caller caller;
  private final Clock clock;
  @Context private HttpHeaders headers;
  @Context private UriInfo uriInfo;

  @Inject
  public LegalHoldResource(EntityManager em, AuditTrail audit, Caller caller, Clock clock) {
    this.em = em;
    this.audit = audit;
    this.caller = caller;
    this.clock = clock;
  }

  @GET
  @RolesAllowed({Role.COMPLIANCE_OFFICER, Role.AUDITOR})
  @Transactional
  @Operation(summary = "List legal holds, newest first; only those in force with active=true")
  public Page<LegalHoldView> list(
      @QueryParam("active") @DefaultValue("false") boolean activeOnly,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Violations violations = new Violations(locale());
    Page.checkBounds(violations, offset, limit);
    violations.throwIfAny();
    LegalHoldStore holds = new LegalHoldStore(em);
    return new Page<>(
        holds.list(activeOnly, offset, limit), holds.count(activeOnly), limit, offset);
  }

  @POST
  @RolesAllowed(Role.COMPLIANCE_OFFICER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(
      summary = "Place a legal hold",
      description =
          "Scope subject (subjectId), account (accountId), category (category) or"
              + " subject-category (subjectId and category); reasonCode is a code such as"
              + " litigation.")
  public Response place(JsonObject body) {
    Violations violations = new Violations(locale());
    HoldInput input =
        HoldInput.read(body == null ? JsonObject.EMPTY_JSON_OBJECT : body, violations).orElse(null);
    violations.throwIfAny();
    LegalHoldView hold = new LegalHoldStore(em).place(input, caller.subject(), clock.instant());
    audit.record(AuditEvent.success("legal-hold.place", "legal-hold", hold.id()));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(hold.id()).build())
        .entity(hold)
        .build();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Role.COMPLIANCE_OFFICER, Role.AUDITOR})
  @Transactional
  @Operation(summary = "Get one legal hold")
  public LegalHoldView get(@PathParam("id") String id) {
    return new LegalHoldStore(em)
        .find(id)
        .orElseThrow(() -> ProblemException.notFound("legal-hold-not-found"));
  }

  @POST
  @Path("/{id}/release")
  @RolesAllowed(Role.COMPLIANCE_OFFICER)
  @Transactional
  @Operation(
      summary = "Release a legal hold",
      description = "From now on, the data it covered follows its retention rules again.")
  public LegalHoldView release(@PathParam("id") String id) {
    LegalHoldStore holds = new LegalHoldStore(em);
    LegalHoldView before =
        holds.find(id).orElseThrow(() -> ProblemException.notFound("legal-hold-not-found"));
    if (!before.active()) {
      throw ProblemException.conflict("legal-hold-released");
    }
    LegalHoldView released = holds.release(id, caller.subject(), clock.instant()).orElseThrow();
    audit.record(AuditEvent.success("legal-hold.release", "legal-hold", id));
    return released;
  }

  private Locale locale() {
    return Messages.choose(headers.getAcceptableLanguages());
  }
}
