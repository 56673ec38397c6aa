package dev.custos.server.ingest;

import dev.custos.connectors.ingest.IngestPipeline;
import dev.custos.policies.encryption.FieldCipher;
import dev.custos.policies.pii.PiiScanner;
import dev.custos.server.audit.AuditEvent;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.connector.ConnectorHost;
import dev.custos.server.identity.Role;
import dev.custos.server.ingest.store.QuarantineQueries;
import dev.custos.server.ingest.store.QuarantineQueries.HeldRow;
import dev.custos.server.platform.Page;
import dev.custos.server.problem.Messages;
import dev.custos.server.problem.ProblemException;
import dev.custos.server.problem.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Rows connectors could not take in: why each was held, what it holds (for compliance officers),
 * and retrying or discarding them. Every look at a row's content and every retry or discard is
 * audited in the same transaction.
 */
@Path("/quarantine")
@Dependent
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Connectors")
public class QuarantineResource {

  private static final String RESOURCE = "quarantine-row";
  private static final int NOTE_LENGTH = 500;

  private final EntityManager em;
  private final ConnectorHost connectors;
  private final FieldCipher cipher;
  private final PiiScanner scanner;
  private final AuditTrail audit;
  private final Clock clock;
  @Context private HttpHeaders headers;

  @Inject
  public QuarantineResource(
      EntityManager em,
      ConnectorHost connectors,
      FieldCipher cipher,
      PiiScanner scanner,
      AuditTrail audit,
      Clock clock) {
    this.em = em;
    this.connectors = connectors;
    this.cipher = cipher;
    this.scanner = scanner;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * What a held row contains, opened for a compliance officer.
   *
   * @param content the row as JSON (column to value), or the source text that could not be parsed
   */
  public record Content(UUID id, String connector, String sourceKey, String content) {
    @Override
    public String toString() {
      return "Content[" + id + ", " + connector + "]";
    }
  }

  /**
   * What a retry did.
   *
   * @param outcome {@code stored}, {@code duplicate} (already stored), {@code suppressed} (the
   *     person was erased), {@code erased} (the quarantine key is gone) or {@code held} (it still
   *     cannot be taken in; see the row's new reason)
   */
  public record RetryResult(String outcome, QuarantineView row) {}

  @GET
  @RolesAllowed({Role.CX_ADMIN, Role.COMPLIANCE_OFFICER})
  @Transactional
  @Operation(summary = "List quarantined rows, newest first")
  public Page<QuarantineView> list(
      @QueryParam("connector") String connector,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Violations violations = violations();
    Page.checkBounds(violations, offset, limit);
    violations.throwIfAny();
    Optional<String> filter = Optional.ofNullable(connector).filter(c -> !c.isBlank());
    QuarantineQueries queries = new QuarantineQueries(em);
    var page =
        new Page<>(queries.list(filter, offset, limit), queries.count(filter), limit, offset);
    audit.record(AuditEvent.success("quarantine.list", "quarantine", filter.orElse(null)));
    return page;
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Role.CX_ADMIN, Role.COMPLIANCE_OFFICER})
  @Transactional
  @Operation(summary = "Get one quarantined row: where it came from, why it was held, its status")
  public QuarantineView get(@PathParam("id") String id) {
    return new QuarantineQueries(em).find(uuid(id)).orElseThrow(QuarantineResource::notFound);
  }

  @GET
  @Path("/{id}/content")
  @RolesAllowed(Role.COMPLIANCE_OFFICER)
  @Transactional
  @Operation(
      summary = "Open a held row's content",
      description = "Personal data in clear, for compliance officers only; every call is audited.")
  public Content content(@PathParam("id") String id) {
    HeldRow row = held(uuid(id));
    Optional<String> content = IngestPipeline.unseal(cipher, row.connectorId(), row.sealedRow());
    if (content.isEmpty()) {
      throw ProblemException.conflict("quarantine-row-erased");
    }
    audit.record(AuditEvent.success("quarantine.inspect", RESOURCE, row.id().toString()));
    return new Content(row.id(), row.connectorId(), row.sourceKey(), content.get());
  }

