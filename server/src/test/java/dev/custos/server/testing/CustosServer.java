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
import java.util.Map;
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
    LogCanary.register(context);
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

    /** Kills the server's JVM at once (SIGKILL), as a power cut or the OOM killer would. */
    public void kill() throws InterruptedException {
      process.destroyForcibly();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("The server process " + process.pid() + " did not die");
      }
    }

    /**
     * Waits up to {@code timeout} for the server's process to end: a bounded pause that ends early
     * if the server dies.
     *
     * @return true if it ended
     */
    public boolean waitFor(Duration timeout) throws InterruptedException {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the server's process is still alive. */
    public boolean isAlive() {
      return process.isAlive();
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
    Path work = Path.of(required("custos.it.workdir"));
    Path drop = work.resolve("drop");
    return launch(
        work,
        Map.of(
            "custos.http.cors.allowed-origins",
            CONSOLE_ORIGIN,
            // Every test signs in from 127.0.0.1: far more than a real client's budget.
            "custos.http.public-rate-limit.requests",
            "100000"),
        List.of(),
        dataDir -> {
          writeConnectors(dataDir.resolve("connectors"), drop);
          BrokerConnectors.write(dataDir.resolve("connectors"));
        });
  }

  /** Prepares a fresh data directory before the server first sees it. */
  @FunctionalInterface
  interface DataSetup {
    void prepare(Path dataDir) throws IOException;
  }

  /**
   * Starts the packaged WAR in an emptied {@code work} directory and waits until it is ready. Used
   * for the suite-wide server and for servers that need other settings (an external identity
   * provider, TLS).
   *
   * @param properties MicroProfile Config settings, passed as system properties
   * @param payaraOptions extra Payara Micro options; the HTTP port is always chosen here
   */
  static Running launch(
      Path work, Map<String, String> properties, List<String> payaraOptions, DataSetup setup) {
    try {
      deleteRecursively(work);
      Path dataDir = work.resolve("data");
      Files.createDirectories(dataDir);
      setup.prepare(dataDir);
      return launch(work, dataDir, List.of(), properties, Map.of(), payaraOptions);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the test server in " + work, e);
    }
  }

  /**
   * Starts (or restarts) the packaged server on the data directory as it is, as a Java process of
   * its own (the JVM itself, no wrapper script, so that {@link Running#kill()} kills the server),
   * and waits until it is ready.
   *
   * @param work where Payara keeps its files and the log is written; kept as it is
   * @param jvmOptions options for the server's JVM, beside its heap size
   * @param properties system properties for the server, beside its data directory
   * @param environment variables added to the server's environment
   */
  public static Running launch(
      Path work,
      Path dataDir,
      List<String> jvmOptions,
      Map<String, String> properties,
      Map<String, String> environment) {
    return launch(work, dataDir, jvmOptions, properties, environment, List.of());
  }

  /**
   * Every start ends here. The output is appended to {@code server.log} in the work directory, so a
   * restart keeps the earlier log, and the {@link LogCanary} watches it.
   */
  private static Running launch(
      Path work,
      Path dataDir,
      List<String> jvmOptions,
      Map<String, String> properties,
      Map<String, String> environment,
      List<String> payaraOptions) {
    Path war = Path.of(required("custos.it.war"));
    Path payara = Path.of(required("custos.it.payara"));
    try {
      Files.createDirectories(work);
      // Payara Micro records the deployed application in its root directory: after a kill it
      // would deploy it from there and then again from --deploy. Each start begins afresh.
      deleteRecursively(work.resolve("payara"));
      int port = freePort();
      Path log = work.resolve("server.log");
      LogCanary.watch(log);
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx1g");
      command.addAll(jvmOptions);
      command.add("-Dcustos.data.dir=" + dataDir);
      // No sweep at a time of day: tests start the sweeps they check.
      command.add("-Dcustos.retention.sweep.daily-at=off");
      properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
      command.addAll(List.of("-jar", payara.toString(), "--deploy", war.toString()));
      command.addAll(List.of("--port", Integer.toString(port), "--nocluster"));
      command.addAll(List.of("--rootdir", work.resolve("payara").toString()));
      command.addAll(payaraOptions);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().putAll(environment);
      Process process = builder.start();
      Running server = new Running(process, URI.create("http://127.0.0.1:" + port), dataDir, log);
      awaitReady(server, process);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start a server in " + work, e);
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
            mayCall:
              column: may_call
              class: operational
              optIn: {purpose: follow-up-contact, notice: crm-call-consent, noticeVersion: '3', language: zh-CN, jurisdiction: CN}
        """
            .formatted(
                FILE_CONNECTOR, drop.resolve("in"), drop.resolve("done"), drop.resolve("failed")));
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(
          property + " is not set: run integration tests with 'mvn verify' (failsafe sets it)");
    }
    return value;
  }

  static void deleteRecursively(Path dir) throws IOException {
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
