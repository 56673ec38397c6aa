package dev.custos.installer.keycloak;

import static dev.custos.installer.keycloak.Keycloak.accessToken;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Tokens of the shipped realm carry what Custos reads from them. */
@ExtendWith(KeycloakServer.class)
class KeycloakTokensIT {

  private final Keycloak keycloak;

  KeycloakTokensIT(Keycloak keycloak) {
    this.keycloak = keycloak;
  }

  @ParameterizedTest
  @FieldSource("dev.custos.installer.keycloak.TestRealm#ROLES")
  void aUserOfEachRoleGetsATokenCustosAccepts(String role) {
    String username = TestRealm.userFor(role);

    Jwt token = userToken(username);

    assertThat(token.claim("iss")).isEqualTo(keycloak.issuer());
    assertThat(token.claimValues("aud")).contains("custos-api");
    assertThat(token.claim("upn")).isEqualTo(username);
    assertThat(token.claimValues("groups")).contains(role);
  }

  @Test
  void anAccountTeamTokenListsTheUsersAccounts() {
    Jwt token = userToken(TestRealm.userFor("account-team"));

    assertThat(token.payload().path("accounts").isArray()).isTrue();
    assertThat(token.claimValues("accounts")).isEqualTo(TestRealm.ACCOUNT_TEAM_ACCOUNTS);
  }

  @Test
  void aUserWithoutAccountsGetsNoAccountsClaim() {
    Jwt token = userToken(TestRealm.userFor("analyst"));

    assertThat(token.payload().has("accounts")).isFalse();
  }

  @Test
  void theIntegrationClientGetsACxAdminTokenWithItsSecret() {
    Jwt token =
        accessToken(
            keycloak.clientCredentialsGrant(
                TestRealm.INTEGRATION_CLIENT, TestRealm.INTEGRATION_SECRET));

    assertThat(token.claim("iss")).isEqualTo(keycloak.issuer());
    assertThat(token.claimValues("aud")).contains("custos-api");
    assertThat(token.claimValues("groups")).contains("cx-admin");
    assertThat(token.claim("upn")).isEqualTo("service-account-custos-integration");
  }

  @Test
  void theIntegrationClientRefusesAWrongSecret() {
    HttpResponse<String> answer =
        keycloak.clientCredentialsGrant(TestRealm.INTEGRATION_CLIENT, "not-the-secret");

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(Keycloak.json(answer).path("error").asText()).isEqualTo("unauthorized_client");
  }

  @Test
  void tokensAreSignedByAKeyTheJwksPublishesUnderTheirKid() {
    Jwt token = userToken(TestRealm.userFor("cx-admin"));
    Jwks jwks = new Jwks(keycloak.jwks());

    assertThat(token.header().path("alg").asText()).isEqualTo("RS256");
    assertThat(jwks.key(token.header().path("kid").asText()))
        .hasValueSatisfying(key -> assertThat(key.path("use").asText()).isEqualTo("sig"));
    assertThat(jwks.verifies(token)).isTrue();
  }

  @Test
  void theJwksAlsoHoldsAnEncryptionKeySoKeysMustBeChosenByKid() {
    Jwks jwks = new Jwks(keycloak.jwks());

    assertThat(jwks.keys().path("keys").findValuesAsText("use")).contains("sig", "enc");
  }

  private Jwt userToken(String username) {
    return accessToken(
        keycloak.passwordGrant(TestRealm.TEST_CLIENT, username, TestRealm.passwordFor(username)));
  }
}
