package dev.custos.server.ingest;

import dev.custos.server.audit.AuditEvent;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.identity.Role;
import dev.custos.server.ingest.store.QuarantineQueries;
import dev.custos.server.platform.Page;
import dev.custos.server.problem.Messages;
import dev.custos.server.problem.ProblemException;
import dev.custos.server.problem.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rows connectors could not take in: why each was held, and discarding them. */
@Path("/quarantine")
@Dependent
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Connectors")
public class QuarantineResource {

  private final EntityManager em;
  private final AuditTrail audit;
  @Context private HttpHeaders headers;

  @Inject
  public QuarantineResource(EntityManager em, AuditTrail audit) {
    this.em = em;
    this.audit = audit;
  }

  @GET
  @RolesAllowed({Role.CX_ADMIN, Role.COMPLIANCE_OFFICER})
  @Transactional
  @Operation(summary = "List quarantined rows, newest first")
  public Page<QuarantineView> list(
      @QueryParam("connector") String connector,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Violations violations = new Violations(Messages.choose(headers.getAcceptableLanguages()));
    Page.checkBounds(violations, offset, limit);
    violations.throwIfAny();
    Optional<String> filter = Optional.ofNullable(connector).filter(c -> !c.isBlank());
    QuarantineQueries queries = new QuarantineQueries(em);
    var page =
        new Page<>(queries.list(filter, offset, limit), queries.count(filter), limit, offset);
    audit.record(AuditEvent.success("quarantine.list", "quarantine", filter.orElse(null)));
    return page;
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Role.CX_ADMIN)
  @Transactional
  @Operation(
      summary = "Discard a quarantined row",
      description = "Deletes it, sealed content included.")
  public Response discard(@PathParam("id") String id) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("quarantine-row-not-found");
    }
    if (!new QuarantineQueries(em).discard(uuid)) {
      throw ProblemException.notFound("quarantine-row-not-found");
    }
    audit.record(AuditEvent.success("quarantine.discard", "quarantine-row", uuid.toString()));
    return Response.noContent().build();
  }
}
