package dev.custos.server.identity;

import dev.custos.server.audit.AuditEvent;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.problem.Messages;
import dev.custos.server.problem.ProblemException;
import dev.custos.server.problem.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Standalone user administration, for installations without an external identity provider. */
@Path("/users")
@Dependent
@RolesAllowed(Role.CX_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class UserResource {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  private final LocalUsers users;
  private final IdentityMode mode;
  private final AuditTrail audit;
  @Context private HttpHeaders headers;

  @Inject
  public UserResource(LocalUsers users, IdentityMode mode, AuditTrail audit) {
    this.users = users;
    this.mode = mode;
    this.audit = audit;
  }

  /**
   * A new user: name, an initial password they must change, roles and (for account teams) accounts.
   */
  public record NewUser(
      String username, String initialPassword, Set<String> roles, Set<String> accounts) {
    @Override
    public String toString() {
      return "NewUser[roles=" + roles + "]";
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Create a standalone user")
  public Response create(NewUser user) {
    mode.requireStandalone();
    if (user == null) {
      throw ProblemException.badRequest("unreadable-body");
    }
    Violations violations = new Violations(Messages.choose(headers.getAcceptableLanguages()));
    if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
      violations.add("username", "username");
    }
    if (user.initialPassword() == null) {
      violations.add("initialPassword", "required");
    }
    Set<String> roles = user.roles() == null ? Set.of() : user.roles();
    if (roles.isEmpty() || !Role.ALL.containsAll(roles)) {
      violations.add("roles", "roles", String.join(", ", Role.ALL.stream().sorted().toList()));
    }
    violations.throwIfAny();
    Set<String> accounts = user.accounts() == null ? Set.of() : user.accounts();
    var created =
        users.create(user.username(), user.initialPassword().toCharArray(), roles, accounts);
    audit.record(AuditEvent.success("user.create", "user", created.id().toString()));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @GET
  @Transactional
  @Operation(summary = "List standalone users")
  public List<LocalUsers.LocalUser> list() {
    mode.requireStandalone();
    List<LocalUsers.LocalUser> all = users.list();
    audit.record(AuditEvent.success("user.list", "user", null));
    return all;
  }
}
