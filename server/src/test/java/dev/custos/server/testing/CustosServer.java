package dev.custos.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The suite-wide server for black-box API tests: the packaged {@code custos.war} on the Payara
 * Micro jar the distribution ships, started once per test run on a free port with an empty data
 * directory, and stopped when the run ends. Test classes use it with
 * {@code @ExtendWith(CustosServer.class)} and reach it through {@link #get()}.
 */
public final class CustosServer implements BeforeAllCallback {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  /** The one origin the test server allows cross-origin calls from. */
  public static final String CONSOLE_ORIGIN = "https://console.example.internal";

  /** The file-drop connector every test server has: contacts from CSV files, every second. */
  public static final String FILE_CONNECTOR = "crm-contacts-files";

  private static volatile Running running;

  /** The running server of this test run. */
  public static Running get() {
    if (running == null) {
      throw new IllegalStateException(
          "Annotate the test class with @ExtendWith(CustosServer.class)");
    }
    return running;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(
            CustosServer.class,
            key -> {
              running = start();
              return running;
            },
            Running.class);
  }

  /** A started server: where it listens and where it keeps its files. */
  public static final class Running implements ExtensionContext.Store.CloseableResource {
    private final Process process;
    private final URI base;
    private final Path dataDir;
    private final Path log;

    Running(Process process, URI base, Path dataDir, Path log) {
      this.process = process;
      this.base = base;
      this.dataDir = dataDir;
      this.log = log;
    }

    public URI base() {
      return base;
    }

    public Path dataDir() {
      return dataDir;
    }

    /** Where the test connector {@value #FILE_CONNECTOR} picks up CSV files. */
    public Path dropDirectory() {
      return dataDir.getParent().resolve("drop");
    }

    /** Everything the server has logged so far. */
    public String log() {
      try {
        return Files.readString(log, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  private static Running start() {
    Path war = Path.of(required("custos.it.war"));
    Path payara = Path.of(required("custos.it.payara"));
    Path work = Path.of(required("custos.it.workdir"));
    try {
      deleteRecursively(work);
      Files.createDirectories(work);
      int port = freePort();
      Path dataDir = work.resolve("data");
      writeConnectors(dataDir.resolve("connectors"), work.resolve("drop"));
      BrokerConnectors.write(dataDir.resolve("connectors"));
      Path log = work.resolve("server.log");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx1g");
      command.add("-Dcustos.data.dir=" + dataDir);
      command.add("-Dcustos.http.cors.allowed-origins=" + CONSOLE_ORIGIN);
      command.addAll(List.of("-jar", payara.toString(), "--deploy", war.toString()));
      command.addAll(List.of("--port", Integer.toString(port), "--nocluster"));
      command.addAll(List.of("--rootdir", work.resolve("payara").toString()));
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      Running server = new Running(process, URI.create("http://127.0.0.1:" + port), dataDir, log);
      awaitReady(server, process);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the test server in " + work, e);
    }
  }

  private static void awaitReady(Running server, Process process) {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    HttpRequest ready =
        HttpRequest.newBuilder(server.base().resolve("/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive() || server.log().contains("Exception while deploying")) {
        failStart(server, "the server did not deploy");
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failStart(server, "interrupted");
      }
      try {
        process.waitFor(500, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failStart(server, "interrupted");
      }
    }
    failStart(server, "not ready within " + START_TIMEOUT);
  }

  private static void failStart(Running server, String why) {
    try {
      server.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String log = server.log();
    throw new IllegalStateException(
        "Test server failed: "
            + why
            + ". Log tail:\n"
            + log.substring(Math.max(0, log.length() - 6000)));
  }

  private static void writeConnectors(Path connectors, Path drop) throws IOException {
    Files.createDirectories(connectors);
    for (String dir : new String[] {"in", "done", "failed"}) {
      Files.createDirectories(drop.resolve(dir));
    }
    Files.writeString(
        connectors.resolve(FILE_CONNECTOR + ".yaml"),
        """
        id: %s
        kind: file-drop
        recordKind: contact
        collectedFor: [service-delivery, feedback-analysis]
        schedule: PT1S
        source:
          directory: %s
          pattern: '.*\\.csv'
          format: csv
          encoding: UTF-8
          doneDirectory: %s
          failedDirectory: %s
        mapping:
          sourceKey: contact_id
          sourceVersion: updated_at
          fields:
            name:  {column: name, class: identifier, required: true, maxLength: 200}
            email: {column: email, class: contact, index: email}
            phone: {column: mobile, class: contact, index: phone}
            note:  {column: note, class: free-text, maxLength: 2000}
            tier:  {column: tier, class: operational}
        """
            .formatted(
                FILE_CONNECTOR, drop.resolve("in"), drop.resolve("done"), drop.resolve("failed")));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(
          property + " is not set: run integration tests with 'mvn verify' (failsafe sets it)");
    }
    return value;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
