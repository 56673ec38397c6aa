package dev.custos.server.account;

import static dev.custos.server.testing.Fixtures.account;
import static dev.custos.server.testing.Fixtures.createAccount;
import static dev.custos.server.testing.Fixtures.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.server.identity.Role;
import dev.custos.server.testing.Api;
import dev.custos.server.testing.CustosServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CustosServer.class)
class AccountsIT {

  private final Api api = Api.of(CustosServer.get());
  private final String admin = api.adminToken(CustosServer.get());

  @Test
  void createdAccountCanBeReadBackWithItsChineseName() {
    String externalId = uniqueId("ACC");

    Api.Reply created =
        api.post("/api/v1/accounts", admin, account(externalId, "华信物流有限公司", "Greater China"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location"))
        .endsWith("/api/v1/accounts/" + created.json().getString("id"));
    JsonObject read = api.get("/api/v1/accounts/" + created.json().getString("id"), admin).json();
    assertThat(read.getString("name")).isEqualTo("华信物流有限公司");
    assertThat(read.getString("externalId")).isEqualTo(externalId);
    assertThat(read.getString("region")).isEqualTo("Greater China");
  }

  @Test
  void aSecondAccountWithTheSameExternalIdIsAConflict() {
    String externalId = uniqueId("ACC");
    createAccount(api, admin, externalId, "Europe");

    Api.Reply again = api.post("/api/v1/accounts", admin, account(externalId, "Other", "Europe"));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("title")).isEqualTo("Account already exists");
  }

  @Test
  void invalidAccountsAreRefusedFieldByFieldInTheCallersLanguage() {
    JsonObject invalid =
        Json.createObjectBuilder().add("externalId", "has spaces").add("name", " ").build();

    Api.Reply english =
        api.postRaw("/api/v1/accounts", admin, "application/json", invalid.toString(), "en");
    Api.Reply chinese =
        api.postRaw(
            "/api/v1/accounts", admin, "application/json", invalid.toString(), "zh-CN,zh;q=0.9");

    assertThat(english.status()).isEqualTo(400);
    assertThat(english.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactlyInAnyOrder("externalId", "name");
    assertThat(english.body()).doesNotContain("has spaces");
    assertThat(chinese.json().getString("title")).isEqualTo("请求无效");
  }

  @Test
  void malformedJsonIsABadRequestNotAServerError() {
    Api.Reply reply =
        api.postRaw("/api/v1/accounts", admin, "application/json", "{\"name\": ", null);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getString("title")).isEqualTo("Unreadable body");
  }

  @Test
  void updateWithAStaleVersionIsRefused() {
    String id = createAccount(api, admin, uniqueId("ACC"), "Europe");
    JsonObject change =
        Json.createObjectBuilder().add("name", "Renamed Ltd").add("tier", "strategic").build();

    Api.Reply updated = api.put("/api/v1/accounts/" + id, admin, change, "\"0\"");
    Api.Reply stale = api.put("/api/v1/accounts/" + id, admin, change, "\"0\"");

    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().getString("tier")).isEqualTo("strategic");
    assertThat(updated.header("ETag")).isEqualTo("\"1\"");
    assertThat(stale.status()).isEqualTo(412);
  }

  @Test
  void creatingAndUpdatingAnAccountAreAudited() {
    String id = createAccount(api, admin, uniqueId("ACC"), "Europe");
    JsonObject change = Json.createObjectBuilder().add("name", "Audited Ltd").build();
    assertThat(api.put("/api/v1/accounts/" + id, admin, change, "\"0\"").status()).isEqualTo(200);
    String auditor = api.userToken(admin, Role.AUDITOR);

    for (String action : new String[] {"account.create", "account.update"}) {
      JsonObject page =
          api.get("/api/v1/audit/events?action=" + action + "&resourceId=" + id, auditor).json();
      assertThat(page.getJsonNumber("total").longValue()).as(action).isEqualTo(1);
      assertThat(page.getJsonArray("items").getJsonObject(0).getString("roles"))
          .contains(Role.CX_ADMIN);
    }
  }

  @Test
  void accountTeamsSeeOnlyTheirAccountsInListsAndReads() {
    String mine = uniqueId("MINE");
    String theirs = uniqueId("THEIRS");
    createAccount(api, admin, mine, "APAC");
    String theirsId = createAccount(api, admin, theirs, "APAC");
    String team = api.userToken(admin, Role.ACCOUNT_TEAM, mine);

    Api.Reply list = api.get("/api/v1/accounts?limit=500", team);

    assertThat(list.json().getInt("total")).isEqualTo(1);
    assertThat(list.json().getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(a -> a.getString("externalId"))
        .containsExactly(mine);
    assertThat(api.get("/api/v1/accounts/" + theirsId, team).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/accounts/" + theirsId, admin).status()).isEqualTo(200);
  }

  @Test
  void listsArePagedAndBounded() {
    Api.Reply page = api.get("/api/v1/accounts?limit=1&offset=0", admin);
    Api.Reply tooMany = api.get("/api/v1/accounts?limit=100000", admin);

    assertThat(page.json().getJsonArray("items")).hasSizeLessThanOrEqualTo(1);
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.json().getJsonArray("errors").getJsonObject(0).get("field"))
        .isEqualTo(Json.createValue("limit"))
        .isInstanceOf(JsonString.class);
  }
}
