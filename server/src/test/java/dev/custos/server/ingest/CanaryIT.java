package dev.custos.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.custos.server.testing.Api;
import dev.custos.server.testing.CustosServer;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Distinctive personal data dropped on the running server, in valid rows and in hostile ones, is
 * readable nowhere the server writes: not in its log, not in any file of its data directory (the H2
 * database files among them, in UTF-8 or UTF-16), not in the quarantine's reasons and keys.
 */
@ExtendWith(CustosServer.class)
class CanaryIT {

  private final CustosServer.Running server = CustosServer.get();
  private final Api api = Api.of(server);
  private final String admin = api.adminToken(server);

  @Test
  void noPlantedValueIsReadableInTheLogTheDataFilesOrTheQuarantine() throws IOException {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String email = "canary.it." + tag + "@example.com";
    String badEmail = "canary.bad." + tag + "@example.com";
    String name = "金丝雀甲乙丙";
    List<String> needles =
        List.of(email, badEmail, "canary.it." + tag, "canary.bad." + tag, name, "13977310042");

    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    csv.writeBytes(
        ("contact_id,updated_at,name,email,mobile,note,tier\n"
                + tag
                + "-1,2026-03-01T10:00:00Z,"
                + name
                + ","
                + email
                + ",+86 139 7731 0042,请联系 "
                + email
                + ",gold\n"
                + tag
                + "-2,2026-03-01T10:00:00Z,,"
                + badEmail
                + ",13977310042,no name,silver\n"
                + tag
                + "-3,2026-03-01T10:00:00Z,\"")
            .getBytes(StandardCharsets.UTF_8));
    csv.writeBytes(
        (name + "," + badEmail + ",13977310042,never closed,bronze\n")
            .getBytes(StandardCharsets.UTF_8));
    csv.writeBytes((tag + "-4,2026-03-01T10:00:00Z,").getBytes(StandardCharsets.UTF_8));
    csv.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe});
    csv.writeBytes((name + "," + badEmail + ",,bad bytes,gold\n").getBytes(StandardCharsets.UTF_8));
    Path file = server.dropDirectory().resolve("in").resolve("canary-" + tag + ".csv");
    Path staged = Files.write(file.resolveSibling(".canary-" + tag), csv.toByteArray());
    Files.move(staged, file);

    await().atMost(Duration.ofSeconds(60)).until(() -> held(tag).size() == 3);

    assertThat(held(tag))
        .allSatisfy(
            row ->
                assertThat(row.getString("reason") + " " + row.getString("sourceKey"))
                    .doesNotContain(needles));
    assertThat(server.log()).doesNotContain(needles);
    assertThat(readableInDataFiles(needles)).isEmpty();
  }

  private List<JsonObject> held(String tag) {
    return api
        .get("/api/v1/quarantine?limit=500&connector=" + CustosServer.FILE_CONNECTOR, admin)
        .json()
        .getJsonArray("items")
        .stream()
        .map(JsonObject.class::cast)
        .filter(r -> r.getString("sourceKey").startsWith("canary-" + tag) || isOurs(r, tag))
        .toList();
  }

  private static boolean isOurs(JsonObject row, String tag) {
    return row.getString("sourceKey").startsWith(tag + "-");
  }

  /** Files of the data directory holding a needle in clear, with the encoding found. */
  private List<String> readableInDataFiles(List<String> needles) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(server.dataDir())) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        for (String hit : TableScan.encodingsFound(Files.readAllBytes(f), needles)) {
          found.add(server.dataDir().relativize(f) + ": " + hit);
        }
      }
    }
    return found;
  }
}
