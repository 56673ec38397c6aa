package dev.custos.server.feedback;

import dev.custos.server.identity.Caller;
import dev.custos.server.identity.Role;
import dev.custos.server.problem.Messages;
import dev.custos.server.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Survey responses with scores. */
@Path("/responses")
@Dependent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Responses")
public class ResponseResource {

  static final int MAX_BULK = 5000;

  private final Responses responses;
  private final Caller caller;
  @Context private HttpHeaders headers;
  @Context private UriInfo uriInfo;

  @Inject
  public ResponseResource(Responses responses, Caller caller) {
    this.responses = responses;
    this.caller = caller;
  }

  @POST
  @RolesAllowed(Role.CX_ADMIN)
  @Operation(
      summary = "Submit one survey response",
      description =
          "account (external id), touchpoint, channel, product, respondedAt and at least one of"
              + " nps (0-10), csat (1-5), ces (1-7). externalId makes re-sending safe (409).")
  public Response submit(JsonObject response) {
    ResponseView stored = responses.submit(response, locale());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(stored.id().toString()).build())
        .entity(stored)
        .build();
  }

  @POST
  @Path("/bulk")
  @RolesAllowed(Role.CX_ADMIN)
  @Operation(
      summary = "Submit many survey responses",
      description =
          "Body {\"responses\": [...]}, at most 5000. Valid items are stored in one transaction;"
              + " invalid ones are reported by index with the reason. Items whose externalId is"
              + " already stored count as duplicates and are not stored again.")
  public BulkResult submitAll(JsonObject body) {
    JsonValue items = body == null ? null : body.get("responses");
    if (!(items instanceof JsonArray array)) {
      throw ProblemException.badRequest("bulk-shape");
    }
    if (array.size() > MAX_BULK) {
      throw new ProblemException(413, "too-many-items", java.util.List.of(), MAX_BULK);
    }
    return responses.submitAll(array, locale());
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Role.CX_ADMIN, Role.ANALYST, Role.ACCOUNT_TEAM})
  @Operation(summary = "Get a survey response")
  public ResponseView get(@PathParam("id") String id) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("response-not-found");
    }
    return responses.get(uuid, caller.accountScope());
  }

  private Locale locale() {
    return Messages.choose(headers.getAcceptableLanguages());
  }
}
