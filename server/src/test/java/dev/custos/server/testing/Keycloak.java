package dev.custos.server.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A realm of the running Keycloak as a client sees it: the OIDC token requests the tests make, and
 * a console sign-in with authorization code + PKCE driven over HTTP as a browser would.
 *
 * @param baseUri the server's root, such as {@code http://127.0.0.1:41234}
 * @param realm the realm
 */
public record Keycloak(URI baseUri, String realm) {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern FORM_ACTION =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

  /** The issuer every token of the realm carries. */
  public String issuer() {
    return baseUri + "/realms/" + realm;
  }

  public URI jwksUri() {
    return URI.create(issuer() + "/protocol/openid-connect/certs");
  }

  private URI tokenEndpoint() {
    return URI.create(issuer() + "/protocol/openid-connect/token");
  }

  /** A test user's access token from the password grant of {@code custos-test}. */
  public String userToken(String username) {
    return accessToken(
        postForm(
            newClient(),
            tokenEndpoint(),
            Map.of(
                "grant_type",
                "password",
                "client_id",
                TestRealms.TEST_CLIENT,
                "username",
                username,
                "password",
                TestRealms.passwordFor(username),
                "scope",
                "openid")));
  }

  /** The integration client's service token from the client credentials grant. */
  public String serviceToken() {
    return accessToken(
        postForm(
            newClient(),
            tokenEndpoint(),
            Map.of(
                "grant_type", "client_credentials",
                "client_id", TestRealms.INTEGRATION_CLIENT,
                "client_secret", TestRealms.INTEGRATION_SECRET)));
  }

  /**
   * Signs in to {@code custos-console} like a browser: opens the authorization endpoint with an
   * S256 challenge, posts the login form, reads the code from the redirect to the console's
   * callback and redeems it with the verifier. Returns the access token.
   */
  public String consoleSignIn(String username) {
    HttpClient browser = newClient();
    Map<String, String> cookies = new LinkedHashMap<>();
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Map<String, String> query = new LinkedHashMap<>();
    query.put("client_id", TestRealms.CONSOLE_CLIENT);
    query.put("response_type", "code");
    query.put("scope", "openid");
    query.put("redirect_uri", TestRealms.CONSOLE_CALLBACK);
    query.put("state", "state-" + RANDOM.nextLong());
    query.put("code_challenge", challengeOf(verifier));
    query.put("code_challenge_method", "S256");
    URI authorize = URI.create(issuer() + "/protocol/openid-connect/auth?" + formEncode(query));

    HttpResponse<String> loginPage =
        send(
            browser,
            withCookies(HttpRequest.newBuilder(authorize).timeout(TIMEOUT), cookies),
            cookies);
    Matcher action = FORM_ACTION.matcher(loginPage.body());
    if (loginPage.statusCode() != 200 || !action.find()) {
      throw new IllegalStateException("No login form: answer " + loginPage.statusCode());
    }
    URI formAction = URI.create(action.group(1).replace("&amp;", "&"));
    HttpResponse<String> signedIn =
        send(
            browser,
            withCookies(
                formRequest(
                    formAction,
                    Map.of("username", username, "password", TestRealms.passwordFor(username))),
                cookies),
            cookies);
    URI callback =
        signedIn
            .headers()
            .firstValue("Location")
            .map(URI::create)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Sign-in did not redirect: " + signedIn.statusCode()));
    if (!callback.toString().startsWith(TestRealms.CONSOLE_CALLBACK)) {
      throw new IllegalStateException("Sign-in redirected elsewhere: " + callback.getPath());
    }
    String code =
        queryParameter(callback, "code")
            .orElseThrow(() -> new IllegalStateException("The callback carries no code"));
    return accessToken(
        postForm(
            browser,
            tokenEndpoint(),
            Map.of(
                "grant_type",
                "authorization_code",
                "client_id",
                TestRealms.CONSOLE_CLIENT,
                "redirect_uri",
                TestRealms.CONSOLE_CALLBACK,
                "code",
                code,
                "code_verifier",
                verifier)));
  }

  private static HttpClient newClient() {
    // HTTP/1.1 and no redirects: each step of a sign-in is looked at on its own.
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(TIMEOUT)
        .build();
  }

  private static String accessToken(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Token request answered " + response.statusCode() + ": " + response.body());
    }
    JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
    String token = json.getString("access_token");
    LogCanary.token(token);
    return token;
  }

  private static HttpResponse<String> postForm(HttpClient http, URI uri, Map<String, String> form) {
    return send(http, formRequest(uri, form), new LinkedHashMap<>());
  }

  private static HttpRequest.Builder formRequest(URI uri, Map<String, String> form) {
    return HttpRequest.newBuilder(uri)
        .timeout(TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)));
  }

  private static HttpRequest.Builder withCookies(
      HttpRequest.Builder request, Map<String, String> cookies) {
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
              .collect(Collectors.joining("; ")));
    }
    return request;
  }

  /** Sends a request and keeps the cookies it sets, as a browser does; an empty value expires. */
  private static HttpResponse<String> send(
      HttpClient http, HttpRequest.Builder request, Map<String, String> cookies) {
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    for (String setCookie : response.headers().allValues("Set-Cookie")) {
      String pair = setCookie.split(";", 2)[0];
      int equals = pair.indexOf('=');
      if (equals > 0) {
        String name = pair.substring(0, equals).trim();
        String value = pair.substring(equals + 1).trim();
        if (value.isEmpty()) {
          cookies.remove(name);
        } else {
          cookies.put(name, value);
        }
      }
    }
    return response;
  }

  private static String challengeOf(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private static Optional<String> queryParameter(URI uri, String name) {
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

  private static String formEncode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            field ->
                URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
