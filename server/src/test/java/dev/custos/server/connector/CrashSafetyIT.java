package dev.custos.server.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.custos.server.testing.Api;
import dev.custos.server.testing.CustosServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Crash safety of ingestion, proven on a real server process: a database-poll connector ingests a
 * CRM-shaped PostgreSQL table into a PostgreSQL Custos database while the server's JVM is killed
 * with SIGKILL at random moments (seeded; the seed is printed, and {@code -Dcustos.crash.seed}
 * replays it) and started again, several times. Afterwards the stored set of (connector, source
 * key, source version) equals the source's exactly: nothing lost, nothing stored twice, nothing
 * quarantined. A stopped connector stays stopped across the last restart.
 *
 * <p>Runs against the machine's PostgreSQL named by {@code CUSTOS_TEST_POSTGRES_URL}, in databases
 * of its own that it drops afterwards; skipped when that is unset.
 */
@Tag("crash-safety")
class CrashSafetyIT {

  /**
   * Rows of the source table: a 100,000-row first load, every row a new person (a subject, a data
   * key, a resolution), read in pages of 1,000. {@code -Dcustos.crash.rows=4000} runs a quick one.
   */
  static final int ROWS = Integer.getInteger("custos.crash.rows", 100_000);

  private static final String CONNECTOR = "crm-crash";
  private static final LocalDateTime BASE = LocalDateTime.parse("2026-01-05T09:00:00");
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄"};
  private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋"};
  private static final String[] ENGLISH = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Ken"};

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String custosDatabase = "custos_crash_" + suffix;
  private final String sourceTable = "crash_crm_" + suffix;
  private URI postgres;
  private String sourceDatabase;
  private CustosServer.Running server;

  @Test
  void sigkillsDuringAnIngestLoseNothingAndDuplicateNothing() throws Exception {
    String url = System.getenv("CUSTOS_TEST_POSTGRES_URL");
    Assumptions.assumeTrue(
        url != null,
        "CrashSafetyIT needs a PostgreSQL: set CUSTOS_TEST_POSTGRES_URL"
            + " (for example jdbc:postgresql://127.0.0.1:5432/test?user=postgres)");
    postgres = URI.create(url.substring("jdbc:".length()));
    sourceDatabase = postgres.getPath().substring(1);
    long seed = Long.getLong("custos.crash.seed", System.nanoTime());
    Random random = new Random(seed);
    int kills = 3 + random.nextInt(3);
    System.out.printf(
        "CrashSafetyIT: seed %d (-Dcustos.crash.seed=%d replays it), %d rows, %d kills%n",
        seed, seed, ROWS, kills);

    Set<String> source = createSource();
    try (Connection c = admin()) {
      execute(c, "CREATE DATABASE " + custosDatabase);
    }
    Path work = Path.of(System.getProperty("custos.it.workdir")).resolveSibling("crash-server");
    deleteRecursively(work);
    Path dataDir = work.resolve("data");
    writeConnector(dataDir.resolve("connectors"));

    // Spread over the whole ingest: each kill comes once the stored rows pass a random mark (and
    // this start has committed at least one page of its own), a random moment later.
    long[] marks = random.longs(kills, 1, ROWS).sorted().toArray();
    for (int kill = 1; kill <= kills; kill++) {
      server = launch(work, dataDir);
      long before = stored();
      long mark = marks[kill - 1];
      await()
          .atMost(Duration.ofMinutes(10))
          .pollInterval(Duration.ofMillis(250))
          .until(
              () -> {
                long now = stored();
                return now == ROWS || (now > before && now >= mark);
              });
      long delay = random.nextInt(1_000);
      server.waitFor(Duration.ofMillis(delay));
      long at = stored();
      server.kill();
      System.out.printf(
          "CrashSafetyIT: kill %d of %d, %d ms after passing %d, at %d stored rows%n",
          kill, kills, delay, mark, at);
    }

    server = launch(work, dataDir);
    Api api = Api.of(server);
    String admin = api.adminToken(server);
    await()
        .atMost(Duration.ofMinutes(10))
        .until(() -> stored() >= ROWS && idle(api.get(path(), admin).json()));

    assertThat(storedSet()).isEqualTo(source);
    assertThat(count("select count(*) from gated_record")).isEqualTo(ROWS);
    assertThat(count("select count(*) from quarantine_row")).isZero();
    assertThat(server.log()).doesNotContainPattern("crash\\d+@example\\.com");

    api.post(path() + "/stop", admin, Json.createObjectBuilder().build());
    server.kill();
    server = launch(work, dataDir);
    Api restarted = Api.of(server);
    assertThat(restarted.get(path(), restarted.adminToken(server)).json().getString("state"))
        .isEqualTo("stopped");
  }

