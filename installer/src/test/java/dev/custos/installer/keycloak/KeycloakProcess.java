package dev.custos.installer.keycloak;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.installer.launch.HttpReadinessProbe;
import dev.custos.installer.launch.LogTail;
import dev.custos.installer.launch.Readiness;
import dev.custos.installer.launch.ReadinessWait;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One Keycloak server started from an unpacked distribution with {@code kc.sh start-dev}, importing
 * a realm into an empty {@code data/}. Closing it stops {@code kc.sh} and every process under it.
 */
final class KeycloakProcess implements AutoCloseable {

  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  private static final int LOG_TAIL_LINES = 40;
  static final String ADMIN_USER = "admin";
  static final String ADMIN_PASSWORD = "admin-for-tests-only";

  private final Process process;
  private final URI baseUri;

  private KeycloakProcess(Process process, URI baseUri) {
    this.process = process;
    this.baseUri = baseUri;
  }

  /**
   * Starts Keycloak and returns once {@code /health/ready} answers 200.
   *
   * @param home the unpacked distribution ({@code bin/kc.sh}, {@code lib/}, ...)
   * @param realm the realm to import
   * @param log where Keycloak's output goes
   */
  static KeycloakProcess start(Path home, ObjectNode realm, Path log) throws InterruptedException {
    prepareData(home, realm);
    int httpPort = freePort();
    int managementPort = freePort();
    URI baseUri = URI.create("http://127.0.0.1:" + httpPort);
    Process process = launch(home, baseUri, managementPort, log);
    KeycloakProcess keycloak = new KeycloakProcess(process, baseUri);
    // JUnit closes the server when the run ends; this covers a run that is interrupted.
    Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close, "keycloak-stop"));
    Readiness readiness =
        new ReadinessWait(
                new HttpReadinessProbe(URI.create("http://127.0.0.1:" + managementPort + "/")),
                POLL,
                READY_TIMEOUT)
            .await(process.onExit().thenApply(Process::exitValue));
    if (!(readiness instanceof Readiness.Ready)) {
      keycloak.close();
      throw new IllegalStateException(
          "Keycloak did not become ready ("
              + readiness
              + "). Last lines of "
              + log
              + ":\n"
              + String.join("\n", LogTail.lastLines(log, LOG_TAIL_LINES)));
    }
    return keycloak;
  }

  /** The server's root, also the fixed host name of every issuer it writes. */
  URI baseUri() {
    return baseUri;
  }

  /** Sends SIGTERM to kc.sh and the JVM under it; kills whatever is still alive 30 s later. */
  @Override
  public void close() {
    // kc.sh may run Java as a child: collect the tree before the parent goes.
    List<ProcessHandle> tree = process.descendants().toList();
    process.destroy();
    tree.forEach(ProcessHandle::destroy);
    awaitExitOrKill(process.toHandle());
    tree.forEach(KeycloakProcess::awaitExitOrKill);
  }

  private static void awaitExitOrKill(ProcessHandle handle) {
    try {
      handle.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      handle.destroyForcibly();
    } catch (InterruptedException e) {
      handle.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** Import skips realms that exist already, so every run starts from an empty data directory. */
  private static void prepareData(Path home, ObjectNode realm) {
    Path data = home.resolve("data");
    try {
      deleteTree(data);
      Path imports = Files.createDirectories(data.resolve("import"));
      new ObjectMapper()
          .writerWithDefaultPrettyPrinter()
          .writeValue(imports.resolve("custos-realm.json").toFile(), realm);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare " + data, e);
    }
  }

  private static Process launch(Path home, URI baseUri, int managementPort, Path log) {
    ProcessBuilder builder =
        new ProcessBuilder(
            home.resolve("bin/kc.sh").toString(),
            "start-dev",
            "--import-realm",
            "--http-host=127.0.0.1",
            "--http-port=" + baseUri.getPort(),
            "--http-management-port=" + managementPort,
            "--health-enabled=true",
            // Pinned, or the issuer would follow each request's Host header.
            "--hostname=" + baseUri);
    Map<String, String> env = builder.environment();
    env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
    env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("JAVA_HOME", System.getProperty("java.home"));
    // C1 only: start-up is mostly cold code, and this roughly halves its CPU time.
    env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    try {
      Files.createDirectories(log.getParent());
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + home.resolve("bin/kc.sh"), e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free local port", e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
