package dev.custos.server.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.custos.server.testing.Api;
import dev.custos.server.testing.CustosServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consent API against the running server: subjects met through a connector are found by blind
 * index, consent is recorded and withdrawn, receipts verify offline with only the published keys,
 * and restrictions and objections change every later decision.
 */
@ExtendWith(CustosServer.class)
class ConsentIT {

  private static final String NOTICE_TEXT = "We call you back about your feedback. 我们会就您的反馈回访您。";

  private final CustosServer.Running server = CustosServer.get();
  private final Api api = Api.of(server);
  private final String admin = api.adminToken(server);
  private final String officer = api.userToken(admin, "compliance-officer");

  @Test
  void consentIsRecordedWithdrawnAndReadBackBySubjectFoundByEmail() {
    String email = newContact();
    String subject = lookUp(email);

    Api.Reply given = api.post("/api/v1/consent/records", officer, consent(subject, "web-form"));
    assertThat(given.status()).as(given.toString()).isEqualTo(201);
    assertThat(given.json().getString("receiptRef")).hasSizeGreaterThanOrEqualTo(43);
    assertThat(given.json().getJsonObject("decision").getString("reason"))
        .isEqualTo("consent-in-force");
    assertThat(purpose(state(subject), "follow-up-contact").getBoolean("allowed")).isTrue();

    Api.Reply withdrawn =
        api.post(
            "/api/v1/consent/withdrawals",
            officer,
            Json.createObjectBuilder()
                .add(
                    "identifier",
                    Json.createObjectBuilder().add("kind", "email").add("value", email))
                .add("purpose", "follow-up-contact")
                .add("method", "email")
                .add("channel", "email")
                .build());
    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(201);

    JsonObject now = purpose(state(subject), "follow-up-contact");
    assertThat(now.getBoolean("allowed")).isFalse();
    assertThat(now.getString("reason")).isEqualTo("withdrawn");
    assertThat(now.getString("eventId")).isEqualTo(withdrawn.json().getString("eventId"));
    assertThat(historyKinds(subject)).containsExactly("given", "withdrawn");
    assertThat(server.log()).doesNotContain(email);
  }

