package dev.custos.server.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.UUID;

/**
 * Request bodies for black-box tests. Every test makes its own accounts with unique external ids,
 * so tests share the server but never each other's data.
 */
public final class Fixtures {

  /**
   * Distinctive personal data that tests send to the servers of the run, prefixes of generated
   * values included. {@link LogCanary} fails the run if any of them reaches a server's log.
   */
  public static final List<String> CANARIES =
      List.of(
          "canary.li.",
          "李伟",
          "13800138000",
          "请在工作日联系",
          "Wang Fang",
          "wang.fang@example.com",
          "+44 20 7946 0958",
          "7946 0958");

  private Fixtures() {}

  public static String uniqueId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public static JsonObject account(String externalId, String name, String region) {
    return Json.createObjectBuilder()
        .add("externalId", externalId)
        .add("name", name)
        .add("tier", "enterprise")
        .add("region", region)
        .add("industry", "Logistics")
        .build();
  }

  /** Creates an account through the API and returns its id. */
  public static String createAccount(Api api, String token, String externalId, String region) {
    Api.Reply reply =
        api.post("/api/v1/accounts", token, account(externalId, "Acme " + externalId, region));
    if (reply.status() != 201) {
      throw new IllegalStateException("Cannot create account: " + reply);
    }
    return reply.json().getString("id");
  }

  public static JsonObjectBuilder response(String account, int nps, String respondedAt) {
    return Json.createObjectBuilder()
        .add("account", account)
        .add("touchpoint", "delivery")
        .add("channel", "email")
        .add("product", "Freight Tracker")
        .add("nps", nps)
        .add("respondedAt", respondedAt);
  }

  public static JsonObject bulk(JsonArrayBuilder responses) {
    return Json.createObjectBuilder().add("responses", responses).build();
  }
}
