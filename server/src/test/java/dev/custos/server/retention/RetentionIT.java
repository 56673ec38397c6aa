package dev.custos.server.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.custos.server.testing.Api;
import dev.custos.server.testing.CustosServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Legal holds and retention sweeps through the API of the running server: a compliance officer
 * places and releases holds and starts runs, an auditor reads, and every run leaves a report.
 */
@ExtendWith(CustosServer.class)
class RetentionIT {

  private final CustosServer.Running server = CustosServer.get();
  private final Api api = Api.of(server);
  private final String admin = api.adminToken(server);
  private final String officer = api.userToken(admin, "compliance-officer");
  private final String auditor = api.userToken(admin, "auditor");

  @Test
  void aHoldIsPlacedReadAndReleasedOnce() {
    String subject = "subject-" + UUID.randomUUID();
    Api.Reply placed =
        api.post(
            "/api/v1/legal-holds",
            officer,
            Json.createObjectBuilder()
                .add("scope", "subject-category")
                .add("subjectId", subject)
                .add("category", "comments")
                .add("reasonCode", "litigation")
                .build());

    assertThat(placed.status()).isEqualTo(201);
    JsonObject hold = placed.json();
    String id = hold.getString("id");
    assertThat(placed.header("Location")).endsWith("/api/v1/legal-holds/" + id);
    assertThat(hold.getString("subjectId")).isEqualTo(subject);
    assertThat(hold.getBoolean("active")).isTrue();
    assertThat(api.get("/api/v1/legal-holds/" + id, auditor).json().getString("reasonCode"))
        .isEqualTo("litigation");
    assertThat(api.get("/api/v1/legal-holds?active=true&limit=500", auditor).body()).contains(id);

    Api.Reply released = api.send("POST", "/api/v1/legal-holds/" + id + "/release", officer);
    assertThat(released.status()).isEqualTo(200);
    assertThat(released.json().getBoolean("active")).isFalse();
    assertThat(released.json().getString("releasedAt")).isNotBlank();
    assertThat(api.send("POST", "/api/v1/legal-holds/" + id + "/release", officer).status())
        .isEqualTo(409);
    assertThat(api.get("/api/v1/legal-holds?active=true&limit=500", auditor).body())
        .doesNotContain(id);
    assertThat(api.send("POST", "/api/v1/legal-holds/" + id + "/release", auditor).status())
        .isEqualTo(403);
  }

  @Test
  void aBadHoldNamesEveryFieldInTheCallersLanguage() {
    Api.Reply english =
        api.post(
            "/api/v1/legal-holds",
            officer,
            Json.createObjectBuilder()
                .add("scope", "category")
                .add("category", "everything")
                .add("subjectId", "subject-0000001")
                .add("reasonCode", "Because I said so")
                .build());

    assertThat(english.status()).isEqualTo(400);
    assertThat(english.body())
        .contains("\"category\"")
        .contains("\"subjectId\"")
        .contains("\"reasonCode\"")
        .contains("not allowed when the scope is category");
    Api.Reply chinese =
        api.postRaw(
            "/api/v1/legal-holds", officer, "application/json", "{\"scope\":\"account\"}", "zh-CN");
    assertThat(chinese.status()).isEqualTo(400);
    assertThat(chinese.body()).contains("\"accountId\"").contains("范围为 account 时必填");
    assertThat(api.get("/api/v1/legal-holds/no-such-hold", officer).status()).isEqualTo(404);
  }

  @Test
  void aDryRunAndARealRunEachLeaveAReport() {
    String dry = start("/api/v1/retention/dry-runs");
    JsonObject dryReport = awaitCompleted(dry);
    assertThat(dryReport.getBoolean("dryRun")).isTrue();
    assertThat(dryReport.getJsonArray("categories")).hasSize(6);
    // The server's records were collected today: nothing is due yet.
    assertThat(dryReport.getJsonObject("total").getJsonNumber("examined").longValue()).isZero();
    Api.Reply items = api.get("/api/v1/retention/sweeps/" + dry + "/items", auditor);
    assertThat(items.status()).isEqualTo(200);
    assertThat(items.json().getJsonNumber("total").longValue()).isZero();

    String real = start("/api/v1/retention/sweeps");
    assertThat(awaitCompleted(real).getBoolean("dryRun")).isFalse();
    assertThat(api.get("/api/v1/retention/sweeps?limit=500", auditor).body())
        .contains(dry)
        .contains(real);
    assertThat(api.get("/api/v1/retention/sweeps/" + UUID.randomUUID(), auditor).status())
        .isEqualTo(404);
    assertThat(
            api.get("/api/v1/retention/sweeps/" + real + "/items?decision=maybe", auditor).status())
        .isEqualTo(400);
    assertThat(api.send("POST", "/api/v1/retention/sweeps", auditor).status()).isEqualTo(403);
  }

  /** Starts a run; another may still be finishing (409), so it tries again for a while. */
  private String start(String path) {
    AtomicReference<Api.Reply> reply = new AtomicReference<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              reply.set(api.send("POST", path, officer));
              return reply.get().status() != 409;
            });
    assertThat(reply.get().status()).isEqualTo(202);
    String id = reply.get().json().getString("id");
    assertThat(reply.get().header("Location")).endsWith("/api/v1/retention/sweeps/" + id);
    return id;
  }

  private JsonObject awaitCompleted(String id) {
    AtomicReference<JsonObject> report = new AtomicReference<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              report.set(api.get("/api/v1/retention/sweeps/" + id, officer).json());
              return !report.get().getString("status").equals("running");
            });
    assertThat(report.get().getString("status")).isEqualTo("completed");
    return report.get();
  }
}
