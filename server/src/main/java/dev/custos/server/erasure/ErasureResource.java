package dev.custos.server.erasure;

import dev.custos.server.audit.AuditEvent;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.identity.Role;
import dev.custos.server.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Evidence packs of erasures, by the reference of the data-subject request they answered. There is
 * deliberately no endpoint that erases: erasure goes through a data-subject request.
 */
@Path("/erasures")
@Dependent
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Erasure")
public class ErasureResource {

  private final Erasure erasure;
  private final AuditTrail audit;

  @Inject
  public ErasureResource(Erasure erasure, AuditTrail audit) {
    this.erasure = erasure;
    this.audit = audit;
  }

  @GET
  @Path("/{reference}")
  @RolesAllowed({Role.COMPLIANCE_OFFICER, Role.AUDITOR})
  @Transactional
  @Operation(
      summary = "Get the evidence pack of an erasure",
      description =
          "What was erased (counts per table and category), when, the data key ids destroyed,"
              + " how many blind-index digests were suppressed and the hash of the erasure's"
              + " journal line. Holds no personal data.")
  public ErasureEvidence get(@PathParam("reference") String reference) {
    ErasureEvidence evidence =
        erasure
            .evidence(reference)
            .orElseThrow(() -> ProblemException.notFound("erasure-not-found"));
    audit.record(AuditEvent.success("erasure.read", "erasure", evidence.requestReference()));
    return evidence;
  }
}
