package dev.custos.server.feedback;

import static dev.custos.server.testing.Fixtures.bulk;
import static dev.custos.server.testing.Fixtures.createAccount;
import static dev.custos.server.testing.Fixtures.response;
import static dev.custos.server.testing.Fixtures.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.server.identity.Role;
import dev.custos.server.testing.Api;
import dev.custos.server.testing.CustosServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CustosServer.class)
class ResponsesIT {

  private final Api api = Api.of(CustosServer.get());
  private final String admin = api.adminToken(CustosServer.get());

  @Test
  void bulkStoresTheValidItemsAndReportsTheOthersByIndex() {
    String account = uniqueId("ACC");
    createAccount(api, admin, account, "Europe");
    JsonArrayBuilder items =
        Json.createArrayBuilder()
            .add(response(account, 9, "2026-01-05T10:00:00Z"))
            .add(response("NO-SUCH-" + account, 3, "2026-01-05T10:00:00Z"))
            .add(response(account, 11, "2026-01-05T10:00:00Z"))
            .add(
                Json.createObjectBuilder()
                    .add("account", account)
                    .add("touchpoint", "checkout")
                    .add("channel", "web")
                    .add("csat", 4)
                    .add("respondedAt", "2026-01-06T00:00:00Z"))
            .add("not an object");

    Api.Reply reply = api.post("/api/v1/responses/bulk", admin, bulk(items));

    assertThat(reply.status()).isEqualTo(200);
    JsonObject result = reply.json();
    assertThat(result.getInt("accepted")).isEqualTo(2);
    assertThat(result.getInt("rejected")).isEqualTo(3);
    assertThat(result.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getInt("index"))
        .containsExactly(1, 2, 4);
  }

  @Test
  void resendingABatchStoresNothingTwice() {
    String account = uniqueId("ACC");
    createAccount(api, admin, account, "Europe");
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (int i = 0; i < 50; i++) {
      items.add(
          response(account, i % 11, "2026-02-01T10:00:00Z").add("externalId", account + "-r" + i));
    }
    JsonObject body = bulk(items);

    JsonObject first = api.post("/api/v1/responses/bulk", admin, body).json();
    JsonObject second = api.post("/api/v1/responses/bulk", admin, body).json();

    assertThat(first.getInt("accepted")).isEqualTo(50);
    assertThat(second.getInt("accepted")).isZero();
    assertThat(second.getInt("duplicates")).isEqualTo(50);
    JsonObject nps = api.get("/api/v1/metrics/nps?groupBy=account", admin).json();
    assertThat(nps.getJsonArray("groups").getValuesAs(JsonObject.class))
        .filteredOn(g -> account.equals(g.getJsonObject("key").getString("account")))
        .singleElement()
        .satisfies(g -> assertThat(g.getInt("responses")).isEqualTo(50));
  }

  @Test
  void aSingleResponseIsCreatedAndReadBack() {
    String account = uniqueId("ACC");
    createAccount(api, admin, account, "Europe");
    String externalId = uniqueId("survey");

    Api.Reply created =
        api.post(
            "/api/v1/responses",
            admin,
            response(account, 10, "2026-03-01T08:30:00+08:00")
                .add("externalId", externalId)
                .add("ces", 2)
                .build());
    Api.Reply again =
        api.post(
            "/api/v1/responses",
            admin,
            response(account, 10, "2026-03-01T08:30:00+08:00")
                .add("externalId", externalId)
                .build());

    assertThat(created.status()).isEqualTo(201);
    JsonObject read =
        api.get(created.header("Location").replaceFirst("^https?://[^/]+", ""), admin).json();
    assertThat(read.getString("account")).isEqualTo(account);
    assertThat(read.getInt("nps")).isEqualTo(10);
    assertThat(read.getInt("ces")).isEqualTo(2);
    assertThat(read.getString("respondedAt")).isEqualTo("2026-03-01T00:30:00Z");
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void anInvalidSingleResponseListsItsFields() {
    Api.Reply reply =
        api.post("/api/v1/responses", admin, Json.createObjectBuilder().add("nps", "ten").build());

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("account", "touchpoint", "channel", "nps", "respondedAt");
  }

  @Test
  void oversizedBulkRequestsAreRefusedWithTheLimit() {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (int i = 0; i < 5001; i++) {
      items.add(Json.createObjectBuilder());
    }

    Api.Reply reply = api.post("/api/v1/responses/bulk", admin, bulk(items));

    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.json().getString("detail")).contains("5000");
  }

  @Test
  void accountTeamsCannotReadResponsesOfOtherAccounts() {
    String mine = uniqueId("MINE");
    String theirs = uniqueId("THEIRS");
    createAccount(api, admin, mine, "APAC");
    createAccount(api, admin, theirs, "APAC");
    String theirResponse =
        api.post("/api/v1/responses", admin, response(theirs, 2, "2026-01-01T00:00:00Z").build())
            .json()
            .getString("id");
    String team = api.userToken(admin, Role.ACCOUNT_TEAM, mine);

    assertThat(api.get("/api/v1/responses/" + theirResponse, team).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/responses/" + theirResponse, admin).status()).isEqualTo(200);
  }
}
