package dev.custos.server.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The realm shipped in the distribution, extended for tests: one user per Custos role, a user who
 * holds only a role Custos does not know, an account-team user with two accounts, a known secret
 * for the integration client and a test client {@code custos-test} that may use the password grant.
 * Everything else is the shipped file, so the tests prove what administrators import. A copy under
 * another name ({@link #ELSEWHERE}) issues tokens Custos must refuse.
 */
public final class TestRealms {

  public static final String REALM = "custos";
  public static final String ELSEWHERE = "elsewhere";
  public static final String CONSOLE_CLIENT = "custos-console";
  public static final String INTEGRATION_CLIENT = "custos-integration";
  public static final String TEST_CLIENT = "custos-test";

  /** Set only in the test copy: the shipped file carries no secret. */
  public static final String INTEGRATION_SECRET = "integration-secret-for-tests-only";

  /** The console's first redirect URI in the shipped realm. */
  public static final String CONSOLE_CALLBACK = "http://localhost:8080/console/callback";

  public static final List<String> ROLES =
      List.of("cx-admin", "compliance-officer", "agent", "account-team", "analyst", "auditor");

  /** A realm role that is not a Custos role, like the ones an existing realm has. */
  public static final String FOREIGN_ROLE = "superuser";

  /** The accounts of the account-team user; the tests create accounts with these ids. */
  public static final List<String> TEAM_ACCOUNTS = List.of("KC-ACC-1", "KC-ACC-2");

  private TestRealms() {}

  public static String userFor(String role) {
    return "user-" + role;
  }

  /** Passwords satisfy the shipped policy (at least 12 characters, not the user name). */
  public static String passwordFor(String username) {
    return "pass-phrase-for-" + username;
  }

  /** The test realm and its stranger twin, ready for import. */
  static List<JsonObject> forTests(Path shippedFile) {
    JsonObject shipped = read(shippedFile);
    return List.of(extend(shipped, REALM), extend(shipped, ELSEWHERE));
  }

  private static JsonObject extend(JsonObject shipped, String name) {
    JsonArrayBuilder clients = Json.createArrayBuilder();
    JsonObject console = null;
    for (JsonValue value : shipped.getJsonArray("clients")) {
      JsonObject client = value.asJsonObject();
      String id = client.getString("clientId");
      if (id.equals(CONSOLE_CLIENT)) {
        console = client;
      }
      clients.add(
          id.equals(INTEGRATION_CLIENT)
              ? Json.createObjectBuilder(client).add("secret", INTEGRATION_SECRET).build()
              : client);
    }
    if (console == null) {
      throw new IllegalStateException("The shipped realm has no client " + CONSOLE_CLIENT);
    }
    clients.add(testClient(console));
    JsonArrayBuilder users = Json.createArrayBuilder(shipped.getJsonArray("users"));
    for (String role : ROLES) {
      users.add(user(userFor(role), List.of(role, FOREIGN_ROLE)));
    }
    users.add(user(userFor(FOREIGN_ROLE), List.of(FOREIGN_ROLE)));
    JsonObject roles = shipped.getJsonObject("roles");
    JsonArray realmRoles =
        Json.createArrayBuilder(roles.getJsonArray("realm"))
            .add(Json.createObjectBuilder().add("name", FOREIGN_ROLE))
            .build();
    return Json.createObjectBuilder(shipped)
        .add("realm", name)
        .add("clients", clients)
        .add("users", users)
        .add("roles", Json.createObjectBuilder(roles).add("realm", realmRoles))
        .build();
  }

  /** Carries the console's mappers, so its tokens hold the claims a console token holds. */
  private static JsonObject testClient(JsonObject console) {
    return Json.createObjectBuilder()
        .add("clientId", TEST_CLIENT)
        .add("enabled", true)
        .add("publicClient", true)
        .add("standardFlowEnabled", false)
        .add("directAccessGrantsEnabled", true)
        .add("protocolMappers", console.getJsonArray("protocolMappers"))
        .build();
  }

  private static JsonObject user(String username, List<String> roles) {
    LogCanary.secret(passwordFor(username));
    JsonObjectBuilder user =
        Json.createObjectBuilder()
            .add("username", username)
            .add("enabled", true)
            // The realm's user profile requires these, or Keycloak asks to complete the profile.
            .add("email", username + "@example.test")
            .add("emailVerified", true)
            .add("firstName", "Test")
            .add("lastName", "Tester")
            .add("realmRoles", Json.createArrayBuilder(roles))
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "password")
                            .add("value", passwordFor(username))
                            .add("temporary", false)));
    if (username.equals(userFor("account-team"))) {
      user.add(
          "attributes",
          Json.createObjectBuilder().add("accounts", Json.createArrayBuilder(TEAM_ACCOUNTS)));
    }
    return user.build();
  }

  private static JsonObject read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return Json.createReader(in).readObject();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the shipped realm " + file, e);
    }
  }
}
