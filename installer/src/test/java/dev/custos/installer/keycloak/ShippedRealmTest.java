package dev.custos.installer.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the shipped realm file promises admins, checked without a server: no secrets and no people
 * in it, and clients that allow only their own flows. {@code *IT} prove the server agrees.
 */
class ShippedRealmTest {

  // Surefire runs in the module directory.
  private static final Path SHIPPED = Path.of("src/dist/keycloak/custos-realm.json");

  private final ObjectNode realm = TestRealm.shipped(SHIPPED);

  @Test
  void theRealmDeclaresTheSixCustosRolesWithDescriptions() {
    List<String> names = new ArrayList<>();
    for (JsonNode role : realm.path("roles").path("realm")) {
      names.add(role.path("name").asText());
      assertThat(role.path("description").asText()).isNotBlank();
    }

    assertThat(names).containsExactlyInAnyOrderElementsOf(TestRealm.ROLES);
  }

  @Test
  void theOnlyUserIsTheIntegrationClientsServiceAccount() {
    assertThat(realm.path("users")).hasSize(1);
    JsonNode serviceAccount = realm.path("users").get(0);

    assertThat(serviceAccount.path("serviceAccountClientId").asText())
        .isEqualTo(TestRealm.INTEGRATION_CLIENT);
    assertThat(serviceAccount.has("credentials")).isFalse();
    assertThat(serviceAccount.path("realmRoles")).extracting(JsonNode::asText).contains("cx-admin");
  }

  @Test
  void noClientCarriesASecret() {
    realm.path("clients").forEach(client -> assertThat(client.has("secret")).isFalse());
  }

  @Test
  void theConsoleIsAPublicClientWithCodeFlowAndS256PkceOnly() {
    JsonNode console = TestRealm.client(realm, TestRealm.CONSOLE_CLIENT);

    assertThat(console.path("publicClient").asBoolean()).isTrue();
    assertThat(console.path("standardFlowEnabled").asBoolean()).isTrue();
    assertThat(console.path("implicitFlowEnabled").asBoolean()).isFalse();
    assertThat(console.path("directAccessGrantsEnabled").asBoolean()).isFalse();
    assertThat(console.path("attributes").path("pkce.code.challenge.method").asText())
        .isEqualTo("S256");
    assertThat(console.path("redirectUris"))
        .extracting(JsonNode::asText)
        .allSatisfy(uri -> assertThat(uri).endsWith("/console/callback").doesNotContain("*"));
    assertThat(console.path("webOrigins"))
        .extracting(JsonNode::asText)
        .allSatisfy(origin -> assertThat(origin).doesNotContain("*").isNotEqualTo("+"));
  }

  @Test
  void theIntegrationClientUsesClientCredentialsOnly() {
    JsonNode integration = TestRealm.client(realm, TestRealm.INTEGRATION_CLIENT);

    assertThat(integration.path("publicClient").asBoolean()).isFalse();
    assertThat(integration.path("serviceAccountsEnabled").asBoolean()).isTrue();
    assertThat(integration.path("standardFlowEnabled").asBoolean()).isFalse();
    assertThat(integration.path("implicitFlowEnabled").asBoolean()).isFalse();
    assertThat(integration.path("directAccessGrantsEnabled").asBoolean()).isFalse();
  }

  @Test
  void theUserProfileLetsOnlyAdminsEditTheMultivaluedAccountsAttribute() throws IOException {
    String config =
        realm
            .path("components")
            .path("org.keycloak.userprofile.UserProfileProvider")
            .get(0)
            .path("config")
            .path("kc.user.profile.config")
            .get(0)
            .asText();
    JsonNode accounts = null;
    for (JsonNode attribute : new ObjectMapper().readTree(config).path("attributes")) {
      if (attribute.path("name").asText().equals("accounts")) {
        accounts = attribute;
      }
    }

    assertThat(accounts).isNotNull();
    assertThat(accounts.path("multivalued").asBoolean()).isTrue();
    assertThat(accounts.path("permissions").path("edit"))
        .extracting(JsonNode::asText)
        .containsExactly("admin");
  }

  @Test
  void accessTokensLiveFiveMinutesAndBruteForceDetectionIsOn() {
    assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(300);
    assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
    assertThat(realm.path("passwordPolicy").asText()).contains("length(12)");
  }
}
