package dev.custos.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.installer.audit.AuditKeyFile;
import dev.custos.policies.audit.ChainHash;
import dev.custos.policies.audit.ChainedEvent;
import dev.custos.policies.audit.Checkpoint;
import dev.custos.policies.audit.EventFields;
import dev.custos.policies.crypto.Ed25519Signer;
import dev.custos.policies.crypto.Pem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code custos audit verify} on an embedded database laid out by the server's own migrations, with
 * a trail sealed as the server seals it (five events, checkpoints at seq 3 and 5).
 */
class AuditVerifyCommandTest {

  private static final Path MIGRATIONS = Path.of("../server/src/main/resources/db/migration");
  private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");

  @TempDir private Path dataDir;

  private final Ed25519Signer key = Ed25519Signer.generate(new SecureRandom());
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final List<String> exportLines = new ArrayList<>();
  private final List<String> checkpointLines = new ArrayList<>();

  @BeforeEach
  void sealedTrail() throws Exception {
    Files.createDirectories(dataDir.resolve("keys"));
    Files.writeString(AuditKeyFile.in(dataDir), Pem.encode(Pem.PUBLIC_KEY, key.verifier().x509()));
    exportLines.add(
        "{\"type\":\"key\",\"algorithm\":\"Ed25519\",\"keyId\":\"%s\",\"publicKey\":\"%s\"}"
            .formatted(
                key.verifier().keyId(),
                Pem.encode(Pem.PUBLIC_KEY, key.verifier().x509()).replace("\n", "\\n")));
    try (Connection c = connect()) {
      migrate(c, "V3__audit_trail.sql");
      migrate(c, "V4__audit_chain.sql");
      String prev = ChainHash.GENESIS;
      for (int seq = 1; seq <= 5; seq++) {
        ChainedEvent e =
            ChainedEvent.seal(
                seq,
                prev,
                new EventFields(
                    T0.plusSeconds(seq),
                    "user-" + seq,
                    "auditor",
                    "audit.search",
                    "audit-trail",
                    null,
                    null,
                    "success"));
        insert(c, e);
        exportLines.add(exportLine(e));
        prev = e.hash();
        if (seq == 3 || seq == 5) {
          Checkpoint cp = Checkpoint.sign(seq, e.hash(), key, T0.plusSeconds(60));
          checkpoint(c, cp);
          checkpointLines.add(
              "{\"type\":\"checkpoint\",\"seq\":%d,\"hash\":\"%s\",\"signature\":\"%s\",\"keyId\":\"%s\",\"signedAt\":\"%s\"}"
                  .formatted(cp.seq(), cp.hash(), cp.signature(), cp.keyId(), cp.signedAt()));
        }
      }
    }
    exportLines.addAll(checkpointLines);
  }

  @Test
  void anIntactTrailExitsWithZero() {
    int exitCode = run("audit", "verify", "--data-dir", dataDir.toString());

    assertThat(exitCode).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("Audit trail intact: 5 events", "2 signed checkpoints", key.verifier().keyId());
  }

  @Test
  void anEditedEventIsReportedWithItsSequenceNumber() throws SQLException {
    execute("update audit_event set actor = 'someone-else' where seq = 2");

    int exitCode = run("audit", "verify", "--data-dir", dataDir.toString());

    assertThat(exitCode).isEqualTo(AuditVerifyCommand.BROKEN);
    assertThat(out.toString()).contains("BROKEN at seq 2: hash-mismatch");
  }

  @Test
  void aDeletedEventIsReportedAsAGap() throws SQLException {
    execute("delete from audit_event where seq = 4");

    int exitCode = run("audit", "verify", "--data-dir", dataDir.toString());

    assertThat(exitCode).isEqualTo(AuditVerifyCommand.BROKEN);
    assertThat(out.toString()).contains("BROKEN at seq 4: gap");
  }

  @Test
  void anotherKeyDoesNotVerifyTheCheckpoints() throws IOException {
    Path otherKey = dataDir.resolve("other.pem");
    Files.writeString(
        otherKey,
        Pem.encode(Pem.PUBLIC_KEY, Ed25519Signer.generate(new SecureRandom()).verifier().x509()));

    int exitCode =
        run(
            "audit",
            "verify",
            "--data-dir",
            dataDir.toString(),
            "--public-key",
            otherKey.toString());

    assertThat(exitCode).isEqualTo(AuditVerifyCommand.BROKEN);
    assertThat(out.toString()).contains("BROKEN at seq 3: bad-signature");
  }