  @POST
  @Path("/{id}/retry")
  @RolesAllowed(Role.CX_ADMIN)
  @Transactional
  @Operation(
      summary = "Retry a held row",
      description =
          "Runs the row again through its connector's current mapping, the privacy gate and the"
              + " store. Stored: the row is resolved. Still bad: it stays held with the new"
              + " reason.")
  public RetryResult retry(@PathParam("id") String id) {
    HeldRow row = held(uuid(id));
    IngestPipeline.Retried retried =
        connectors
            .retry(row.connectorId(), row.sourceKey(), row.sealedRow())
            .orElseThrow(() -> ProblemException.conflict("quarantine-connector-missing"));
    QuarantineQueries queries = new QuarantineQueries(em);
    String outcome =
        switch (retried) {
          case IngestPipeline.Retried.Stored s -> {
            boolean duplicate = s.outcome().stored() == 0;
            queries.resolve(
                row.id(),
                duplicate ? "retried: already stored" : "retried: stored",
                clock.instant());
            yield duplicate ? "duplicate" : "stored";
          }
          case IngestPipeline.Retried.Suppressed s -> {
            queries.resolve(
                row.id(), "retried: the person was erased; not stored", clock.instant());
            yield "suppressed";
          }
          case IngestPipeline.Retried.Erased e -> {
            queries.resolve(row.id(), "retried: the quarantine key was destroyed", clock.instant());
            yield "erased";
          }
          case IngestPipeline.Retried.Rejected r -> {
            queries.holdAgain(row.id(), r.reason(), clock.instant());
            yield "held";
          }
        };
    AuditEvent event = AuditEvent.success("quarantine.retry", RESOURCE, row.id().toString());
    audit.record(outcome.equals("held") ? event.withOutcome(AuditEvent.Outcome.FAILED) : event);
    em.flush();
    return new RetryResult(outcome, queries.find(row.id()).orElseThrow());
  }

  @POST
  @Path("/{id}/discard")
  @RolesAllowed(Role.CX_ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(
      summary = "Discard a held row, saying why",
      description =
          "Body: {\"reason\": \"...\"} (at most 500 characters, no personal data). The row's"
              + " sealed content is dropped; the entry stays, with the reason, for the record.")
  public QuarantineView discard(@PathParam("id") String id, JsonObject body) {
    String note = note(body);
    HeldRow row = held(uuid(id));
    QuarantineQueries queries = new QuarantineQueries(em);
    queries.discard(row.id(), note, clock.instant());
    audit.record(AuditEvent.success("quarantine.discard", RESOURCE, row.id().toString()));
    return queries.find(row.id()).orElseThrow();
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Role.CX_ADMIN)
  @Transactional
  @Operation(
      summary = "Delete a quarantined row",
      description = "Deletes it, sealed content included, leaving no entry.")
  public Response delete(@PathParam("id") String id) {
    UUID uuid = uuid(id);
    if (!new QuarantineQueries(em).discard(uuid)) {
      throw notFound();
    }
    audit.record(AuditEvent.success("quarantine.delete", RESOURCE, uuid.toString()));
    return Response.noContent().build();
  }

  /** The discard note: given, short, and free of personal data (it is kept in clear). */
  private String note(JsonObject body) {
    Violations violations = violations();
    JsonValue value = body == null ? null : body.get("reason");
    String note = value instanceof JsonString s ? s.getString().strip() : "";
    if (value != null && !(value instanceof JsonString)) {
      violations.add("reason", "type-text");
    } else if (note.isEmpty()) {
      violations.add("reason", "required");
    } else if (note.length() > NOTE_LENGTH) {
      violations.add("reason", "too-long", NOTE_LENGTH);
    } else if (!scanner.find(note).isEmpty()) {
      violations.add("reason", "personal-data");
    }
    violations.throwIfAny();
    return note;
  }

  private HeldRow held(UUID id) {
    QuarantineQueries queries = new QuarantineQueries(em);
    return queries
        .held(id)
        .orElseThrow(
            () ->
                queries.find(id).isPresent()
                    ? ProblemException.conflict("quarantine-row-not-held")
                    : notFound());
  }

  private Violations violations() {
    return new Violations(Messages.choose(headers.getAcceptableLanguages()));
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw notFound();
    }
  }

  private static ProblemException notFound() {
    return ProblemException.notFound("quarantine-row-not-found");
  }
}
