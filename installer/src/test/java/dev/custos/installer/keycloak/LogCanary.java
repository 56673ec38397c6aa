package dev.custos.installer.keycloak;

import dev.custos.policies.testing.LogScan;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The end-of-run log check of the installer's Keycloak tests, as the server's tests have one:
 * Keycloak's log must hold none of the passwords, client secrets or token signatures the tests
 * used, and nothing shaped like a JWT. Put in the root store before Keycloak starts, so that JUnit
 * runs it after Keycloak has stopped; a finding fails the run.
 */
final class LogCanary implements ExtensionContext.Store.CloseableResource {

  private static final Set<Path> LOGS = ConcurrentHashMap.newKeySet();
  private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

  private LogCanary() {}

  static void register(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(LogCanary.class))
        .getOrComputeIfAbsent(LogCanary.class, key -> new LogCanary(), LogCanary.class);
  }

  static void watch(Path log) {
    LOGS.add(log.toAbsolutePath());
  }

  static void secret(String value) {
    SECRETS.add(value);
  }

  /** A token received in this run: its signature is what must never be logged. */
  static void token(String jwt) {
    SECRETS.add(jwt.substring(jwt.lastIndexOf('.') + 1));
  }

  @Override
  public void close() {
    List<LogScan.Finding> findings = new LogScan(List.of(), SECRETS).scan(LOGS);
    if (!findings.isEmpty()) {
      throw new AssertionError(
          "Keycloak's log holds what must never be logged:\n"
              + findings.stream().map(LogScan.Finding::toString).collect(Collectors.joining("\n")));
    }
  }
}
