package dev.custos.installer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code custos} command: entry point of the distribution's {@code bin/custos} script. */
@Command(
    name = "custos",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = "Runs Custos, the privacy-first on-premise customer-experience server.",
    subcommands = {StartCommand.class, DemoCommand.class, AuditCommand.class})
public final class Custos implements Runnable {

  @Spec private CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with its error handling, ready to execute. */
  public static CommandLine commandLine() {
    return new CommandLine(new Custos()).setExecutionExceptionHandler(new UserErrorHandler());
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command.");
  }
}
