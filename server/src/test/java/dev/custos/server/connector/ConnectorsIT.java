package dev.custos.server.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.custos.server.testing.Api;
import dev.custos.server.testing.CustosServer;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A file dropped for the server's file-drop connector goes the whole path inside the running
 * server: Camel, the privacy gate with the server's master key, and the database.
 */
@ExtendWith(CustosServer.class)
class ConnectorsIT {

  private final CustosServer.Running server = CustosServer.get();
  private final Api api = Api.of(server);
  private final String admin = api.adminToken(server);

  @Test
  void aDroppedCsvIsStoredAndItsBadRowQuarantinedWithoutPersonalDataInTheLog() throws Exception {
    String canary = "canary.li." + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
    String batch = UUID.randomUUID().toString().substring(0, 8);
    Path file = server.dropDirectory().resolve("in").resolve("contacts-" + batch + ".csv");
    String csv =
        "contact_id,updated_at,name,email,mobile,note,tier\n"
            + batch
            + "-1,2026-03-01T10:00:00Z,李伟,"
            + canary
            + ",13800138000,请在工作日联系,gold\n"
            + batch
            + "-2,2026-03-01T10:00:00Z,,nobody@example.com,,,silver\n"
            + batch
            + "-3,2026-03-01T10:00:00Z,Wang Fang,wang.fang@example.com,+44 20 7946 0958,,bronze\n";
    Path staged = Files.writeString(file.resolveSibling("." + batch), csv, StandardCharsets.UTF_8);
    Files.move(staged, file);

    await()
        .atMost(Duration.ofSeconds(60))
        // The counts are those of the connector's last run: this file's, once it is moved.
        .until(() -> Files.notExists(file) && stored() == 2);

    JsonObject status = connector();
    assertThat(status.getString("state")).isNotEqualTo("failed");
    assertThat(status.getJsonNumber("quarantined").longValue()).isPositive();
    assertThat(server.log())
        .doesNotContain(canary)
        .doesNotContain("13800138000")
        .doesNotContain("李伟");
  }

  @Test
  void connectorsAreListedForAdministratorsOnly() {
    assertThat(api.get("/api/v1/connectors", admin).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/connectors/no-such-connector", admin).status()).isEqualTo(404);
    String analyst = api.userToken(admin, "analyst");
    assertThat(api.get("/api/v1/connectors", analyst).status()).isEqualTo(403);
    assertThat(
            api.send("POST", "/api/v1/connectors/" + CustosServer.FILE_CONNECTOR + "/run", admin)
                .status())
        .isEqualTo(202);
  }

  private long stored() {
    return connector().getJsonNumber("stored").longValue();
  }

  private JsonObject connector() {
    return api.get("/api/v1/connectors/" + CustosServer.FILE_CONNECTOR, admin).json();
  }
}
