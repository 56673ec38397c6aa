package dev.custos.server.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.custos.policies.crypto.PassphraseEncryption;
import dev.custos.server.testing.Api;
import dev.custos.server.testing.CustosServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data-subject requests through the running server: a person whose contact came in through the
 * file-drop connector asks for their data, has it corrected, and gets an archive with their
 * decrypted fields; refusals need a reason; unknown people are recorded with nothing to export.
 */
@ExtendWith(CustosServer.class)
class RequestsIT {

  private static final String REQUESTS = "/api/v1/requests";
  private final CustosServer.Running server = CustosServer.get();
  private final Api api = Api.of(server);
  private final String admin = api.adminToken(server);
  private final String officer = api.userToken(admin, "compliance-officer");

  @Test
  void anAccessRequestIsAnsweredWithTheDecryptedFieldsIngestedFromAFileDrop() throws Exception {
    Person person = dropContact();

    JsonObject created = create(request("access", "gdpr").add("identifiers", email(person.email)));
    String id = created.getString("id");
    assertThat(created.getString("status")).isEqualTo("received");
    assertThat(created.getBoolean("subjectFound")).isTrue();
    assertThat(created.getJsonNumber("daysLeft").longValue()).isBetween(28L, 31L);
    assertThat(created.toString()).doesNotContain(person.email);

    assertThat(step(id, "verify", Json.createObjectBuilder().add("method", "id-document")).status())
        .isEqualTo(200);
    assertThat(step(id, "start", Json.createObjectBuilder()).json().getString("status"))
        .isEqualTo("in-progress");

    HttpResponse<byte[]> zip = export(id, Json.createObjectBuilder());
    assertThat(zip.statusCode()).isEqualTo(200);
    assertThat(zip.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/zip"));
    Map<String, String> files = unzip(new ByteArrayInputStream(zip.body()));
    assertThat(files.get("data.json"))
        .contains("\"value\": \"" + person.name + "\"")
        .contains("\"value\": \"" + person.email + "\"")
        .contains("\"value\": \"" + person.phone + "\"")
        .contains("\"value\": \"请在工作日联系\"")
        .contains(created.getString("subjectId"));
    assertThat(files.get("records.csv")).contains(person.email);

    HttpResponse<byte[]> sealed =
        export(id, Json.createObjectBuilder().add("passphrase", "a long pass phrase 2026"));
    assertThat(sealed.statusCode()).isEqualTo(200);
    assertThat(new String(sealed.body(), StandardCharsets.ISO_8859_1)).doesNotContain(person.email);
    try (InputStream opened =
        PassphraseEncryption.decrypting(
            new ByteArrayInputStream(sealed.body()), "a long pass phrase 2026".toCharArray())) {
      assertThat(unzip(opened).get("data.json")).contains(person.email);
    }
    assertThat(export(id, Json.createObjectBuilder().add("passphrase", "short")).statusCode())
        .isEqualTo(400);

    JsonObject done =
        step(id, "complete", Json.createObjectBuilder().add("note", "sent by post")).json();
    assertThat(done.getString("status")).isEqualTo("completed");
    assertThat(done.containsKey("daysLeft") && !done.isNull("daysLeft")).isFalse();
    assertThat(server.log()).doesNotContain(person.email).doesNotContain(person.name);
  }

  @Test
  void aRectificationReplacesTheValueEverywhereAndThePersonIsFoundByTheNewOne() throws Exception {
    Person person = dropContact();
    String newEmail = "new." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String id =
        create(request("rectification", "pipl").add("identifiers", email(person.email)))
            .getString("id");
    step(id, "verify", Json.createObjectBuilder().add("method", "signed-in-account"));
    step(id, "start", Json.createObjectBuilder());

    Api.Reply wrongField = step(id, "complete", corrections("no_such_field", newEmail));
    Api.Reply notAnEmail = step(id, "complete", corrections("email", "nobody-at-all"));
    Api.Reply done = step(id, "complete", corrections("email", newEmail));

    assertThat(wrongField.status()).isEqualTo(400);
    assertThat(wrongField.body()).contains("corrections[0].field");
    assertThat(notAnEmail.status()).isEqualTo(400);
    assertThat(notAnEmail.body()).contains("corrections[0].value").doesNotContain("nobody-at-all");
    assertThat(done.status()).isEqualTo(200);
    JsonObject access = create(request("access", "pipl").add("identifiers", email(newEmail)));
    assertThat(access.getString("subjectId"))
        .isEqualTo(api.get(REQUESTS + "/" + id, officer).json().getString("subjectId"));
    JsonObject byOld = create(request("access", "pipl").add("identifiers", email(person.email)));
    assertThat(byOld.getBoolean("subjectFound")).isFalse();
    String accessId = access.getString("id");
    step(accessId, "verify", Json.createObjectBuilder().add("method", "email-confirmation"));
    step(accessId, "start", Json.createObjectBuilder());
    String json =
        unzip(new ByteArrayInputStream(export(accessId, Json.createObjectBuilder()).body()))
            .get("data.json");
    assertThat(json).contains(newEmail).doesNotContain(person.email).contains(person.name);
  }

  @Test
  void aRefusalNeedsAReasonWithoutPersonalDataAndEndsTheRequest() {
    String id =
        create(request("erasure", "gdpr").add("identifiers", email("someone@example.com")))
            .getString("id");

    Api.Reply noReason = step(id, "refuse", Json.createObjectBuilder());
    Api.Reply personalReason =
        step(id, "refuse", Json.createObjectBuilder().add("reason", "ask li.wei@example.com"));
    Api.Reply refused =
        step(
            id,
            "refuse",
            Json.createObjectBuilder().add("reason", "Identity could not be confirmed."));
    Api.Reply afterwards =
        step(id, "verify", Json.createObjectBuilder().add("method", "id-document"));

    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("\"reason\"");
    assertThat(personalReason.status()).isEqualTo(400);
    assertThat(personalReason.body()).doesNotContain("li.wei@example.com");
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.json().getString("status")).isEqualTo("refused");
    assertThat(refused.json().getString("note")).isEqualTo("Identity could not be confirmed.");
    assertThat(afterwards.status()).isEqualTo(409);
  }

