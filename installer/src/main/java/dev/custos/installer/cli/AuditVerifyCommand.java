package dev.custos.installer.cli;

import dev.custos.installer.audit.AuditCheck;
import dev.custos.installer.audit.AuditDatabase;
import dev.custos.installer.audit.AuditKeyFile;
import dev.custos.installer.audit.ExportFile;
import dev.custos.installer.launch.DatabaseSettings;
import dev.custos.installer.launch.LaunchException;
import dev.custos.policies.audit.ChainBreak;
import dev.custos.policies.audit.ChainVerdict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code custos audit verify}: checks the whole audit trail in the installation's database against
 * the public key in its data directory. Exit code 0: intact; {@value #BROKEN}: broken (the first
 * broken link is printed); 1: the trail or the key could not be read.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
      "Verify the audit trail's hash chain and signed checkpoints in the database.",
      "Exit code 0: intact. "
          + AuditVerifyCommand.BROKEN
          + ": broken (the first broken link is"
          + " printed). 1: could not be read.",
      "The embedded database can be read only while the server is stopped."
    })
final class AuditVerifyCommand implements Callable<Integer> {

  /** Exit code of a broken chain; distinct from 1 (an error) and 2 (a usage error). */
  static final int BROKEN = 3;

  @Spec private CommandSpec spec;

  @Option(
      names = "--data-dir",
      paramLabel = "<dir>",
      description = "Data directory (default: data/ in the Custos home).")
  private Path dataDir;

  @Option(
      names = "--db-url",
      paramLabel = "<jdbc-url>",
      description = "JDBC URL of the database (default: embedded H2 in the data directory).")
  private String dbUrl;

  @Option(names = "--db-user", paramLabel = "<user>", description = "Database user.")
  private String dbUser;

  @Option(
      names = "--db-password-file",
      paramLabel = "<file>",
      description = "File holding the database password (else CUSTOS_DB_PASSWORD).")
  private Path dbPasswordFile;

  @Option(
      names = "--public-key",
      paramLabel = "<pem-file>",
      description =
          "The audit public key (default: keys/"
              + AuditKeyFile.PUBLIC_FILE
              + " in the data"
              + " directory).")
  private Path publicKey;

  @Option(
      names = "--export",
      paramLabel = "<jsonl-file>",
      description =
          "Verify an export of GET /api/v1/audit/export offline instead of the database. Give"
              + " --public-key to check it against a key you keep (else the file's own key).")
  private Path export;

  /** The distribution root; bin/custos passes it, tests set it. */
  @Option(names = "--home", hidden = true, defaultValue = "${sys:custos.home}")
  private Path home;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (export != null) {
      ExportFile.Result checked =
          ExportFile.verify(export, Optional.ofNullable(publicKey).map(AuditKeyFile::read));
      if (checked.keyFromFile()) {
        out.println(
            "Checked with the public key inside the export; give --public-key to use your own"
                + " copy.");
      }
      return report(out, checked.verdict(), checked.keyId(), 0);
    }
    Path data = dataDirectory();
    var key = AuditKeyFile.read(publicKey != null ? publicKey : AuditKeyFile.in(data));
    AuditCheck.Result result =
        AuditCheck.run(
            AuditDatabase.open(new DatabaseSettings(dbUrl, dbUser, dbPasswordFile), data), key);
    return report(out, result.verdict(), result.keyId(), result.unsealed());
  }

  private static int report(PrintWriter out, ChainVerdict verdict, String keyId, long unsealed) {
    if (verdict.intact()) {
      out.printf(
          "Audit trail intact: %d events (up to seq %d), %d signed checkpoints, key %s.%n",
          verdict.events(), verdict.lastSeq(), verdict.checkpoints(), keyId);
      if (unsealed > 0) {
        out.printf(
            "%d newer events are not sealed yet; the server seals them while it runs.%n", unsealed);
      }
      out.flush();
      return 0;
    }
    ChainBreak broken = verdict.firstBreak().orElseThrow();
    out.printf(
        "Audit trail BROKEN at seq %d: %s. %s%n", broken.seq(), broken.kindName(), broken.detail());
    out.println(
        "Keep what was verified unchanged as evidence; docs/compliance-guide.md, \"The audit"
            + " trail\", says what to do next.");
    out.flush();
    return BROKEN;
  }

  private Path dataDirectory() {
    if (dataDir != null) {
      return dataDir;
    }
    if (home == null) {
      throw new LaunchException(
          "The data directory is unknown: give --data-dir, or run through bin/custos.");
    }
    return home.resolve("data");
  }
}
