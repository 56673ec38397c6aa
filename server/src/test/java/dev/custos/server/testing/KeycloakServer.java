package dev.custos.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Keycloak with the shipped realm (extended by {@link TestRealms}) and a Custos server in
 * {@code custos.identity.mode=oidc} that trusts it: issuer, audience and the realm's JWKS, set the
 * way docs/admin-guide.md tells administrators to. Both start once per test run, at the first test
 * class that uses {@code @ExtendWith(KeycloakServer.class)}, and stop when the run ends.
 *
 * <p>Failsafe sets where Keycloak is unpacked ({@code custos.it.keycloak.home}), the shipped realm
 * ({@code custos.it.keycloak.realm}) and the log ({@code custos.it.keycloak.log}).
 */
public final class KeycloakServer implements BeforeAllCallback {

  /**
   * The public-endpoint budget of the {@code oidc} server, per address and hour: small, so that
   * {@code PublicRateLimitIT} reaches it quickly.
   */
  public static final int PUBLIC_REQUESTS = 5;

  private static volatile Running running;

  /** The running pair of this test run. */
  public static Running get() {
    if (running == null) {
      throw new IllegalStateException(
          "Annotate the test class with @ExtendWith(KeycloakServer.class)");
    }
    return running;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    LogCanary.register(context);
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(KeycloakServer.class))
        .getOrComputeIfAbsent(
            KeycloakServer.class,
            key -> {
              running = start();
              return running;
            },
            Running.class);
  }

  /**
   * Keycloak and the Custos server that trusts its {@code custos} realm.
   *
   * @param realm the realm Custos trusts
   * @param elsewhere a realm of the same Keycloak that Custos does not trust
   * @param custos the server in {@code oidc} mode
   */
  public record Running(
      KeycloakProcess keycloak, Keycloak realm, Keycloak elsewhere, CustosServer.Running custos)
      implements AutoCloseable {
    @Override
    public void close() throws InterruptedException {
      try {
        custos.close();
      } finally {
        keycloak.close();
      }
    }
  }

  private static Running start() {
    Path home = Path.of(CustosServer.required("custos.it.keycloak.home"));
    Path shippedRealm = Path.of(CustosServer.required("custos.it.keycloak.realm"));
    Path log = Path.of(CustosServer.required("custos.it.keycloak.log"));
    KeycloakProcess keycloak;
    try {
      keycloak = KeycloakProcess.start(home, TestRealms.forTests(shippedRealm), log);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start Keycloak from " + home, e);
    }
    try {
      Keycloak realm = new Keycloak(keycloak.baseUri(), TestRealms.REALM);
      Path work = Path.of(CustosServer.required("custos.it.workdir") + "-oidc");
      CustosServer.Running custos =
          CustosServer.launch(
              work,
              Map.of(
                  "custos.identity.mode",
                  "oidc",
                  "mp.jwt.verify.issuer",
                  realm.issuer(),
                  "mp.jwt.verify.audiences",
                  "custos-api",
                  "mp.jwt.verify.publickey.location",
                  realm.jwksUri().toString(),
                  "custos.http.public-rate-limit.requests",
                  Integer.toString(PUBLIC_REQUESTS),
                  "custos.http.public-rate-limit.window",
                  "PT1H"),
              List.of(),
              dataDir -> {});
      return new Running(
          keycloak, realm, new Keycloak(keycloak.baseUri(), TestRealms.ELSEWHERE), custos);
    } catch (RuntimeException e) {
      keycloak.close();
      throw e;
    }
  }
}