  @Test
  void aRequestForAnUnknownIdentifierIsRecordedWithNothingToExport() {
    JsonObject created =
        create(
            request("portability", "gdpr")
                .add(
                    "identifiers",
                    Json.createObjectBuilder()
                        .add("email", "nobody-" + UUID.randomUUID() + "@example.com")
                        .add("phone", "+86 139 0000 0000")));
    String id = created.getString("id");
    step(id, "verify", Json.createObjectBuilder().add("method", "email-confirmation"));
    step(id, "start", Json.createObjectBuilder());

    HttpResponse<byte[]> export = export(id, Json.createObjectBuilder());
    Api.Reply done =
        step(id, "complete", Json.createObjectBuilder().add("note", "no data held; told so"));

    assertThat(created.getBoolean("subjectFound")).isFalse();
    assertThat(export.statusCode()).isEqualTo(409);
    assertThat(new String(export.body(), StandardCharsets.UTF_8))
        .contains("request-subject-unknown");
    assertThat(done.json().getString("status")).isEqualTo("completed");
  }

  @Test
  void badInputIsReportedByFieldAndStepsKeepTheirOrder() {
    Api.Reply bad =
        api.post(
            REQUESTS,
            officer,
            Json.createObjectBuilder()
                .add("type", "deletion")
                .add("jurisdiction", "ccpa")
                .add("identifiers", Json.createObjectBuilder().add("email", "not-an-address"))
                .add("receivedAt", "yesterday")
                .build());
    Api.Reply objection =
        api.post(
            REQUESTS,
            officer,
            request("objection", "gdpr").add("identifiers", email("x@example.com")).build());
    String id =
        create(request("access", "gdpr").add("identifiers", email("y@example.com")))
            .getString("id");
    Api.Reply startTooEarly = step(id, "start", Json.createObjectBuilder());

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body())
        .contains("\"type\"")
        .contains("\"jurisdiction\"")
        .contains("identifiers.email")
        .contains("receivedAt")
        .doesNotContain("not-an-address");
    assertThat(objection.status()).isEqualTo(400);
    assertThat(objection.body()).contains("\"purpose\"");
    assertThat(startTooEarly.status()).isEqualTo(409);
    assertThat(api.get(REQUESTS + "/" + UUID.randomUUID(), officer).status()).isEqualTo(404);
  }

  @Test
  void overdueRequestsAreListedAndAGdprDeadlineIsExtendedOnceWithAReason() {
    String received = Instant.now().minus(Duration.ofDays(40)).toString();
    String gdpr =
        create(
                request("access", "gdpr")
                    .add("identifiers", email("late@example.com"))
                    .add("receivedAt", received))
            .getString("id");
    String pipl =
        create(
                request("access", "pipl")
                    .add("identifiers", email("late@example.com"))
                    .add("receivedAt", received))
            .getString("id");
    String auditor = api.userToken(admin, "auditor");

    JsonObject overdue = api.get(REQUESTS + "?overdue=true&limit=500", auditor).json();
    Api.Reply noReason = step(gdpr, "extend", Json.createObjectBuilder());
    JsonObject extended =
        step(gdpr, "extend", Json.createObjectBuilder().add("reason", "Records in nine systems."))
            .json();
    Api.Reply again = step(gdpr, "extend", Json.createObjectBuilder().add("reason", "Still more."));
    Api.Reply piplExtension =
        step(pipl, "extend", Json.createObjectBuilder().add("reason", "Records in nine systems."));
    JsonObject erasures = api.get(REQUESTS + "?type=erasure&status=received", auditor).json();

    assertThat(overdue.getJsonArray("items").toString()).contains(gdpr).contains(pipl);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(extended.getBoolean("extended")).isTrue();
    assertThat(extended.getBoolean("overdue")).isFalse();
    assertThat(extended.getJsonNumber("daysLeft").longValue()).isBetween(40L, 52L);
    assertThat(again.status()).isEqualTo(409);
    assertThat(piplExtension.status()).isEqualTo(409);
    assertThat(erasures.getJsonArray("items").toString()).doesNotContain(gdpr);
    assertThat(api.get(REQUESTS + "?status=pending", auditor).status()).isEqualTo(400);
  }

  @Test
  void completingAnObjectionARestrictionAndAnErasureCarriesThemOut() throws Exception {
    Person person = dropContact();
    String objection =
        create(
                request("objection", "gdpr")
                    .add("identifiers", email(person.email))
                    .add("purpose", "marketing"))
            .getString("id");
    String restriction =
        create(request("restriction", "gdpr").add("identifiers", email(person.email)))
            .getString("id");
    String access =
        create(request("access", "gdpr").add("identifiers", email(person.email))).getString("id");
    String erasure =
        create(request("erasure", "gdpr").add("identifiers", email(person.email))).getString("id");
    for (String id : new String[] {objection, restriction, access, erasure}) {
      step(id, "verify", Json.createObjectBuilder().add("method", "id-document"));
      step(id, "start", Json.createObjectBuilder());
    }

    Api.Reply objected = step(objection, "complete", Json.createObjectBuilder());
    Api.Reply restricted = step(restriction, "complete", Json.createObjectBuilder());
    String consents =
        unzip(new ByteArrayInputStream(export(access, Json.createObjectBuilder()).body()))
            .get("consents.csv");
    Api.Reply erased = step(erasure, "complete", Json.createObjectBuilder());
    JsonObject afterwards =
        create(request("access", "gdpr").add("identifiers", email(person.email)));

    assertThat(objected.status()).as(objected.toString()).isEqualTo(200);
    assertThat(restricted.status()).as(restricted.toString()).isEqualTo(200);
    assertThat(consents).contains("marketing,objected,").contains(",restricted,");
    assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
    assertThat(erased.json().getString("status")).isEqualTo("completed");
    assertThat(afterwards.getBoolean("subjectFound")).isFalse();
    assertThat(export(access, Json.createObjectBuilder()).statusCode()).isEqualTo(200);
  }

  private record Person(String name, String email, String phone) {}

  /** Drops a one-contact CSV for the test server's file-drop connector and waits for it. */
  private Person dropContact() {
    String batch = UUID.randomUUID().toString().substring(0, 8);
    // A mobile number of its own, so that no other test's person shares a blind index with it.
    String phone = "139" + String.format("%08d", Math.floorMod(batch.hashCode(), 100_000_000));
    Person person =
        new Person("李伟" + batch.substring(0, 2), "li.wei." + batch + "@example.com", phone);
    String csv =
        "contact_id,updated_at,name,email,mobile,note,tier\n"
            + "dsr-"
            + batch
            + ",2026-03-01T10:00:00Z,"
            + person.name
            + ","
            + person.email
            + ","
            + person.phone
            + ",请在工作日联系,gold\n";
    try {
      Path file = server.dropDirectory().resolve("in").resolve("dsr-" + batch + ".csv");
      Path staged =
          Files.writeString(file.resolveSibling("." + batch), csv, StandardCharsets.UTF_8);
      Files.move(staged, file);
      // The connector moves the file away once its records are committed.
      await().atMost(Duration.ofSeconds(60)).until(() -> Files.notExists(file));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return person;
  }

  private static JsonObjectBuilder request(String type, String jurisdiction) {
    return Json.createObjectBuilder().add("type", type).add("jurisdiction", jurisdiction);
  }

  private static JsonObjectBuilder email(String email) {
    return Json.createObjectBuilder().add("email", email);
  }

  private static JsonObjectBuilder corrections(String field, String value) {
    return Json.createObjectBuilder()
        .add(
            "corrections",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("field", field).add("value", value)));
  }

  private JsonObject create(JsonObjectBuilder body) {
    Api.Reply reply = api.post(REQUESTS, officer, body.build());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json();
  }

  private Api.Reply step(String id, String step, JsonObjectBuilder body) {
    return api.post(REQUESTS + "/" + id + "/" + step, officer, body.build());
  }

  private HttpResponse<byte[]> export(String id, JsonObjectBuilder body) {
    return api.postForBytes(REQUESTS + "/" + id + "/export", officer, body.build());
  }

  private static Map<String, String> unzip(InputStream in) throws IOException {
    Map<String, String> files = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
