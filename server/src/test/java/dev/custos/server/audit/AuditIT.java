package dev.custos.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.custos.policies.audit.AuditChain;
import dev.custos.policies.audit.ChainVerdict;
import dev.custos.policies.audit.ChainedEvent;
import dev.custos.policies.audit.Checkpoint;
import dev.custos.policies.audit.EventFields;
import dev.custos.policies.crypto.Ed25519Verifier;
import dev.custos.policies.crypto.Pem;
import dev.custos.server.identity.Role;
import dev.custos.server.testing.Api;
import dev.custos.server.testing.CustosServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit trail through the API: verification, search, export, the public key, refusals. */
@ExtendWith(CustosServer.class)
class AuditIT {

  private final CustosServer.Running server = CustosServer.get();
  private final Api api = Api.of(server);
  private final String admin = api.adminToken(server);
  private final String auditor = api.userToken(admin, Role.AUDITOR);

  @Test
  void theTrailVerifiesAsIntactAndNamesItsKey() {
    api.userToken(admin, Role.ANALYST);

    Api.Reply reply = api.get("/api/v1/audit/verify", auditor);

    assertThat(reply.status()).isEqualTo(200);
    JsonObject report = reply.json();
    assertThat(report.getBoolean("intact")).as(reply.body()).isTrue();
    assertThat(report.getJsonNumber("events").longValue()).isPositive();
    assertThat(report.getJsonNumber("checkpoints").longValue()).isPositive();
    assertThat(report.get("firstBrokenLink")).isIn(null, JsonValue.NULL);
    assertThat(report.getString("keyId")).hasSize(16);
  }

