package dev.custos.installer.cli;

import dev.custos.installer.api.Credentials;
import dev.custos.installer.api.CustosApiClient;
import dev.custos.installer.demo.DemoData;
import dev.custos.installer.demo.DemoDataGenerator;
import dev.custos.installer.demo.DemoLoader;
import dev.custos.installer.demo.DemoSettings;
import dev.custos.installer.demo.LoadOutcome;
import dev.custos.installer.launch.Distribution;
import dev.custos.installer.launch.HttpReadinessProbe;
import dev.custos.installer.launch.LaunchException;
import dev.custos.installer.launch.LogTail;
import dev.custos.installer.launch.PortCheck;
import dev.custos.installer.launch.Readiness;
import dev.custos.installer.launch.ReadinessWait;
import dev.custos.installer.launch.ServerOutput;
import dev.custos.installer.launch.ServerProcess;
import dev.custos.installer.launch.ServerSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code custos demo}: starts the server with its output in a log file, waits until it is ready,
 * loads generated demo data through the API (once: not into a server that has accounts), shows
 * where to look, and runs until Ctrl-C.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = "Start the server with demo data and show how to try it; Ctrl-C stops it.")
final class DemoCommand implements Callable<Integer> {

  static final String ADMIN_USER = "admin";

  private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  private static final int LOG_LINES_SHOWN = 30;

  @Spec private CommandSpec spec;

  @Mixin private ServerOptions server;

  @Option(
      names = "--data-dir",
      paramLabel = "<dir>",
      description = "Data directory (default: demo-data/ in the Custos home).")
  private Path dataDir;

  @Override
  public Integer call() throws InterruptedException {
    Distribution distribution = server.distribution();
    ServerSettings settings =
        server.settings(
            distribution, dataDir != null ? dataDir : distribution.home().resolve("demo-data"));
    PortCheck.requireFree(settings.port());
    Path log = settings.dataDir().resolve("logs").resolve("server.log");
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Starting Custos on port %d (log: %s)...%n", settings.port(), log);
    out.flush();
    ServerProcess process = ServerProcess.start(settings, new ServerOutput.LogFile(log));
    try {
      awaitReady(process, settings, log);
      out.println("Custos is ready.");
      loadDemoData(settings, out);
    } catch (RuntimeException | InterruptedException e) {
      process.stop();
      throw e;
    }
    out.print(DemoInstructions.text(settings.port(), settings.initialAdminPasswordFile(), log));
    out.flush();
    return process.waitFor();
  }

  private static void awaitReady(ServerProcess process, ServerSettings settings, Path log)
      throws InterruptedException {
    ReadinessWait wait =
        new ReadinessWait(
            new HttpReadinessProbe(settings.localUri()), POLL_INTERVAL, START_TIMEOUT);
    switch (wait.await(process.exitCode())) {
      case Readiness.Ready() -> {}
      case Readiness.Exited(int exitCode) ->
          throw new LaunchException(
              "The server stopped (exit code %d) before it was ready. Last %d lines of %s:%n%s"
                  .formatted(
                      exitCode,
                      LOG_LINES_SHOWN,
                      log,
                      String.join(
                          System.lineSeparator(), LogTail.lastLines(log, LOG_LINES_SHOWN))));
      case Readiness.TimedOut(Duration waited) ->
          throw new LaunchException(
              "The server was not ready after %d minutes; see %s."
                  .formatted(waited.toMinutes(), log));
    }
  }

  private static void loadDemoData(ServerSettings settings, PrintWriter out) {
    DemoData data =
        new DemoDataGenerator(DemoSettings.standard()).generate(Clock.systemUTC().instant());
    DemoLoader loader =
        new DemoLoader(
            CustosApiClient.forServer(settings.localUri()), new ConsoleLoadListener(out));
    LoadOutcome outcome =
        loader.load(
            new Credentials(ADMIN_USER, readAdminPassword(settings.initialAdminPasswordFile())),
            data);
    switch (outcome) {
      case LoadOutcome.AlreadyLoaded(long accounts) ->
          out.printf("The demo data is already there (%d accounts).%n", accounts);
      case LoadOutcome.Loaded loaded ->
          out.printf(
              "Loaded %d accounts and %d responses (%d duplicates, %d rejected).%n",
              loaded.accountsCreated() + loaded.accountsExisting(),
              loaded.accepted(),
              loaded.duplicates(),
              loaded.rejected());
    }
    out.flush();
  }

  private static String readAdminPassword(Path file) {
    try {
      return Files.readAllLines(file).stream()
          .map(String::strip)
          .filter(line -> !line.isEmpty())
          .findFirst()
          .orElseThrow(() -> new LaunchException(file + " is empty."));
    } catch (IOException e) {
      throw new LaunchException(
          "Cannot read the initial admin password from "
              + file
              + " ("
              + e.getMessage()
              + "). The demo needs it to log in; use an empty --data-dir to start afresh.",
          e);
    }
  }
}