  @Test
  void aReceiptVerifiesOfflineWithOnlyThePublishedKeys() throws Exception {
    String subject = lookUp(newContact());
    String receiptRef =
        api.post("/api/v1/consent/records", officer, consent(subject, "web-form"))
            .json()
            .getString("receiptRef");

    Api.Reply fetched = api.get("/api/v1/consent/receipts/" + receiptRef, officer);
    assertThat(fetched.status()).as(fetched.toString()).isEqualTo(200);
    String receipt = fetched.json().getString("receipt");
    // The keys are public: no token.
    Api.Reply jwks = api.get("/api/v1/consent/receipts/jwks", null);
    assertThat(jwks.status()).isEqualTo(200);

    JWKSet keys = JWKSet.parse(jwks.body());
    SignedJWT jwt = SignedJWT.parse(receipt);
    ECKey key = (ECKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
    assertThat(key.isPrivate()).isFalse();
    assertThat(jwt.verify(new ECDSAVerifier(key))).isTrue();
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getStringClaim("version")).isEqualTo("KI-CR-v1.1.0");
    assertThat(claims.getStringClaim("piiPrincipalId")).isEqualTo(subject);
    assertThat(claims.getStringClaim("consentReceiptID")).isEqualTo(receiptRef);
    assertThat(claims.getStringClaim("state")).isEqualTo("given");
    assertThat(claims.getStringClaim("collectionMethod")).isEqualTo("web-form");
    assertThat(claims.getJSONObjectClaim("notice")).containsEntry("id", "follow-up-notice");
    assertThat(claims.getJSONObjectClaim("notice").get("sha256")).asString().hasSize(64);

    String[] parts = receipt.split("\\.");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"given\"", "\"refused\"")
                        .getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    assertThat(SignedJWT.parse(forged).verify(new ECDSAVerifier(key))).isFalse();
    assertThat(api.get("/api/v1/consent/receipts/not-a-receipt", officer).status()).isEqualTo(404);
  }

  @Test
  void anObjectionAndARestrictionStopPurposesInEveryLaterDecision() {
    String subject = lookUp(newContact());
    String objectionRef = "DSR-" + UUID.randomUUID();

    Api.Reply objected =
        api.post(
            "/api/v1/consent/objections",
            officer,
            Json.createObjectBuilder()
                .add("subjectId", subject)
                .add("purpose", "feedback-analysis")
                .add("requestRef", objectionRef)
                .build());
    assertThat(objected.status()).as(objected.toString()).isEqualTo(201);
    JsonObject analysis = purpose(state(subject), "feedback-analysis");
    assertThat(analysis.getBoolean("allowed")).isFalse();
    assertThat(analysis.getString("reason")).isEqualTo("objected");
    assertThat(purpose(state(subject), "service-delivery").getBoolean("allowed")).isTrue();

    String restrictionRef = "DSR-" + UUID.randomUUID();
    JsonObject restriction =
        Json.createObjectBuilder()
            .add("subjectId", subject)
            .add("requestRef", restrictionRef)
            .build();
    Api.Reply restricted = api.post("/api/v1/consent/restrictions", officer, restriction);
    Api.Reply again = api.post("/api/v1/consent/restrictions", officer, restriction);
    assertThat(restricted.status()).isEqualTo(201);
    assertThat(again.json().getString("eventId")).isEqualTo(restricted.json().getString("eventId"));
    assertThat(purpose(state(subject), "service-delivery").getString("reason"))
        .isEqualTo("restricted");

    JsonObject lift =
        Json.createObjectBuilder()
            .add("subjectId", subject)
            .add("requestRef", "DSR-" + UUID.randomUUID())
            .build();
    assertThat(api.post("/api/v1/consent/restriction-lifts", officer, lift).status())
        .isEqualTo(201);
    assertThat(purpose(state(subject), "service-delivery").getBoolean("allowed")).isTrue();
    JsonObject liftAgain =
        Json.createObjectBuilder()
            .add("subjectId", subject)
            .add("requestRef", "DSR-" + UUID.randomUUID())
            .build();
    assertThat(api.post("/api/v1/consent/restriction-lifts", officer, liftAgain).status())
        .isEqualTo(409);
  }

  @Test
  void agentsRecordOnlyConversationsAndAuditorsOnlyRead() {
    String subject = lookUp(newContact());
    String agent = api.userToken(admin, "agent");
    String auditor = api.userToken(admin, "auditor");
    String analyst = api.userToken(admin, "analyst");

    assertThat(api.post("/api/v1/consent/records", agent, consent(subject, "web-form")).status())
        .isEqualTo(403);
    assertThat(api.post("/api/v1/consent/records", agent, consent(subject, "agent")).status())
        .isEqualTo(201);
    assertThat(api.post("/api/v1/consent/records", auditor, consent(subject, "agent")).status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/consent/subjects/" + subject, auditor).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/consent/subjects/" + subject, analyst).status()).isEqualTo(403);

    JsonObject counts = api.get("/api/v1/consent/counts", auditor).json();
    assertThat(counts.getString("pack")).isEqualTo("gdpr@1");
    assertThat(counts.getJsonArray("counts").getValuesAs(JsonObject.class))
        .anySatisfy(
            c -> {
              assertThat(c.getString("purpose")).isEqualTo("follow-up-contact");
              assertThat(c.getString("state")).isEqualTo("given");
              assertThat(c.getJsonNumber("subjects").longValue()).isPositive();
            });
  }

  @Test
  void badInputIsAProblemNamingTheFieldsInTheCallersLanguage() {
    String subject = lookUp(newContact());
    JsonObject bad =
        Json.createObjectBuilder(consent(subject, "web-form"))
            .add("purpose", "Not A Purpose")
            .add("language", "")
            .remove("notice")
            .build();

    Api.Reply english = api.post("/api/v1/consent/records", officer, bad);
    Api.Reply chinese =
        api.postRaw(
            "/api/v1/consent/records", officer, "application/json", bad.toString(), "zh-CN");
    Api.Reply unknownPurpose =
        api.post(
            "/api/v1/consent/records",
            officer,
            Json.createObjectBuilder(consent(subject, "web-form"))
                .add("purpose", "spying")
                .build());
    Api.Reply unknownSubject =
        api.post(
            "/api/v1/consent/records",
            officer,
            Json.createObjectBuilder(consent(subject, "web-form"))
                .add("subjectId", "no-such-subject-0001")
                .build());

    assertThat(english.status()).isEqualTo(400);
    assertThat(english.body())
        .contains("\"purpose\"")
        .contains("\"language\"")
        .contains("\"notice\"");
    assertThat(chinese.body()).contains("处理目的");
    assertThat(unknownPurpose.status()).isEqualTo(400);
    assertThat(unknownPurpose.body()).contains("follow-up-contact");
    assertThat(unknownSubject.status()).isEqualTo(404);
  }

  @Test
  void anOptInFlagFromTheCrmIsImportedOnceWithItsProvenance() {
    String key = UUID.randomUUID().toString().substring(0, 8);
    String email = "optin." + key + "@example.com";
    String row = key + ",2026-03-01T10:00:00Z,Li Na," + email + ",,,gold,yes\n";
    drop("optin-" + key, "contact_id,updated_at,name,email,mobile,note,tier,may_call\n" + row);
    String subject = lookUp(awaitStored(email));
    // The same row again: re-delivery appends nothing.
    drop(
        "optin-again-" + key, "contact_id,updated_at,name,email,mobile,note,tier,may_call\n" + row);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Files.notExists(
                    server.dropDirectory().resolve("in").resolve("optin-again-" + key + ".csv")));

    JsonObject followUp = purpose(state(subject), "follow-up-contact");
    assertThat(followUp.getBoolean("allowed")).isTrue();
    List<JsonObject> history = history(subject);
    assertThat(history).hasSize(1);
    assertThat(history.get(0).getString("method")).isEqualTo("import");
    assertThat(history.get(0).getString("source")).isEqualTo(CustosServer.FILE_CONNECTOR);
    assertThat(history.get(0).getString("collector")).isEqualTo(CustosServer.FILE_CONNECTOR);
  }

  private JsonObject consent(String subject, String method) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("subjectId", subject)
            .add("purpose", "follow-up-contact")
            .add("decision", "given")
            .add(
                "notice",
                Json.createObjectBuilder()
                    .add("id", "follow-up-notice")
                    .add("version", "2")
                    .add("text", NOTICE_TEXT))
            .add("language", "zh-CN")
            .add("method", method)
            .add("channel", "web")
            .add("jurisdiction", "EU")
            .add("form", "separate");
    return body.build();
  }

  private JsonObject state(String subject) {
    Api.Reply reply = api.get("/api/v1/consent/subjects/" + subject, officer);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  private static JsonObject purpose(JsonObject state, String purpose) {
    return state.getJsonArray("purposes").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("purpose").equals(purpose))
        .findFirst()
        .orElseThrow();
  }

  private List<String> historyKinds(String subject) {
    return history(subject).stream().map(e -> e.getString("kind")).toList();
  }

  private List<JsonObject> history(String subject) {
    return Json.createReader(
            new java.io.StringReader(
                api.get("/api/v1/consent/subjects/" + subject + "/history", officer).body()))
        .readArray()
        .getValuesAs(JsonObject.class);
  }

  private String lookUp(String email) {
    Api.Reply found =
        api.post(
            "/api/v1/consent/subject-lookups",
            officer,
            Json.createObjectBuilder().add("kind", "email").add("value", email).build());
    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    return found.json().getString("subjectId");
  }

  /** Drops one contact for the file-drop connector and waits until it is stored; its e-mail. */
  private String newContact() {
    String key = UUID.randomUUID().toString().substring(0, 8);
    String email = "consent." + key + "@example.com";
    drop(
        "consent-" + key,
        "contact_id,updated_at,name,email,mobile,note,tier\n"
            + key
            + ",2026-03-01T10:00:00Z,Zhang Min,"
            + email
            + ",,请不要打电话,gold\n");
    return awaitStored(email);
  }

  private void drop(String name, String csv) {
    Path file = server.dropDirectory().resolve("in").resolve(name + ".csv");
    try {
      Path staged = Files.writeString(file.resolveSibling("." + name), csv, StandardCharsets.UTF_8);
      Files.move(staged, file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String awaitStored(String email) {
    JsonValue lookup = Json.createObjectBuilder().add("kind", "email").add("value", email).build();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .until(() -> api.post("/api/v1/consent/subject-lookups", officer, lookup).status() == 200);
    return email;
  }
}
