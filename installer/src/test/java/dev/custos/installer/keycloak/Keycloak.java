package dev.custos.installer.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The running Keycloak as the tests see it: the realm's endpoints and plain OIDC requests to them.
 *
 * @param baseUri the server's root, such as {@code http://127.0.0.1:41234}
 * @param realm the realm under test
 */
record Keycloak(URI baseUri, String realm) {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  // HTTP/1.1 only: the client's default h2c upgrade attempt is not what a browser does here.
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(TIMEOUT)
          .build();

  /** The issuer every token of the realm must carry. */
  String issuer() {
    return baseUri + "/realms/" + realm;
  }

  URI authorizationEndpoint() {
    return URI.create(issuer() + "/protocol/openid-connect/auth");
  }

  URI tokenEndpoint() {
    return URI.create(issuer() + "/protocol/openid-connect/token");
  }

  URI jwksUri() {
    return URI.create(issuer() + "/protocol/openid-connect/certs");
  }

  /** Resource owner password grant; only {@code custos-test} is allowed to use it. */
  HttpResponse<String> passwordGrant(String clientId, String username, String password) {
    return postForm(
        HTTP,
        tokenEndpoint(),
        Map.of(
            "grant_type", "password",
            "client_id", clientId,
            "username", username,
            "password", password,
            "scope", "openid"));
  }

  HttpResponse<String> clientCredentialsGrant(String clientId, String secret) {
    return postForm(
        HTTP,
        tokenEndpoint(),
        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
  }

  JsonNode jwks() {
    return json(send(HTTP, getRequest(jwksUri()).build()));
  }

  static HttpResponse<String> postForm(HttpClient http, URI uri, Map<String, String> form) {
    return send(http, formRequest(uri, form).build());
  }

  static HttpRequest.Builder getRequest(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET();
  }

  static HttpRequest.Builder formRequest(URI uri, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(uri)
        .timeout(TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON: answer " + response.statusCode(), e);
    }
  }

  /** The access token of a successful token response, decoded. */
  static Jwt accessToken(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Token request answered " + response.statusCode() + ": " + response.body());
    }
    return Jwt.decode(json(response).path("access_token").asText());
  }

  static HttpResponse<String> send(HttpClient http, HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("Request to " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted during a request to " + request.uri(), e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