  @Test
  void aMissingDatabaseIsAnErrorNamingTheDirectory() {
    Path empty = dataDir.resolve("elsewhere");

    int exitCode =
        run(
            "audit",
            "verify",
            "--data-dir",
            empty.toString(),
            "--public-key",
            AuditKeyFile.in(dataDir).toString());

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString()).contains("No embedded database in", "elsewhere");
  }

  @Test
  void anExportVerifiesOfflineAndAnEditedLineDoesNot() throws IOException {
    Path export = dataDir.resolve("custos-audit.jsonl");
    Files.writeString(export, String.join("\n", exportLines) + "\n");

    int intact =
        run(
            "audit",
            "verify",
            "--export",
            export.toString(),
            "--public-key",
            AuditKeyFile.in(dataDir).toString());

    assertThat(intact).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Audit trail intact: 5 events", "2 signed checkpoints");

    Files.writeString(
        export, String.join("\n", exportLines).replace("\"user-4\"", "\"user-x\"") + "\n");
    int broken = run("audit", "verify", "--export", export.toString());

    assertThat(broken).isEqualTo(AuditVerifyCommand.BROKEN);
    assertThat(out.toString())
        .contains("public key inside the export", "BROKEN at seq 4: hash-mismatch");
  }

  @Test
  void helpListsTheVerifyCommand() {
    run("audit", "--help");

    assertThat(out.toString()).contains("verify");
  }

  /** The line GET /api/v1/audit/export writes for the event. */
  private static String exportLine(ChainedEvent e) {
    EventFields f = e.fields();
    return ("{\"type\":\"event\",\"seq\":%d,\"occurredAt\":\"%s\",\"actor\":\"%s\","
            + "\"roles\":\"%s\",\"action\":\"%s\",\"resourceType\":\"%s\","
            + "\"resourceId\":null,\"purpose\":null,\"outcome\":\"%s\",\"prevHash\":\"%s\","
            + "\"hash\":\"%s\"}")
        .formatted(
            e.seq(),
            f.occurredAt(),
            f.actor(),
            f.roles(),
            f.action(),
            f.resourceType(),
            f.outcome(),
            e.prevHash(),
            e.hash());
  }

  private int run(String... args) {
    CommandLine cli = Custos.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:h2:file:" + dataDir.resolve("db").resolve("custos"), "custos", "custos");
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private static void migrate(Connection c, String file) throws IOException, SQLException {
    String script = Files.readString(MIGRATIONS.resolve(file), StandardCharsets.UTF_8);
    StringBuilder withoutComments = new StringBuilder();
    script
        .lines()
        .filter(l -> !l.strip().startsWith("--"))
        .forEach(l -> withoutComments.append(l).append('\n'));
    try (Statement s = c.createStatement()) {
      for (String statement : withoutComments.toString().split(";")) {
        if (!statement.isBlank()) {
          s.execute(statement);
        }
      }
    }
  }

  private static void insert(Connection c, ChainedEvent e) throws SQLException {
    EventFields f = e.fields();
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into audit_event (occurred_at, actor, roles, action, resource_type,"
                + " resource_id, purpose, outcome, seq, prev_hash, hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setObject(1, f.occurredAt().atOffset(ZoneOffset.UTC));
      s.setString(2, f.actor());
      s.setString(3, f.roles());
      s.setString(4, f.action());
      s.setString(5, f.resourceType());
      s.setString(6, f.resourceId());
      s.setString(7, f.purpose());
      s.setString(8, f.outcome());
      s.setLong(9, e.seq());
      s.setString(10, e.prevHash());
      s.setString(11, e.hash());
      s.executeUpdate();
    }
  }

  private static void checkpoint(Connection c, Checkpoint cp) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into audit_checkpoint (seq, hash, signature, key_id, signed_at)"
                + " values (?, ?, ?, ?, ?)")) {
      s.setLong(1, cp.seq());
      s.setString(2, cp.hash());
      s.setString(3, cp.signature());
      s.setString(4, cp.keyId());
      s.setObject(5, cp.signedAt().atOffset(ZoneOffset.UTC));
      s.executeUpdate();
    }
  }
}
