package dev.custos.installer.cli;

import dev.custos.installer.launch.Distribution;
import dev.custos.installer.launch.PortCheck;
import dev.custos.installer.launch.ServerOutput;
import dev.custos.installer.launch.ServerProcess;
import dev.custos.installer.launch.ServerSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos start}: runs the server in the foreground until Ctrl-C. */
@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = "Start the server in the foreground; Ctrl-C stops it.")
final class StartCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private ServerOptions server;

  @Mixin private TlsOptions tls;

  @Option(
      names = "--data-dir",
      paramLabel = "<dir>",
      description = "Data directory (default: data/ in the Custos home).")
  private Path dataDir;

  @Override
  public Integer call() throws InterruptedException {
    Distribution distribution = server.distribution();
    Path data = dataDir != null ? dataDir : distribution.home().resolve("data");
    ServerSettings settings = server.settings(distribution, data, tls.settings(data));
    PortCheck.requireFree(settings.port());
    settings.tls().ifPresent(t -> PortCheck.requireFree(t.port()));
    PrintWriter out = spec.commandLine().getOut();
    String address =
        settings
            .tls()
            .map(t -> "https://localhost:" + t.port() + "/")
            .orElse("http://localhost:" + settings.port() + "/");
    out.printf("Starting Custos on %s (data: %s). Ctrl-C stops it.%n", address, settings.dataDir());
    out.flush();
    return ServerProcess.start(settings, new ServerOutput.Console()).waitFor();
  }
}
