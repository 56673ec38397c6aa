package dev.custos.installer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code custos audit}: work with the tamper-evident audit trail. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = "Work with the tamper-evident audit trail.",
    subcommands = {AuditVerifyCommand.class})
final class AuditCommand implements Runnable {

  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command.");
  }
}
