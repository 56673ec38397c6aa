package dev.custos.installer.keycloak;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
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
 * run ends. Starting before the class (not at the first parameter) makes a failed start one class
 * error with Keycloak's log tail instead of one error per test.
 */
public final class KeycloakServer implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(KeycloakServer.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    LogCanary.register(context);
    running(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Keycloak.class;
  }

  @Override
  public Keycloak resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return new Keycloak(running(context).baseUri(), TestRealm.REALM);
  }

  private static KeycloakProcess running(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(KeycloakProcess.class, key -> start(), KeycloakProcess.class);
  }

  private static KeycloakProcess start() {
    LogCanary.watch(setting("custos.it.keycloak.log"));
    LogCanary.secret(KeycloakProcess.ADMIN_PASSWORD);
    LogCanary.secret(TestRealm.INTEGRATION_SECRET);
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
