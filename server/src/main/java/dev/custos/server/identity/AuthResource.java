package dev.custos.server.identity;

import dev.custos.server.audit.AuditEvent;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sign-in for standalone users, shaped like an OAuth 2.0 token endpoint (password grant) so that
 * clients work the same way against Keycloak. Disabled when an external identity provider is
 * configured ({@code custos.identity.mode=oidc}).
 */
@Path("/auth")
@Dependent
@Tag(name = "Identity")
public class AuthResource {

  private final LocalUsers users;
  private final TokenIssuer issuer;
  private final SigningKeys keys;
  private final InitialAdmin initialAdmin;
  private final Caller caller;
  private final IdentityMode mode;
  private final SignInThrottle throttle;
  private final AuditTrail audit;
  @Context private HttpServletRequest request;

  @Inject
  public AuthResource(
      LocalUsers users,
      TokenIssuer issuer,
      SigningKeys keys,
      InitialAdmin initialAdmin,
      Caller caller,
      IdentityMode mode,
      SignInThrottle throttle,
      AuditTrail audit) {
    this.users = users;
    this.issuer = issuer;
    this.keys = keys;
    this.initialAdmin = initialAdmin;
    this.caller = caller;
    this.mode = mode;
    this.throttle = throttle;
    this.audit = audit;
  }

  /** The token response of RFC 6749 section 5.1. */
  public record TokenResponse(
      @JsonbProperty("access_token") String accessToken,
      @JsonbProperty("token_type") String tokenType,
      @JsonbProperty("expires_in") long expiresIn,
      @JsonbProperty("password_change_required") boolean passwordChangeRequired) {
    @Override
    public String toString() {
      return "TokenResponse[***]";
    }
  }

  /** A password change: the current password and the new one. */
  public record PasswordChange(String currentPassword, String newPassword) {
    @Override
    public String toString() {
      return "PasswordChange[***]";
    }
  }

  @POST
  @Path("/token")
  @PermitAll
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirements
  @Operation(
      summary = "Sign in (standalone users)",
      description =
          "OAuth 2.0 password grant: grant_type=password, username, password. Returns a bearer"
              + " token for the other endpoints.")
  public TokenResponse token(MultivaluedMap<String, String> form) {
    mode.requireStandalone();
    if (form == null) {
      throw ProblemException.badRequest("unsupported-grant-type");
    }
    String grantType = form.getFirst("grant_type");
    String username = form.getFirst("username");
    String password = form.getFirst("password");
    if (!"password".equals(grantType)) {
      throw ProblemException.badRequest("unsupported-grant-type");
    }
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      throw new ProblemException(401, "invalid-credentials", List.of());
    }
    String name = username.strip();
    String address = request.getRemoteAddr();
    throttle.check(address, name);
    var found = users.authenticate(name, password.toCharArray());
    if (found.isEmpty()) {
      throttle.failed(address, name);
      throw new ProblemException(401, "invalid-credentials", List.of());
    }
    throttle.succeeded(address, name);
    var user = found.get();
    var token = issuer.issue(user.id(), user.username(), user.roles(), user.accounts());
    // A refused sign-in is audited as access.denied with every other 401.
    audit.record(
        user.id().toString(),
        String.join(",", new TreeSet<>(user.roles())),
        AuditEvent.success("auth.sign-in", "user", user.id().toString()));
    return new TokenResponse(
        token.value(), "Bearer", token.lifetime().toSeconds(), user.passwordChangeRequired());
  }

  @POST
  @Path("/password")
  @RolesAllowed({
    Role.CX_ADMIN,
    Role.COMPLIANCE_OFFICER,
    Role.AGENT,
    Role.ACCOUNT_TEAM,
    Role.ANALYST,
    Role.AUDITOR
  })
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change your own password (standalone users)")
  public Response changePassword(PasswordChange change) {
    mode.requireStandalone();
    if (change == null || change.currentPassword() == null || change.newPassword() == null) {
      throw ProblemException.badRequest("password-change-incomplete");
    }
    users.changePassword(
        caller.userName(),
        change.currentPassword().toCharArray(),
        change.newPassword().toCharArray());
    if (InitialAdmin.USERNAME.equals(caller.userName())) {
      initialAdmin.forgetCredential();
    }
    audit.record(AuditEvent.success("user.password-change", "user", caller.subject()));
    return Response.noContent().build();
  }

  @GET
  @Path("/jwks")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirements
  @Operation(summary = "Public keys that verify Custos-issued tokens (JWK set)")
  public Map<String, Object> jwks() {
    mode.requireStandalone();
    return keys.publicKeys().toJSONObject();
  }
}
