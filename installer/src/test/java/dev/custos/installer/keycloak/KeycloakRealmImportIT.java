package dev.custos.installer.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shipped file as it is, imported the way the admin guide says, then the integration secret
 * regenerated as it says. Each test imports its own copy under a random realm name.
 */
@ExtendWith(KeycloakServer.class)
class KeycloakRealmImportIT {

  private final Keycloak keycloak;
  private final KeycloakAdmin admin;
  private final String realmName = "custos-import-" + UUID.randomUUID();

  KeycloakRealmImportIT(Keycloak keycloak) {
    this.keycloak = keycloak;
    this.admin = new KeycloakAdmin(keycloak);
  }

  @AfterEach
  void deleteTheCopy() {
    admin.deleteRealm(realmName);
  }

  @Test
  void theShippedFileImportsUnchangedAndItsIntegrationClientWorksWithARegeneratedSecret() {
    ObjectNode shipped = TestRealm.shipped(KeycloakServer.shippedRealm());
    shipped.put("realm", realmName);

    assertThat(admin.importRealm(shipped).statusCode()).isEqualTo(201);
    String secret = admin.regenerateSecret(realmName, TestRealm.INTEGRATION_CLIENT);
    Keycloak imported = new Keycloak(keycloak.baseUri(), realmName);
    Jwt token =
        Keycloak.accessToken(imported.clientCredentialsGrant(TestRealm.INTEGRATION_CLIENT, secret));

    assertThat(secret).hasSizeGreaterThanOrEqualTo(32);
    assertThat(token.claim("iss")).isEqualTo(imported.issuer());
    assertThat(token.claimValues("aud")).contains("custos-api");
    assertThat(token.claimValues("groups")).contains("cx-admin");
  }

  @Test
  void aRegeneratedSecretReplacesThePreviousOne() {
    ObjectNode shipped = TestRealm.shipped(KeycloakServer.shippedRealm());
    shipped.put("realm", realmName);
    admin.importRealm(shipped);
    String previous = admin.regenerateSecret(realmName, TestRealm.INTEGRATION_CLIENT);

    admin.regenerateSecret(realmName, TestRealm.INTEGRATION_CLIENT);
    Keycloak imported = new Keycloak(keycloak.baseUri(), realmName);

    assertThat(imported.clientCredentialsGrant(TestRealm.INTEGRATION_CLIENT, previous).statusCode())
        .isEqualTo(401);
  }
}
