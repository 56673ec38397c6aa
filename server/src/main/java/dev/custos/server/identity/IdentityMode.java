package dev.custos.server.identity;

import dev.custos.server.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who signs in users: Custos itself ({@code standalone}: local users and Custos-signed tokens) or
 * an external OIDC provider such as Keycloak ({@code oidc}), set by {@code custos.identity.mode}.
 * In {@code oidc} mode nothing of the standalone directory is created or reachable.
 */
@ApplicationScoped
public class IdentityMode {

  private final boolean standalone;

  @Inject
  public IdentityMode(
      @ConfigProperty(name = "custos.identity.mode", defaultValue = "standalone") String mode) {
    if (!mode.equals("standalone") && !mode.equals("oidc")) {
      throw new IllegalArgumentException(
          "custos.identity.mode must be 'standalone' or 'oidc', not '" + mode + "'");
    }
    this.standalone = mode.equals("standalone");
  }

  /** For CDI client proxies only. */
  protected IdentityMode() {
    this.standalone = true;
  }

  public boolean isStandalone() {
    return standalone;
  }

  /** Refuses a standalone-only operation with a problem the caller can act on. */
  public void requireStandalone() {
    if (!standalone) {
      throw ProblemException.notFound("standalone-only");
    }
  }
}
