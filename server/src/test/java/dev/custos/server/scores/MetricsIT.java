package dev.custos.server.scores;

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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CustosServer.class)
class MetricsIT {

  private final Api api = Api.of(CustosServer.get());
  private final String admin = api.adminToken(CustosServer.get());

  @Test
  void npsByAccountAndMonthCountsPromotersPassivesAndDetractors() {
    String account = uniqueId("NPS");
    createAccount(api, admin, account, "Europe");
    // January: 6 promoters, 2 passives, 2 detractors -> NPS 40. February: 1 detractor -> -100.
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (int score : new int[] {10, 10, 9, 9, 9, 9, 8, 7, 6, 0}) {
      items.add(response(account, score, "2026-01-15T12:00:00Z"));
    }
    items.add(response(account, 3, "2026-02-01T00:00:00Z"));
    assertThat(api.post("/api/v1/responses/bulk", admin, bulk(items)).json().getInt("accepted"))
        .isEqualTo(11);

    JsonObject report = api.get("/api/v1/metrics/nps?groupBy=account,month", admin).json();

    List<JsonObject> mine = groupsOf(report, account);
    assertThat(mine).hasSize(2);
    JsonObject january = mine.get(0);
    assertThat(january.getJsonObject("key").getString("month")).isEqualTo("2026-01");
    assertThat(january.getInt("promoters")).isEqualTo(6);
    assertThat(january.getInt("passives")).isEqualTo(2);
    assertThat(january.getInt("detractors")).isEqualTo(2);
    assertThat(january.getJsonNumber("score").doubleValue()).isEqualTo(40.0);
    assertThat(january.getJsonNumber("marginOfError").doubleValue()).isBetween(40.0, 60.0);
    assertThat(mine.get(1).getJsonNumber("score").doubleValue()).isEqualTo(-100.0);
  }

  @Test
  void dateRangeIsInclusiveOfBothDays() {
    String account = uniqueId("RANGE");
    createAccount(api, admin, account, "Europe");
    JsonArrayBuilder items =
        Json.createArrayBuilder()
            .add(response(account, 10, "2026-04-30T23:59:59Z"))
            .add(response(account, 10, "2026-05-01T00:00:00Z"))
            .add(response(account, 0, "2026-05-31T23:59:59Z"))
            .add(response(account, 0, "2026-06-01T00:00:00Z"));
    api.post("/api/v1/responses/bulk", admin, bulk(items));

    JsonObject report =
        api.get("/api/v1/metrics/nps?groupBy=account&from=2026-05-01&to=2026-05-31", admin).json();

    assertThat(groupsOf(report, account))
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.getInt("responses")).isEqualTo(2);
              assertThat(g.getJsonNumber("score").doubleValue()).isZero();
            });
  }

  @Test
  void csatAndCesUseTheirOwnScales() {
    String account = uniqueId("CSAT");
    createAccount(api, admin, account, "APAC");
    JsonArrayBuilder items = Json.createArrayBuilder();
    int[][] answers = {{5, 1}, {4, 2}, {3, 3}, {2, 6}};
    for (int[] a : answers) {
      items.add(
          Json.createObjectBuilder()
              .add("account", account)
              .add("touchpoint", "support-call")
              .add("channel", "phone")
              .add("csat", a[0])
              .add("ces", a[1])
              .add("respondedAt", "2026-01-01T00:00:00Z"));
    }
    api.post("/api/v1/responses/bulk", admin, bulk(items));

    JsonObject csat =
        groupsOf(api.get("/api/v1/metrics/csat?groupBy=account", admin).json(), account).getFirst();
    JsonObject ces =
        groupsOf(api.get("/api/v1/metrics/ces?groupBy=account", admin).json(), account).getFirst();

    assertThat(csat.getJsonNumber("score").doubleValue()).isEqualTo(50.0);
    assertThat(ces.getJsonNumber("mean").doubleValue()).isEqualTo(3.0);
  }

  @Test
  void accountTeamsSeeOnlyTheirAccountsEvenInTheOverallFigure() {
    String mine = uniqueId("MINE");
    String theirs = uniqueId("THEIRS");
    createAccount(api, admin, mine, "APAC");
    createAccount(api, admin, theirs, "APAC");
    api.post(
        "/api/v1/responses/bulk",
        admin,
        bulk(
            Json.createArrayBuilder()
                .add(response(mine, 10, "2026-01-01T00:00:00Z"))
                .add(response(theirs, 0, "2026-01-01T00:00:00Z"))
                .add(response(theirs, 0, "2026-01-01T00:00:00Z"))));
    String team = api.userToken(admin, Role.ACCOUNT_TEAM, mine);

    JsonObject report = api.get("/api/v1/metrics/nps?groupBy=account,region", team).json();

    assertThat(report.getJsonObject("overall").getInt("responses")).isEqualTo(1);
    assertThat(report.getJsonArray("groups").getValuesAs(JsonObject.class))
        .extracting(g -> g.getJsonObject("key").getString("account"))
        .containsExactly(mine);
  }

  @Test
  void unknownGroupingsAndBadDatesAreExplained() {
    Api.Reply reply =
        api.get(
            "/api/v1/metrics/nps?groupBy=account,colour&from=2026-02-30&to=2026-01-01",
            admin,
            "zh-CN");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactly("groupBy", "from");
    assertThat(reply.json().getString("title")).isEqualTo("请求无效");
  }

  private static List<JsonObject> groupsOf(JsonObject report, String account) {
    return report.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
        .filter(g -> account.equals(g.getJsonObject("key").getString("account")))
        .toList();
  }
}
