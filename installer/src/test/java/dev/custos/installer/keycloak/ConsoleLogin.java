package dev.custos.installer.keycloak;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Drives the console's sign-in as a browser would, over plain HTTP: the authorization request, the
 * login form, the redirect back with a code, and the code exchange. One instance is one browser: it
 * keeps Keycloak's cookies between the steps.
 */
final class ConsoleLogin {

  static final String CONSOLE_CALLBACK = "http://localhost:8080/console/callback";

  private static final Pattern FORM_ACTION =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

  private final Keycloak keycloak;
  private final HttpClient browser;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  ConsoleLogin(Keycloak keycloak) {
    this.keycloak = keycloak;
    this.browser =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
  }

  /**
   * Opens the authorization endpoint for {@code custos-console}.
   *
   * @param codeChallenge the S256 challenge, or empty to send none
   */
  HttpResponse<String> authorize(String redirectUri, Optional<String> codeChallenge) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("client_id", TestRealm.CONSOLE_CLIENT);
    query.put("response_type", "code");
    query.put("scope", "openid");
    query.put("redirect_uri", redirectUri);
    query.put("state", "state-" + System.nanoTime());
    codeChallenge.ifPresent(
        challenge -> {
          query.put("code_challenge", challenge);
          query.put("code_challenge_method", "S256");
        });
    return send(
        Keycloak.getRequest(URI.create(keycloak.authorizationEndpoint() + "?" + encode(query))));
  }

  /**
   * Submits the login form of an authorization answer and returns where Keycloak redirects the
   * browser: the console's callback carrying {@code code} (or {@code error}).
   */
  URI signIn(HttpResponse<String> loginPage, String username, String password) {
    Matcher action = FORM_ACTION.matcher(loginPage.body());
    if (loginPage.statusCode() != 200 || !action.find()) {
      throw new IllegalStateException("No login form: answer " + loginPage.statusCode());
    }
    URI formAction = URI.create(action.group(1).replace("&amp;", "&"));
    HttpResponse<String> answer =
        send(Keycloak.formRequest(formAction, Map.of("username", username, "password", password)));
    return answer
        .headers()
        .firstValue("Location")
        .map(URI::create)
        .orElseThrow(
            () -> new IllegalStateException("Sign-in did not redirect: " + answer.statusCode()));
  }

  /** Exchanges the code of a callback for tokens, proving the verifier. */
  HttpResponse<String> redeem(URI callback, String codeVerifier) {
    return Keycloak.postForm(
        browser,
        keycloak.tokenEndpoint(),
        Map.of(
            "grant_type",
            "authorization_code",
            "client_id",
            TestRealm.CONSOLE_CLIENT,
            "redirect_uri",
            CONSOLE_CALLBACK,
            "code",
            queryParameter(callback, "code").orElseThrow(),
            "code_verifier",
            codeVerifier));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
              .collect(Collectors.joining("; ")));
    }
    HttpResponse<String> response = Keycloak.send(browser, request.build());
    response.headers().allValues("Set-Cookie").forEach(this::keep);
    return response;
  }

  /** Keeps a cookie's name and value; an empty value is Keycloak expiring it. */
  private void keep(String setCookie) {
    String pair = setCookie.split(";", 2)[0];
    int equals = pair.indexOf('=');
    if (equals <= 0) {
      return;
    }
    String name = pair.substring(0, equals).trim();
    String value = pair.substring(equals + 1).trim();
    if (value.isEmpty()) {
      cookies.remove(name);
    } else {
      cookies.put(name, value);
    }
  }

  static Optional<String> queryParameter(URI uri, String name) {
    String query = uri.getRawQuery();
    if (query == null) {
      return Optional.empty();
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && pair.substring(0, equals).equals(name)) {
        return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }

  private static String encode(Map<String, String> query) {
    StringBuilder encoded = new StringBuilder();
    query.forEach(
        (key, value) ->
            encoded
                .append(encoded.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(key, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return encoded.toString();
  }
}
