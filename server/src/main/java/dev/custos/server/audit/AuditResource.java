package dev.custos.server.audit;

import dev.custos.server.audit.store.AuditQueries;
import dev.custos.server.identity.Role;
import dev.custos.server.platform.Page;
import dev.custos.server.problem.Messages;
import dev.custos.server.problem.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit trail for auditors and compliance officers: search it, verify its chain, export it for
 * offline verification, and fetch the public key that checks its signatures. Every one of these
 * reads is itself audited.
 */
@Path("/audit")
@Dependent
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

  /** JSON Lines, one JSON object per line. */
  static final String JSON_LINES = "application/jsonl";

  private final EntityManager em;
  private final AuditTrail audit;
  private final AuditSealer sealer;
  private final AuditVerification verification;
  private final AuditExport export;
  private final AuditSigningKey key;
  @Context private HttpHeaders headers;

  @Inject
  public AuditResource(
      EntityManager em,
      AuditTrail audit,
      AuditSealer sealer,
      AuditVerification verification,
      AuditExport export,
      AuditSigningKey key) {
    this.em = em;
    this.audit = audit;
    this.sealer = sealer;
    this.verification = verification;
    this.export = export;
    this.key = key;
  }

  /** The public key that verifies checkpoints, with its id. */
  public record PublicKeyView(String keyId, String algorithm, String publicKey) {}

  @GET
  @Path("/events")
  @RolesAllowed({Role.AUDITOR, Role.COMPLIANCE_OFFICER})
  @Transactional
  @Operation(
      summary = "Search the audit trail, newest first",
      description =
          "from and to are ISO-8601 times with offset (from inclusive, to exclusive); the other"
              + " filters match exactly.")
  public Page<AuditEventView> events(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("resourceType") String resourceType,
      @QueryParam("resourceId") String resourceId,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Violations violations = new Violations(locale());
    Instant fromTime = time(violations, "from", from);
    Instant toTime = time(violations, "to", to);
    checkOrder(violations, fromTime, toTime);
    Page.checkBounds(violations, offset, limit);
    violations.throwIfAny();
    var filter =
        new AuditQueries.Filter(
            fromTime,
            toTime,
            blankToNull(actor),
            blankToNull(action),
            blankToNull(resourceType),
            blankToNull(resourceId));
    AuditQueries queries = new AuditQueries(em);
    Page<AuditEventView> page =
        new Page<>(queries.list(filter, offset, limit), queries.count(filter), limit, offset);
    audit.record(AuditEvent.success("audit.search", "audit-trail", null));
    return page;
  }

  @GET
  @Path("/verify")
  @RolesAllowed({Role.AUDITOR, Role.COMPLIANCE_OFFICER})
  @Operation(
      summary = "Verify the audit trail's hash chain and signatures",
      description =
          "Seals every committed event first. intact is false when the chain is broken;"
              + " firstBrokenLink then names the sequence number and what is wrong.")
  public VerifyReport verify() {
    sealer.sealNow();
    VerifyReport report = verification.verify(locale());
    audit.record(
        new AuditEvent(
            "audit.verify",
            "audit-trail",
            null,
            null,
            report.intact() ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.FAILED));
    return report;
  }

  @GET
  @Path("/export")
  @Produces(JSON_LINES)
  @RolesAllowed({Role.AUDITOR, Role.COMPLIANCE_OFFICER})
  @Operation(
      summary = "Export the audit trail as JSON Lines for offline verification",
      description =
          "The public key, the events that occurred in [from, to) with their chain fields, and"
              + " the signed checkpoints that cover them. from and to are optional.")
  public Response export(@QueryParam("from") String from, @QueryParam("to") String to) {
    Violations violations = new Violations(locale());
    Instant fromTime = time(violations, "from", from);
    Instant toTime = time(violations, "to", to);
    checkOrder(violations, fromTime, toTime);
    violations.throwIfAny();
    sealer.sealNow();
    audit.record(AuditEvent.success("audit.export", "audit-trail", null));
    Instant start = fromTime == null ? Instant.EPOCH : fromTime;
    Instant end = toTime == null ? Instant.parse("9999-12-31T00:00:00Z") : toTime;
    StreamingOutput body = out -> export.write(start, end, out);
    return Response.ok(body, JSON_LINES)
        .header("Content-Disposition", "attachment; filename=\"custos-audit.jsonl\"")
        .build();
  }

  @GET
  @Path("/public-key")
  @RolesAllowed({Role.AUDITOR, Role.COMPLIANCE_OFFICER, Role.CX_ADMIN})
  @Operation(
      summary = "The public key that verifies the audit trail's checkpoints",
      description = "Ed25519, as PEM (X.509 SubjectPublicKeyInfo), with its key id.")
  public PublicKeyView publicKey() {
    return new PublicKeyView(key.publicKey().keyId(), "Ed25519", key.publicPem());
  }

  private Locale locale() {
    return Messages.choose(headers.getAcceptableLanguages());
  }

  private static Instant time(Violations violations, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      violations.add(field, "timestamp");
      return null;
    }
  }

  private static void checkOrder(Violations violations, Instant from, Instant to) {
    if (from != null && to != null && to.isBefore(from)) {
      violations.add("to", "date-order");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
