package dev.custos.server.identity;

import static dev.custos.server.testing.Fixtures.bulk;
import static dev.custos.server.testing.Fixtures.createAccount;
import static dev.custos.server.testing.Fixtures.response;
import static dev.custos.server.testing.Fixtures.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.server.testing.Api;
import dev.custos.server.testing.Fixtures;
import dev.custos.server.testing.KeycloakServer;
import dev.custos.server.testing.PermissionModel;
import dev.custos.server.testing.TestRealms;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server in {@code oidc} mode against a real Keycloak with the shipped realm: Keycloak's tokens
 * reach exactly what docs/permissions.md allows, the {@code accounts} claim scopes account teams,
 * service tokens work, realm roles Custos does not know grant nothing, another realm's tokens are
 * refused, and the console's authorization code + PKCE sign-in yields a token the API accepts.
 */
@ExtendWith(KeycloakServer.class)
class KeycloakIdentityIT {

  private final KeycloakServer.Running servers = KeycloakServer.get();
  private final Api api = Api.of(servers.custos());

  @Test
  void eachRoleReachesExactlyWhatThePermissionModelAllows() {
    Map<String, String> tokens = new LinkedHashMap<>();
    for (String role : TestRealms.ROLES) {
      // Each of these users also holds a realm role Custos does not know; it must change nothing.
      tokens.put(role, servers.realm().userToken(TestRealms.userFor(role)));
    }

    assertThat(PermissionModel.mismatches(api, tokens)).isEmpty();
  }

  @Test
  void aRealmRoleCustosDoesNotKnowGrantsNothing() {
    String token = servers.realm().userToken(TestRealms.userFor(TestRealms.FOREIGN_ROLE));

    Api.Reply reply = api.get("/api/v1/accounts", token);

    assertThat(reply.status()).isEqualTo(403);
    assertThat(api.get("/api/v1/metrics/nps", token).status()).isEqualTo(403);
  }

  @Test
  void theAccountsClaimLimitsAnAccountTeamInListsReadsAndMetrics() {
    String admin = servers.realm().serviceToken();
    String mine = TestRealms.TEAM_ACCOUNTS.get(0);
    String theirs = uniqueId("KC-THEIRS");
    createAccount(api, admin, mine, "APAC");
    String theirsId = createAccount(api, admin, theirs, "APAC");
    api.post(
        "/api/v1/responses/bulk",
        admin,
        bulk(
            Json.createArrayBuilder()
                .add(response(mine, 10, "2026-01-01T00:00:00Z"))
                .add(response(theirs, 0, "2026-01-01T00:00:00Z"))));
    String team = servers.realm().userToken(TestRealms.userFor("account-team"));

    JsonObject list = api.get("/api/v1/accounts?limit=500", team).json();
    JsonObject nps = api.get("/api/v1/metrics/nps?groupBy=account", team).json();

    assertThat(list.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(a -> a.getString("externalId"))
        .containsExactly(mine);
    assertThat(api.get("/api/v1/accounts/" + theirsId, team).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/accounts/" + theirsId, admin).status()).isEqualTo(200);
    assertThat(nps.getJsonObject("overall").getInt("responses")).isEqualTo(1);
    assertThat(nps.getJsonArray("groups").getValuesAs(JsonObject.class))
        .extracting(g -> g.getJsonObject("key").getString("account"))
        .containsExactly(mine);
  }

  @Test
  void theIntegrationClientsServiceTokenActsAsAdministrator() {
    String service = servers.realm().serviceToken();

    Api.Reply created =
        api.post(
            "/api/v1/accounts",
            service,
            Fixtures.account(uniqueId("KC-SVC"), "Service Account Co", "EMEA"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(api.get("/api/v1/connectors", service).status()).isEqualTo(200);
  }

  @Test
  void tokensOfAnotherRealmAreRefused() {
    String stranger = servers.elsewhere().userToken(TestRealms.userFor("cx-admin"));

    Api.Reply reply = api.get("/api/v1/accounts", stranger);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void theConsoleSignInWithPkceYieldsATokenTheApiAccepts() {
    String token = servers.realm().consoleSignIn(TestRealms.userFor("analyst"));

    assertThat(api.get("/api/v1/metrics/nps", token).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/connectors", token).status()).isEqualTo(403);
  }

  @Test
  void standaloneSignInIsAbsentWhenKeycloakSignsUsersIn() {
    Api.Reply reply = api.signIn("admin", "any-password-at-all");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(api.get("/api/v1/auth/jwks", null).status()).isEqualTo(404);
  }
}
