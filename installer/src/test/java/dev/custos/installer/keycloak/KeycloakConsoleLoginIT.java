package dev.custos.installer.keycloak;

import static dev.custos.installer.keycloak.ConsoleLogin.CONSOLE_CALLBACK;
import static dev.custos.installer.keycloak.ConsoleLogin.queryParameter;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The console signs in with authorization code and PKCE, and only that way. */
@ExtendWith(KeycloakServer.class)
class KeycloakConsoleLoginIT {

  private static final String USER = TestRealm.userFor("analyst");

  private final Keycloak keycloak;

  KeycloakConsoleLoginIT(Keycloak keycloak) {
    this.keycloak = keycloak;
  }

  @Test
  void signingInWithPkceYieldsATokenForCustos() {
    ConsoleLogin browser = new ConsoleLogin(keycloak);
    Pkce pkce = Pkce.generate();

    URI callback =
        browser.signIn(
            browser.authorize(CONSOLE_CALLBACK, Optional.of(pkce.challenge())),
            USER,
            TestRealm.passwordFor(USER));
    Jwt token = Keycloak.accessToken(browser.redeem(callback, pkce.verifier()));

    assertThat(callback.toString()).startsWith(CONSOLE_CALLBACK + "?");
    assertThat(token.claim("azp")).isEqualTo(TestRealm.CONSOLE_CLIENT);
    assertThat(token.claim("iss")).isEqualTo(keycloak.issuer());
    assertThat(token.claimValues("aud")).contains("custos-api");
    assertThat(token.claim("upn")).isEqualTo(USER);
    assertThat(token.claimValues("groups")).contains("analyst");
  }

  @Test
  void aCodeIsNotRedeemedWithAnotherVerifier() {
    ConsoleLogin browser = new ConsoleLogin(keycloak);
    Pkce pkce = Pkce.generate();
    URI callback =
        browser.signIn(
            browser.authorize(CONSOLE_CALLBACK, Optional.of(pkce.challenge())),
            USER,
            TestRealm.passwordFor(USER));

    HttpResponse<String> answer = browser.redeem(callback, Pkce.generate().verifier());

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(Keycloak.json(answer).path("error").asText()).isEqualTo("invalid_grant");
  }

  @Test
  void anAuthorizationRequestWithoutACodeChallengeIsRefused() {
    HttpResponse<String> answer =
        new ConsoleLogin(keycloak).authorize(CONSOLE_CALLBACK, Optional.empty());

    URI redirect = URI.create(answer.headers().firstValue("Location").orElseThrow());
    assertThat(redirect.toString()).startsWith(CONSOLE_CALLBACK + "?");
    assertThat(queryParameter(redirect, "error")).contains("invalid_request");
    assertThat(queryParameter(redirect, "code")).isEmpty();
  }

  @Test
  void aRedirectUriThatIsNotRegisteredIsRefused() {
    HttpResponse<String> answer =
        new ConsoleLogin(keycloak)
            .authorize(
                "http://localhost:8080/console/callback-elsewhere",
                Optional.of(Pkce.generate().challenge()));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Location")).isEmpty();
    assertThat(answer.body()).contains("redirect_uri");
  }

  @Test
  void theConsoleMayNotUseThePasswordGrant() {
    HttpResponse<String> answer =
        keycloak.passwordGrant(TestRealm.CONSOLE_CLIENT, USER, TestRealm.passwordFor(USER));

    assertThat(answer.statusCode()).isIn(400, 401);
    assertThat(Keycloak.json(answer).path("error").asText()).isEqualTo("unauthorized_client");
  }
}