  @Test
  void administrativeActionsCanBeFoundByActionAndResource() {
    Api.Reply created =
        api.post(
            "/api/v1/users",
            admin,
            Json.createObjectBuilder()
                .add("username", "audited-" + System.nanoTime())
                .add("initialPassword", "pw-" + System.nanoTime())
                .add("roles", Json.createArrayBuilder().add(Role.ANALYST))
                .build());
    String userId = created.json().getString("id");

    JsonObject page =
        api.get("/api/v1/audit/events?action=user.create&resourceId=" + userId, auditor).json();

    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
    JsonObject event = page.getJsonArray("items").getJsonObject(0);
    assertThat(event.getString("resourceType")).isEqualTo("user");
    assertThat(event.getString("roles")).contains(Role.CX_ADMIN);
    assertThat(event.getString("outcome")).isEqualTo("success");
    // The scheduled sealer (every 10 s by default) gives it a place in the chain by itself.
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                isSealed(
                    api.get("/api/v1/audit/events?action=user.create&resourceId=" + userId, auditor)
                        .json()));
  }

  @Test
  void signInsAndPasswordChangesAreAuditedForTheUser() {
    String username = "signer-" + System.nanoTime();
    String password = "pw-" + System.nanoTime();
    String userId =
        api.post(
                "/api/v1/users",
                admin,
                Json.createObjectBuilder()
                    .add("username", username)
                    .add("initialPassword", password)
                    .add("roles", Json.createArrayBuilder().add(Role.AGENT))
                    .build())
            .json()
            .getString("id");
    assertThat(events("auth.sign-in", userId)).isEmpty();

    String token = api.token(username, password);
    String newPassword = "pw2-" + System.nanoTime();
    api.signIn(username, "not-" + password);
    Api.Reply changed =
        api.post(
            "/api/v1/auth/password",
            token,
            Json.createObjectBuilder()
                .add("currentPassword", password)
                .add("newPassword", newPassword)
                .build());
    assertThat(changed.status()).as(changed.body()).isEqualTo(204);
    api.token(username, newPassword);

    List<JsonObject> signIns = events("auth.sign-in", userId);
    assertThat(signIns).hasSize(2);
    assertThat(signIns.get(0).getString("actor")).isEqualTo(userId);
    assertThat(signIns.get(0).getString("roles")).isEqualTo(Role.AGENT);
    List<JsonObject> changes = events("user.password-change", userId);
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).getString("actor")).isEqualTo(userId);
  }

  private List<JsonObject> events(String action, String resourceId) {
    return api.get("/api/v1/audit/events?action=" + action + "&resourceId=" + resourceId, auditor)
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class);
  }

  @Test
  void aRefusedCallIsAuditedWithItsTokenSubjectAndTemplate() {
    String analyst = api.userToken(admin, Role.ANALYST);

    assertThat(api.get("/api/v1/audit/verify?detail=secret-value", analyst).status())
        .isEqualTo(403);

    JsonObject page =
        api.get(
                "/api/v1/audit/events?action=access.denied&actor="
                    + subjectOf(analyst)
                    + "&resourceId=/api/v1/audit/verify",
                auditor)
            .json();
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
    JsonObject event = page.getJsonArray("items").getJsonObject(0);
    assertThat(event.getString("outcome")).isEqualTo("denied");
    assertThat(event.getString("roles")).isEqualTo(Role.ANALYST);
  }

  @Test
  void callsWithoutOrWithABadTokenAreAuditedAsAnonymous() {
    assertThat(api.get("/api/v1/audit/export?from=secret", null).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/audit/public-key", "not-a-token").status()).isEqualTo(401);

    JsonObject page =
        api.get("/api/v1/audit/events?action=access.denied&actor=anonymous&limit=500", auditor)
            .json();
    List<String> resources = new ArrayList<>();
    page.getJsonArray("items")
        .forEach(e -> resources.add(e.asJsonObject().getString("resourceId")));
    assertThat(resources).contains("/api/v1/audit/export", "/api/v1/audit/public-key");
    assertThat(String.join(" ", resources)).doesNotContain("secret");
  }

  @Test
  void theExportVerifiesOfflineWithTheKeyItCarries() throws Exception {
    api.userToken(admin, Role.AGENT);

    Api.Reply reply = api.get("/api/v1/audit/export", auditor);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("application/jsonl");
    List<ChainedEvent> events = new ArrayList<>();
    List<Checkpoint> checkpoints = new ArrayList<>();
    Ed25519Verifier key = null;
    for (String line : reply.body().split("\n")) {
      JsonObject o = Json.createReader(new StringReader(line)).readObject();
      switch (o.getString("type")) {
        case "key" ->
            key = Ed25519Verifier.fromX509(Pem.decode(Pem.PUBLIC_KEY, o.getString("publicKey")));
        case "event" -> events.add(event(o));
        case "checkpoint" ->
            checkpoints.add(
                new Checkpoint(
                    o.getJsonNumber("seq").longValue(),
                    o.getString("hash"),
                    o.getString("signature"),
                    o.getString("keyId"),
                    Instant.parse(o.getString("signedAt"))));
        default -> throw new AssertionError("Unknown line type in " + line);
      }
    }
    Ed25519Verifier publicKey = key;
    ChainVerdict verdict =
        AuditChain.verify(
            events.iterator(),
            checkpoints.iterator(),
            id -> id.equals(publicKey.keyId()) ? Optional.of(publicKey) : Optional.empty(),
            AuditChain.Start.GENESIS);
    assertThat(verdict.intact()).as(verdict.toString()).isTrue();
    assertThat(verdict.events()).isPositive();
    String published = api.get("/api/v1/audit/public-key", admin).json().getString("publicKey");
    assertThat(published)
        .isEqualTo(
            Files.readString(
                server.dataDir().resolve("keys").resolve("audit-signing-public.pem"),
                StandardCharsets.US_ASCII));
    assertThat(
            api.get("/api/v1/audit/events?action=audit.export", auditor)
                .json()
                .getJsonNumber("total")
                .longValue())
        .isPositive();
  }

  @Test
  void aBadTimeIsRefusedNamingTheField() {
    Api.Reply reply = api.get("/api/v1/audit/events?from=yesterday", auditor);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("from");
  }

  private static ChainedEvent event(JsonObject o) {
    return new ChainedEvent(
        o.getJsonNumber("seq").longValue(),
        new EventFields(
            Instant.parse(o.getString("occurredAt")),
            o.getString("actor"),
            o.getString("roles"),
            o.getString("action"),
            o.getString("resourceType"),
            o.isNull("resourceId") ? null : o.getString("resourceId"),
            o.isNull("purpose") ? null : o.getString("purpose"),
            o.isNull("outcome") ? null : o.getString("outcome")),
        o.getString("prevHash"),
        o.getString("hash"));
  }

  /** True when the page's first event has a sequence number (JSON-B leaves out a null one). */
  private static boolean isSealed(JsonObject page) {
    JsonValue seq = page.getJsonArray("items").getJsonObject(0).get("seq");
    return seq != null && seq.getValueType() == JsonValue.ValueType.NUMBER;
  }

  private static String subjectOf(String token) {
    String payload =
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    return Json.createReader(new StringReader(payload)).readObject().getString("sub");
  }
}
