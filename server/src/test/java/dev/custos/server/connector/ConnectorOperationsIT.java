package dev.custos.server.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.custos.server.testing.Api;
import dev.custos.server.testing.CustosServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an administrator does with a connector and its quarantine on the running server: stop and
 * start it, read its lag, look into a held row (compliance officers only), retry and discard it.
 */
@ExtendWith(CustosServer.class)
class ConnectorOperationsIT {

  private static final String CONNECTOR = "/api/v1/connectors/" + CustosServer.FILE_CONNECTOR;

  private final CustosServer.Running server = CustosServer.get();
  private final Api api = Api.of(server);
  private final String admin = api.adminToken(server);

  @Test
  void aStoppedConnectorPicksUpNothingAndRefusesRunNowUntilStartedAgain() throws IOException {
    JsonObject stopped = api.post(CONNECTOR + "/stop", admin, empty()).json();
    try {
      assertThat(stopped.getString("state")).isEqualTo("stopped");
      assertThat(api.send("POST", CONNECTOR + "/run", admin).status()).isEqualTo(409);
      Path file = drop(batch() + "-1,2026-03-01T10:00:00Z,Ada,ada@example.com,,,gold\n");
      await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(5))
          .until(() -> Files.exists(file));
    } finally {
      JsonObject started = api.post(CONNECTOR + "/start", admin, empty()).json();
      assertThat(started.getString("state")).isNotEqualTo("stopped");
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> present(connector(), "lastSuccess") && noFilesWaiting());
    JsonObject status = connector();
    assertThat(status.getJsonNumber("lagSeconds").longValue()).isNotNegative();
    assertThat(api.post("/api/v1/connectors/nobody/stop", admin, empty()).status()).isEqualTo(404);
  }

  @Test
  void aHeldRowIsOpenedByAComplianceOfficerRetriedAndDiscardedByAnAdministrator()
      throws IOException {
    String batch = batch();
    drop(batch + "-1,2026-03-01T10:00:00Z,,quarantine.me@example.com,,,silver\n");
    JsonObject row = awaitHeld(batch + "-1");
    String path = "/api/v1/quarantine/" + row.getString("id");
    assertThat(row.getString("reason")).contains("field name (column name): required but empty");

    assertThat(api.get(path, admin).json().getString("status")).isEqualTo("held");
    assertThat(api.get(path + "/content", admin).status()).isEqualTo(403);
    String officer = api.userToken(admin, "compliance-officer");
    Api.Reply content = api.get(path + "/content", officer);
    assertThat(content.status()).isEqualTo(200);
    assertThat(content.json().getString("content")).contains("quarantine.me@example.com");

    JsonObject retried = api.post(path + "/retry", admin, empty()).json();
    assertThat(retried.getString("outcome")).isEqualTo("held");
    assertThat(retried.getJsonObject("row").getString("status")).isEqualTo("held");

    Api.Reply personal =
        api.post(path + "/discard", admin, reason("mail quarantine.me@example.com about it"));
    assertThat(personal.status()).isEqualTo(400);
    assertThat(personal.body()).contains("reason").doesNotContain("quarantine.me@example.com");
    assertThat(api.post(path + "/discard", admin, empty()).status()).isEqualTo(400);

    JsonObject discarded =
        api.post(path + "/discard", admin, reason("test export without names")).json();
    assertThat(discarded.getString("status")).isEqualTo("discarded");
    assertThat(discarded.getString("resolution")).isEqualTo("test export without names");
    assertThat(api.post(path + "/retry", admin, empty()).status()).isEqualTo(409);
    assertThat(api.get(path + "/content", officer).status()).isEqualTo(409);
    assertThat(api.post("/api/v1/quarantine/not-a-uuid/retry", admin, empty()).status())
        .isEqualTo(404);
    assertThat(server.log()).doesNotContain("quarantine.me@example.com");
  }

  private JsonObject awaitHeld(String sourceKey) {
    String list = "/api/v1/quarantine?limit=500&connector=" + CustosServer.FILE_CONNECTOR;
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                api.get(list, admin).json().getJsonArray("items").stream()
                    .map(JsonObject.class::cast)
                    .anyMatch(r -> r.getString("sourceKey").equals(sourceKey)));
    return api.get(list, admin).json().getJsonArray("items").stream()
        .map(JsonObject.class::cast)
        .filter(r -> r.getString("sourceKey").equals(sourceKey))
        .findFirst()
        .orElseThrow();
  }

  private Path drop(String rows) throws IOException {
    String name = "ops-" + UUID.randomUUID().toString().substring(0, 8) + ".csv";
    Path file = server.dropDirectory().resolve("in").resolve(name);
    Path staged =
        Files.writeString(
            file.resolveSibling("." + name),
            "contact_id,updated_at,name,email,mobile,note,tier\n" + rows,
            StandardCharsets.UTF_8);
    return Files.move(staged, file);
  }

  private boolean noFilesWaiting() throws IOException {
    try (var files = Files.list(server.dropDirectory().resolve("in"))) {
      return files.noneMatch(f -> f.getFileName().toString().endsWith(".csv"));
    }
  }

  private static boolean present(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value != null && value != JsonValue.NULL;
  }

  private JsonObject connector() {
    return api.get(CONNECTOR, admin).json();
  }

  private static String batch() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static JsonObject empty() {
    return Json.createObjectBuilder().build();
  }

  private static JsonObject reason(String text) {
    return Json.createObjectBuilder().add("reason", text).build();
  }
}
