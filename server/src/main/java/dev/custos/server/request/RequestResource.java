package dev.custos.server.request;

import dev.custos.policies.crypto.PassphraseEncryption;
import dev.custos.policies.export.ExportArchive;
import dev.custos.policies.export.SubjectExport;
import dev.custos.server.identity.Caller;
import dev.custos.server.identity.Role;
import dev.custos.server.platform.Page;
import dev.custos.server.problem.Messages;
import dev.custos.server.problem.ProblemException;
import dev.custos.server.problem.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Data-subject requests: compliance officers act on them, auditors read them. */
@Path("/requests")
@Dependent
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data-subject requests")
public class RequestResource {

  static final String ZIP = "application/zip";
  static final String CMS = "application/pkcs7-mime";

  private final Requests requests;
  private final Caller caller;
  @Context private HttpHeaders headers;
  @Context private UriInfo uriInfo;

  @Inject
  public RequestResource(Requests requests, Caller caller) {
    this.requests = requests;
    this.caller = caller;
  }

  @POST
  @RolesAllowed(Role.COMPLIANCE_OFFICER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a data-subject request",
      description =
          "Type (access, portability, erasure, rectification, restriction, objection),"
              + " jurisdiction (gdpr, pipl) and at least one identifier of the person (email,"
              + " phone, cnResidentId). The person is looked up by blind index; the identifiers"
              + " are not stored. An objection names the purpose objected to.")
  public Response create(RequestInput input) {
    if (input == null) {
      throw ProblemException.badRequest("unreadable-body");
    }
    RequestView created = requests.create(input, caller.subject(), violations());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @GET
  @RolesAllowed({Role.COMPLIANCE_OFFICER, Role.AUDITOR})
  @Operation(
      summary = "List data-subject requests",
      description =
          "Soonest deadline first. Filters: status (comma-separated), type, overdue=true (open and"
              + " past the deadline). Each request shows its days left.")
  public Page<RequestView> list(
      @QueryParam("status") String status,
      @QueryParam("type") String type,
      @QueryParam("overdue") @DefaultValue("false") boolean overdue,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Violations violations = violations();
    Page.checkBounds(violations, offset, limit);
    Set<RequestStatus> statuses = EnumSet.noneOf(RequestStatus.class);
    if (status != null && !status.isBlank()) {
      for (String id : status.split(",")) {
        RequestStatus.fromId(id.strip())
            .ifPresentOrElse(
                statuses::add, () -> violations.add("status", "one-of", RequestStatus.allIds()));
      }
    }
    Optional<RequestType> requestType = Optional.empty();
    if (type != null && !type.isBlank()) {
      requestType = RequestType.fromId(type.strip());
      if (requestType.isEmpty()) {
        violations.add("type", "one-of", RequestType.allIds());
      }
    }
    violations.throwIfAny();
    return requests.list(statuses, requestType, overdue, offset, limit);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Role.COMPLIANCE_OFFICER, Role.AUDITOR})
  @Operation(summary = "Get a data-subject request")
  public RequestView get(@PathParam("id") String id) {
    return requests.get(parseId(id));
  }

  @POST
  @Path("/{id}/verify")
  @RolesAllowed(Role.COMPLIANCE_OFFICER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record that the requester's identity was verified",
      description =
          "method: signed-in-account, email-confirmation, phone-confirmation, id-document,"
              + " in-person or other; optional note without personal data.")
  public RequestView verify(@PathParam("id") String id, StepInput input) {
    return requests.verify(parseId(id), StepInput.orEmpty(input), caller.subject(), violations());
  }

  @POST
  @Path("/{id}/start")
  @RolesAllowed(Role.COMPLIANCE_OFFICER)
  @Operation(summary = "Start work on a verified request")
  public RequestView start(@PathParam("id") String id) {
    return requests.start(parseId(id));
  }

  @POST
  @Path("/{id}/complete")
  @RolesAllowed(Role.COMPLIANCE_OFFICER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Complete a request in progress",
      description =
          "A rectification sends corrections: [{field, value}], applied to every stored record of"
              + " the person. Erasure, restriction and objection are carried out on completion.")
  public RequestView complete(@PathParam("id") String id, StepInput input) {
    return requests.complete(parseId(id), StepInput.orEmpty(input), caller.subject(), violations());
  }

  @POST
  @Path("/{id}/refuse")
  @RolesAllowed(Role.COMPLIANCE_OFFICER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Refuse an open request",
      description =
          "reason is required: the person must be told why (GDPR Art. 12(4), PIPL Art." + " 50).")
  public RequestView refuse(@PathParam("id") String id, StepInput input) {
    return requests.refuse(parseId(id), StepInput.orEmpty(input), caller.subject(), violations());
  }

  @POST
  @Path("/{id}/extend")
  @RolesAllowed(Role.COMPLIANCE_OFFICER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Extend the deadline of a GDPR request by two months",
      description =
          "Once per request, with a reason (GDPR Art. 12(3)). PIPL requests cannot be"
              + " extended.")
  public RequestView extend(@PathParam("id") String id, StepInput input) {
    return requests.extend(parseId(id), StepInput.orEmpty(input), violations());
  }

  @POST
  @Path("/{id}/export")
  @RolesAllowed(Role.COMPLIANCE_OFFICER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({ZIP, CMS, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Download the export archive of an access or portability request",
      description =
          "A zip (data.json, records.csv, decisions.csv, consents.csv, README.txt) of everything"
              + " held about the person, decrypted. With a passphrase (12 characters or more) the"
              + " zip is encrypted as CMS (application/pkcs7-mime); open it with: openssl cms"
              + " -decrypt -binary -inform DER -in export.p7m -pwri_password '...' -out"
              + " export.zip. Streamed; never written to disk.")
  public Response export(@PathParam("id") String id, ExportInput input) {
    UUID requestId = parseId(id);
    Optional<char[]> passphrase =
        Optional.ofNullable(input).map(ExportInput::passphrase).map(String::toCharArray);
    passphrase.ifPresent(this::checkPassphrase);
    SubjectExport export = requests.export(requestId);
    String name = "custos-export-" + requestId + (passphrase.isPresent() ? ".p7m" : ".zip");
    StreamingOutput body =
        out -> {
          if (passphrase.isEmpty()) {
            ExportArchive.write(export, out);
            return;
          }
          OutputStream encrypted = new PassphraseEncryption().encrypting(out, passphrase.get());
          Arrays.fill(passphrase.get(), '\0');
          try (encrypted) {
            ExportArchive.write(export, encrypted);
          }
        };
    return Response.ok(body, passphrase.isPresent() ? CMS : ZIP)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  /** What the export takes: an optional pass phrase. Never logged. */
  public record ExportInput(String passphrase) {
    @Override
    public String toString() {
      return "ExportInput[***]";
    }
  }

  private void checkPassphrase(char[] passphrase) {
    try {
      PassphraseEncryption.requireStrong(passphrase);
    } catch (IllegalArgumentException e) {
      violations()
          .add("passphrase", "passphrase", PassphraseEncryption.MIN_PASSPHRASE_LENGTH)
          .throwIfAny();
    }
  }

  private Violations violations() {
    return new Violations(Messages.choose(headers.getAcceptableLanguages()));
  }

  private static UUID parseId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("request-not-found");
    }
  }
}
