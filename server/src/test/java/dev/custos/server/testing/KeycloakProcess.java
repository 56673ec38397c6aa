package dev.custos.server.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real Keycloak started from the unpacked distribution with {@code kc.sh start-dev}, importing
 * realms into an empty {@code data/}. The installer's tests have their own launcher built on the
 * installer's readiness classes; the server must not depend on the installer module, so this is the
 * minimal copy the server's tests need.
 */
final class KeycloakProcess implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  static final String ADMIN_PASSWORD = "admin-for-tests-only";

  private final Process process;
  private final URI baseUri;
  private final Path log;

  private KeycloakProcess(Process process, URI baseUri, Path log) {
    this.process = process;
    this.baseUri = baseUri;
    this.log = log;
  }

  /** Starts Keycloak with these realms and returns once {@code /health/ready} answers 200. */
  static KeycloakProcess start(Path home, List<JsonObject> realms, Path log) throws IOException {
    prepareData(home, realms);
    int httpPort = CustosServer.freePort();
    int managementPort = CustosServer.freePort();
    URI baseUri = URI.create("http://127.0.0.1:" + httpPort);
    ProcessBuilder builder =
        new ProcessBuilder(
            home.resolve("bin/kc.sh").toString(),
            "start-dev",
            "--import-realm",
            "--http-host=127.0.0.1",
            "--http-port=" + httpPort,
            "--http-management-port=" + managementPort,
            "--health-enabled=true",
            // Pinned, or the issuer would follow each request's Host header.
            "--hostname=" + baseUri);
    Map<String, String> env = builder.environment();
    env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("JAVA_HOME", System.getProperty("java.home"));
    // C1 only: start-up is mostly cold code, and this roughly halves its CPU time.
    env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
    Files.createDirectories(log.getParent());
    LogCanary.watch(log);
    LogCanary.secret(ADMIN_PASSWORD);
    Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    KeycloakProcess keycloak = new KeycloakProcess(process, baseUri, log);
    keycloak.awaitReady(URI.create("http://127.0.0.1:" + managementPort + "/health/ready"));
    return keycloak;
  }

  /** The server's root, also the fixed host name of every issuer it writes. */
  URI baseUri() {
    return baseUri;
  }

  /** Sends SIGTERM to kc.sh and the JVM under it; kills whatever is still alive 30 s later. */
  @Override
  public void close() {
    List<ProcessHandle> tree = process.descendants().toList();
    process.destroy();
    tree.forEach(ProcessHandle::destroy);
    awaitExitOrKill(process.toHandle());
    tree.forEach(KeycloakProcess::awaitExitOrKill);
  }

  private void awaitReady(URI health) {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    HttpRequest ready = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build();
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    try {
      while (Instant.now().isBefore(deadline) && process.isAlive()) {
        try {
          if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            return;
          }
        } catch (IOException e) {
          // Not listening yet.
        }
        process.waitFor(500, TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    close();
    throw new IllegalStateException("Keycloak did not become ready. Log tail:\n" + tail());
  }

  private String tail() {
    try {
      String text = Files.readString(log, StandardCharsets.UTF_8);
      return text.substring(Math.max(0, text.length() - 6000));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
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
  private static void prepareData(Path home, List<JsonObject> realms) throws IOException {
    Path data = home.resolve("data");
    CustosServer.deleteRecursively(data);
    Path imports = Files.createDirectories(data.resolve("import"));
    for (JsonObject realm : realms) {
      Path file = imports.resolve(realm.getString("realm") + "-realm.json");
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        Json.createWriter(out).writeObject(realm);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }
}
