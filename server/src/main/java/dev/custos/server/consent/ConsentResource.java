package dev.custos.server.consent;

import dev.custos.policies.consent.CollectionMethod;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.consent.ConsentRequests.Limit;
import dev.custos.server.identity.Caller;
import dev.custos.server.identity.Role;
import dev.custos.server.problem.Messages;
import dev.custos.server.problem.ProblemException;
import dev.custos.server.problem.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The consent ledger over HTTP. Compliance officers record, withdraw and read; agents record and
 * withdraw what a person said in a conversation (withdrawing must be as easy as consenting, GDPR
 * Art. 7(3)); auditors read. Identifiers in request bodies are looked up by blind index and never
 * appear in URLs.
 */
@Path("/consent")
@Dependent
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consent")
public class ConsentResource {

  private final Consents consents;
  private final ConsentReceipts receipts;
  private final Caller caller;
  @Context private HttpHeaders headers;

  @Inject
  public ConsentResource(Consents consents, ConsentReceipts receipts, Caller caller) {
    this.consents = consents;
    this.receipts = receipts;
    this.caller = caller;
  }

  @POST
  @Path("/records")
  @RolesAllowed({Role.COMPLIANCE_OFFICER, Role.AGENT})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record consent given or refused",
      description =
          "Appends a consent event for a subject named by subjectId or found by identifier (blind"
              + " index). Answers with the decision for the purpose now and a receiptRef for the"
              + " person. Agents may record only consent collected in a conversation (method"
              + " agent).")
  public Response record(ConsentInput input) {
    ConsentCommand command = requests().consent(input);
    if (!caller.hasRole(Role.COMPLIANCE_OFFICER) && command.method() != CollectionMethod.AGENT) {
      throw new ProblemException(403, "consent-method-not-allowed", List.of());
    }
    RecordedConsent recorded = consents.record(command);
    return Response.status(201)
        .entity(RecordedView.of(recorded, command.given() ? "given" : "refused"))
        .build();
  }

  @POST
  @Path("/withdrawals")
  @RolesAllowed({Role.COMPLIANCE_OFFICER, Role.AGENT})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Withdraw consent",
      description =
          "Appends a withdrawal of the subject's consent to the purpose. The next decision on every"
              + " node sees it. Answers with the decision now and a receiptRef for the person.")
  public Response withdraw(WithdrawalInput input) {
    RecordedConsent recorded = consents.withdraw(requests().withdrawal(input));
    return Response.status(201).entity(RecordedView.of(recorded, "withdrawn")).build();
  }

  @POST
  @Path("/subject-lookups")
  @RolesAllowed({Role.COMPLIANCE_OFFICER, Role.AGENT, Role.AUDITOR})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Find a subject by e-mail, phone or resident ID",
      description =
          "Looks the identifier up by its blind index (a keyed hash), never in clear. 404 when no"
              + " subject has it.")
  public JsonObject lookUp(IdentifierInput input) {
    IdentifierInput identifier = requests().identifier(input);
    SubjectId subject =
        consents
            .findSubject(
                ConsentRequests.kindOf(identifier.kind()).orElseThrow(), identifier.value())
            .orElseThrow(() -> ProblemException.notFound("consent-subject-not-found"));
    return Json.createObjectBuilder().add("subjectId", subject.value()).build();
  }

  @GET
  @Path("/subjects/{id}")
  @RolesAllowed({Role.COMPLIANCE_OFFICER, Role.AUDITOR})
  @Operation(
      summary = "Consent state of a subject",
      description =
          "The decision for every purpose of the active policy pack now, with its reason.")
  public SubjectConsentView state(@PathParam("id") String id) {
    SubjectId subject = subjectId(id);
    List<DecisionView> purposes = consents.state(subject).stream().map(DecisionView::of).toList();
    return new SubjectConsentView(subject.value(), consents.pack().reference(), purposes);
  }

  @GET
  @Path("/subjects/{id}/history")
  @RolesAllowed({Role.COMPLIANCE_OFFICER, Role.AUDITOR})
  @Operation(
      summary = "Consent history of a subject",
      description =
          "Every ledger entry of the subject, consent events and limits, in ledger order.")
  public List<LedgerEventView> history(@PathParam("id") String id) {
    return consents.history(subjectId(id)).stream().map(LedgerEventView::of).toList();
  }

  @GET
  @Path("/counts")
  @RolesAllowed({Role.COMPLIANCE_OFFICER, Role.AUDITOR})
  @Operation(
      summary = "Subjects by purpose and consent state",
      description =
          "Aggregates for a compliance dashboard, by each subject's latest consent event.")
  public CountsView counts() {
    return new CountsView(
        consents.pack().reference(),
        consents.counts().stream()
            .map(c -> new CountsView.Count(c.purpose(), c.state(), c.subjects()))
            .toList());
  }

  @POST
  @Path("/restrictions")
  @RolesAllowed(Role.COMPLIANCE_OFFICER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Restrict processing of a subject",
      description =
          "Completes a restriction request (GDPR Art. 18, PIPL Art. 44): every purpose not resting"
              + " on a legal obligation is denied from now on. Idempotent per requestRef.")
  public Response restrict(LimitInput input) {
    Limit limit = requests().limit(input, false);
    return Response.status(201)
        .entity(LimitView.of(consents.restrict(limit.subject(), limit.requestRef())))
        .build();
  }

  @POST
  @Path("/restriction-lifts")
  @RolesAllowed(Role.COMPLIANCE_OFFICER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Lift a restriction",
      description = "Processing resumes from now on. Idempotent per requestRef.")
  public Response lift(LimitInput input) {
    Limit limit = requests().limit(input, false);
    return Response.status(201)
        .entity(LimitView.of(consents.liftRestriction(limit.subject(), limit.requestRef())))
        .build();
  }

  @POST
  @Path("/objections")
  @RolesAllowed(Role.COMPLIANCE_OFFICER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record an objection to a purpose",
      description =
          "Completes an objection (GDPR Art. 21, PIPL Art. 44): the purpose is denied from now on"
              + " whatever its basis, until the person consents to it again. Idempotent per"
              + " requestRef.")
  public Response object(LimitInput input) {
    Limit limit = requests().limit(input, true);
    return Response.status(201)
        .entity(
            LimitView.of(
                consents.object(
                    limit.subject(), limit.purpose().orElseThrow(), limit.requestRef())))
        .build();
  }

  @GET
  @Path("/receipts/{id}")
  @RolesAllowed({Role.COMPLIANCE_OFFICER, Role.AGENT, Role.AUDITOR})
  @Operation(
      summary = "A signed consent receipt",
      description =
          "The receipt of the consent event the person's receiptRef names: a JWS (ES256, compact"
              + " serialisation) with the Kantara consent-receipt and ISO/IEC TS 27560 fields."
              + " Verify it with the keys at /api/v1/consent/receipts/jwks.")
  public JsonObject receipt(@PathParam("id") String receiptRef) {
    if (receiptRef.length() > 64) {
      throw ProblemException.notFound("consent-receipt-not-found");
    }
    return Json.createObjectBuilder()
        .add("receiptRef", receiptRef)
        .add("receipt", receipts.receipt(receiptRef))
        .build();
  }

  private ConsentRequests requests() {
    return new ConsentRequests(
        new Violations(Messages.choose(headers.getAcceptableLanguages())), consents);
  }

  private static SubjectId subjectId(String id) {
    try {
      return new SubjectId(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("consent-subject-not-found");
    }
  }
}
