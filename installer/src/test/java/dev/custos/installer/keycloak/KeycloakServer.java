package dev.custos.installer.keycloak;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs one Keycloak server for the whole test run, with the shipped realm extended by {@link
 * TestRealm}, and hands test methods and constructors a {@link Keycloak} to talk to it.
 *
 * <p>Failsafe sets where Keycloak is unpacked ({@code custos.it.keycloak.home}), the shipped realm
 * ({@code custos.it.keycloak.realm}) and the log file ({@code custos.it.keycloak.log}). The server
 * lives in the root context's store, so the first test class starts it and JUnit stops it when the
 * run ends.
 */
public final class KeycloakServer implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(KeycloakServer.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Keycloak.class;
  }

  @Override
  public Keycloak resolveParameter(ParameterContext parameter, ExtensionContext context) {
    KeycloakProcess process =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(KeycloakProcess.class, key -> start(), KeycloakProcess.class);
    return new Keycloak(process.baseUri(), TestRealm.REALM);
  }

  private static KeycloakProcess start() {
    try {
      return KeycloakProcess.start(
          setting("custos.it.keycloak.home"),
          TestRealm.forTests(setting("custos.it.keycloak.realm")),
          setting("custos.it.keycloak.log"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while Keycloak was starting", e);
    }
  }

  /** Realm shipped with the distribution: also read by tests that need no server. */
  static Path shippedRealm() {
    return setting("custos.it.keycloak.realm");
  }

  private static Path setting(String key) {
    String value = System.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + key + " is not set: run the Keycloak tests with mvn verify");
    }
    return Path.of(value);
  }
}
