package dev.custos.server.account;

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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.OptionalLong;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** B2B accounts (client companies). */
@Path("/accounts")
@Dependent
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountResource {

  private final Accounts accounts;
  private final Caller caller;
  @Context private HttpHeaders headers;
  @Context private UriInfo uriInfo;

  @Inject
  public AccountResource(Accounts accounts, Caller caller) {
    this.accounts = accounts;
    this.caller = caller;
  }

  @POST
  @RolesAllowed(Role.CX_ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create an account")
  public Response create(AccountInput input) {
    validate(input, true);
    AccountView created = accounts.create(input);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build())
        .tag(etag(created))
        .entity(created)
        .build();
  }

  @GET
  @RolesAllowed({Role.CX_ADMIN, Role.ANALYST, Role.ACCOUNT_TEAM, Role.AGENT})
  @Operation(
      summary = "List accounts",
      description = "Ordered by external id. Account-team members see only their accounts.")
  public Page<AccountView> list(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Violations violations = violations();
    Page.checkBounds(violations, offset, limit);
    violations.throwIfAny();
    return accounts.list(caller.accountScope(), offset, limit);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Role.CX_ADMIN, Role.ANALYST, Role.ACCOUNT_TEAM, Role.AGENT})
  @Operation(summary = "Get an account")
  public Response get(@PathParam("id") String id) {
    AccountView account = accounts.get(parseId(id), caller.accountScope());
    return Response.ok(account).tag(etag(account)).build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed(Role.CX_ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Update an account",
      description =
          "Replaces name, tier, region and industry. Send the ETag of your copy as If-Match to"
              + " refuse the update (412) when someone changed the account in between.")
  public Response update(
      @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, AccountInput input) {
    validate(input, false);
    AccountView updated = accounts.update(parseId(id), input, expectedVersion(ifMatch));
    return Response.ok(updated).tag(etag(updated)).build();
  }

  private void validate(AccountInput input, boolean creating) {
    if (input == null) {
      throw ProblemException.badRequest("unreadable-body");
    }
    Violations violations = violations();
    input.validate(violations, creating);
    violations.throwIfAny();
  }

  private Violations violations() {
    return new Violations(Messages.choose(headers.getAcceptableLanguages()));
  }

  private static UUID parseId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("account-not-found");
    }
  }

  private static EntityTag etag(AccountView account) {
    return new EntityTag(Long.toString(account.version()));
  }

  private static OptionalLong expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return OptionalLong.empty();
    }
    String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
    try {
      return OptionalLong.of(Long.parseLong(value));
    } catch (NumberFormatException e) {
      throw new ProblemException(412, "version-mismatch", java.util.List.of());
    }
  }
}