  @AfterEach
  void cleanUp() throws Exception {
    if (server != null) {
      server.close();
    }
    if (postgres != null) {
      try (Connection c = admin()) {
        execute(c, "DROP DATABASE IF EXISTS " + custosDatabase + " WITH (FORCE)");
      }
      try (Connection c = connect(sourceDatabase)) {
        execute(c, "DROP TABLE IF EXISTS " + sourceTable);
      }
    }
  }

  private CustosServer.Running launch(Path work, Path dataDir) {
    return CustosServer.launch(
        work,
        dataDir,
        List.of(),
        Map.of(
            "custos.db.url", jdbc(custosDatabase),
            "custos.db.user", "postgres",
            "custos.db.password", "postgres"),
        Map.of("CRM_PASSWORD", "postgres"));
  }

  private static String path() {
    return "/api/v1/connectors/" + CONNECTOR;
  }

  private static boolean idle(JsonObject status) {
    return status.getString("state").equals("idle")
        && (!status.containsKey("lastError") || status.isNull("lastError"));
  }

  /** Fills the source table; returns its (source key @ source version) set. */
  private Set<String> createSource() throws SQLException {
    Set<String> expected = new HashSet<>(ROWS * 2);
    try (Connection c = connect(sourceDatabase)) {
      execute(
          c,
          "CREATE TABLE "
              + sourceTable
              + " (id BIGINT PRIMARY KEY, name_en VARCHAR(200) NOT NULL, name_zh VARCHAR(100),"
              + " email VARCHAR(200), mobile VARCHAR(40), company VARCHAR(200),"
              + " updated_at TIMESTAMP(6) NOT NULL)");
      c.setAutoCommit(false);
      try (PreparedStatement insert =
          c.prepareStatement("INSERT INTO " + sourceTable + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (int id = 1; id <= ROWS; id++) {
          LocalDateTime updated = BASE.plusSeconds(id / 100);
          insert.setLong(1, id);
          insert.setString(2, ENGLISH[id % ENGLISH.length] + " Contact " + id);
          insert.setString(3, id % 3 == 0 ? null : SURNAMES[id % 8] + GIVEN[(id / 8) % 8]);
          insert.setString(4, "crash" + id + "@example.com");
          insert.setString(5, String.format("+86 139 %04d %04d", id / 10_000, id % 10_000));
          insert.setString(6, "Company " + (id % 97));
          insert.setTimestamp(7, Timestamp.valueOf(updated));
          insert.addBatch();
          if (id % 2_000 == 0) {
            insert.executeBatch();
          }
          expected.add(CONNECTOR + "|" + id + "|" + updated);
        }
        insert.executeBatch();
      }
      c.commit();
    }
    return expected;
  }

  private void writeConnector(Path connectors) throws IOException {
    Files.createDirectories(connectors);
    Files.writeString(
        connectors.resolve(CONNECTOR + ".yaml"),
        """
        id: %s
        kind: database-poll
        recordKind: contact
        collectedFor: [service-delivery]
        schedule: PT2S
        source:
          url: '%s'
          user: postgres
          password: {env: CRM_PASSWORD}
          table: %s
          watermarkColumns: [updated_at, id]
          pageSize: 1000
        mapping:
          sourceKey: id
          sourceVersion: updated_at
          fields:
            nameEn: {column: name_en, class: identifier, required: true, maxLength: 200}
            nameZh: {column: name_zh, class: identifier, maxLength: 50}
            email: {column: email, class: contact, index: email}
            mobile: {column: mobile, class: contact, index: phone}
            company: {column: company, class: operational}
        """
            .formatted(CONNECTOR, jdbc(sourceDatabase), sourceTable));
  }

  private long stored() throws SQLException {
    return count("select count(*) from gated_record");
  }

  private long count(String sql) throws SQLException {
    try (Connection c = connect(custosDatabase);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      // Before the server's first migration there is no table yet.
      if ("42P01".equals(e.getSQLState())) {
        return 0;
      }
      throw e;
    }
  }

  private Set<String> storedSet() throws SQLException {
    List<String> rows = new ArrayList<>(ROWS);
    try (Connection c = connect(custosDatabase);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("select connector_id, source_key, source_version from gated_record")) {
      while (r.next()) {
        rows.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3));
      }
    }
    Set<String> set = new HashSet<>(rows);
    assertThat(set).as("no (connector, key, version) stored twice").hasSize(rows.size());
    return set;
  }

  private String jdbc(String database) {
    return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getPort() + "/" + database;
  }

  private Connection admin() throws SQLException {
    return connect(sourceDatabase);
  }

  private Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbc(database), "postgres", "postgres");
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
