package dev.custos.server.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;

/**
 * Request bodies for black-box tests. Every test makes its own accounts with unique external ids,
 * so tests share the server but never each other's data.
 */
public final class Fixtures {

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
