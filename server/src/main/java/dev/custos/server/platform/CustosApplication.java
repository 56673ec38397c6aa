package dev.custos.server.platform;

import dev.custos.server.identity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api/v1}. Every call carries a bearer token (MP-JWT) and every resource
 * method names the roles allowed to call it; anything not named is denied.
 */
@ApplicationPath("/api/v1")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({
  Role.CX_ADMIN,
  Role.COMPLIANCE_OFFICER,
  Role.AGENT,
  Role.ACCOUNT_TEAM,
  Role.ANALYST,
  Role.AUDITOR
})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Custos API",
            version = "1",
            description =
                "Privacy-first customer-experience server. Get a token from /api/v1/auth/token"
                    + " (standalone users) or from your identity provider, then send it as"
                    + " 'Authorization: Bearer <token>'. Errors are RFC 9457 problem details.",
            license = @License(name = "Proprietary")),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class CustosApplication extends Application {}
