package dev.custos.installer.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The shipped realm extended for tests: one user per role, an account-team user with two accounts,
 * a known secret for the integration client, and a test-only client {@code custos-test} that may
 * use the password grant. Nothing else of the shipped file changes, so the tests prove what admins
 * import.
 */
final class TestRealm {

  static final String REALM = "custos";
  static final String CONSOLE_CLIENT = "custos-console";
  static final String INTEGRATION_CLIENT = "custos-integration";
  static final String TEST_CLIENT = "custos-test";

  /** Set only in the test copy: the shipped file carries no secret. */
  static final String INTEGRATION_SECRET = "integration-secret-for-tests-only";

  static final List<String> ROLES =
      List.of("cx-admin", "compliance-officer", "agent", "account-team", "analyst", "auditor");

  static final List<String> ACCOUNT_TEAM_ACCOUNTS = List.of("ACC-1", "ACC-2");

  private static final ObjectMapper JSON = new ObjectMapper();

  private TestRealm() {}

  /** The user name of the test user holding exactly {@code role}. */
  static String userFor(String role) {
    return "user-" + role;
  }

  /** Passwords satisfy the shipped policy (at least 12 characters, not the user name). */
  static String passwordFor(String username) {
    return "pass-phrase-for-" + username;
  }

  /** Reads the shipped realm file. */
  static ObjectNode shipped(Path realmFile) {
    try {
      return (ObjectNode) JSON.readTree(realmFile.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the shipped realm " + realmFile, e);
    }
  }

  /** The shipped realm with the test users, the test client and the integration secret. */
  static ObjectNode forTests(Path realmFile) {
    ObjectNode realm = shipped(realmFile);
    ObjectNode console = client(realm, CONSOLE_CLIENT);
    client(realm, INTEGRATION_CLIENT).put("secret", INTEGRATION_SECRET);
    ((ArrayNode) realm.get("clients")).add(testClient(console));
    ArrayNode users = realm.withArray("users");
    ROLES.forEach(role -> users.add(user(role)));
    return realm;
  }

  static ObjectNode client(JsonNode realm, String clientId) {
    for (JsonNode client : realm.path("clients")) {
      if (clientId.equals(client.path("clientId").asText())) {
        return (ObjectNode) client;
      }
    }
    throw new IllegalStateException("The realm has no client " + clientId);
  }

  /** Carries the console's mappers, so its tokens hold the claims a console token holds. */
  private static ObjectNode testClient(ObjectNode console) {
    ObjectNode client = JSON.createObjectNode();
    client.put("clientId", TEST_CLIENT);
    client.put("enabled", true);
    client.put("publicClient", true);
    client.put("standardFlowEnabled", false);
    client.put("directAccessGrantsEnabled", true);
    client.set("protocolMappers", stripIds(console.get("protocolMappers").deepCopy()));
    return client;
  }

  private static ArrayNode stripIds(ArrayNode mappers) {
    mappers.forEach(mapper -> ((ObjectNode) mapper).remove("id"));
    return mappers;
  }

  private static ObjectNode user(String role) {
    String username = userFor(role);
    ObjectNode user = JSON.createObjectNode();
    user.put("username", username);
    user.put("enabled", true);
    // The realm's user profile requires these; without them Keycloak asks to complete the profile.
    user.put("email", username + "@example.test");
    user.put("emailVerified", true);
    user.put("firstName", "Test");
    user.put("lastName", "Tester");
    user.putArray("realmRoles").add(role);
    ObjectNode password = user.putArray("credentials").addObject();
    password.put("type", "password");
    password.put("value", passwordFor(username));
    LogCanary.secret(passwordFor(username));
    password.put("temporary", false);
    if (role.equals("account-team")) {
      ArrayNode accounts = user.putObject("attributes").putArray("accounts");
      ACCOUNT_TEAM_ACCOUNTS.forEach(accounts::add);
    }
    return user;
  }
}
