package dev.custos.server.testing;

import dev.custos.policies.testing.LogScan;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole-run log check: every server the integration tests start registers its log here, every
 * password and bearer token the tests use is noted, and when the run ends the logs are scanned with
 * {@link LogScan} for those and for the planted {@link Fixtures#CANARIES}. A finding fails the run.
 *
 * <p>It lives in the root store of the test run and is put there before any server, so that JUnit,
 * which closes stored resources in the reverse order of their insertion, runs it after every server
 * has stopped and written its last line.
 */
public final class LogCanary implements AutoCloseable {

  private static final Set<Path> LOGS = ConcurrentHashMap.newKeySet();
  private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

  private LogCanary() {}

  /** Makes sure the check runs at the end of this test run; call before starting a server. */
  public static void register(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(LogCanary.class))
        .getOrComputeIfAbsent(LogCanary.class, key -> new LogCanary(), LogCanary.class);
  }

  /** A log file a server of this run writes. */
  public static void watch(Path log) {
    LOGS.add(log.toAbsolutePath());
  }

  /** A password used in this run. */
  public static void secret(String value) {
    SECRETS.add(value);
  }

  /** A bearer token received in this run: its signature is what must never be logged. */
  public static void token(String jwt) {
    int lastDot = jwt.lastIndexOf('.');
    SECRETS.add(lastDot >= 0 ? jwt.substring(lastDot + 1) : jwt);
  }

  @Override
  public void close() {
    List<LogScan.Finding> findings = new LogScan(Fixtures.CANARIES, SECRETS).scan(LOGS);
    if (!findings.isEmpty()) {
      throw new AssertionError(
          "Server logs of this test run hold what must never be logged:\n"
              + findings.stream().map(LogScan.Finding::toString).collect(Collectors.joining("\n")));
    }
  }
}
