package dev.custos.installer.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The few admin REST calls an IT admin makes after importing the realm, done as the server's
 * bootstrap administrator: import a realm, regenerate a client secret, delete a realm.
 */
final class KeycloakAdmin {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI baseUri;
  private final HttpClient http;
  private final String bearer;

  KeycloakAdmin(Keycloak keycloak) {
    this.baseUri = keycloak.baseUri();
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
    Keycloak master = new Keycloak(baseUri, "master");
    HttpResponse<String> token =
        Keycloak.postForm(
            http,
            master.tokenEndpoint(),
            Map.of(
                "grant_type",
                "password",
                "client_id",
                "admin-cli",
                "username",
                KeycloakProcess.ADMIN_USER,
                "password",
                KeycloakProcess.ADMIN_PASSWORD));
    this.bearer = "Bearer " + Keycloak.json(token).path("access_token").asText();
  }

  /** What the admin console's "Create realm" does with an uploaded file. */
  HttpResponse<String> importRealm(JsonNode realm) {
    return send(
        request("/admin/realms")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(realm.toString())));
  }

  /** Clients → the client → Credentials → Regenerate; returns the new secret. */
  String regenerateSecret(String realm, String clientId) {
    String id =
        Keycloak.json(send(request("/admin/realms/" + realm + "/clients?clientId=" + clientId)))
            .path(0)
            .path("id")
            .asText();
    HttpResponse<String> secret =
        send(
            request("/admin/realms/" + realm + "/clients/" + id + "/client-secret")
                .POST(HttpRequest.BodyPublishers.noBody()));
    return Keycloak.json(secret).path("value").asText();
  }

  HttpResponse<String> deleteRealm(String realm) {
    return send(request("/admin/realms/" + realm).DELETE());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(baseUri.resolve(path))
        .timeout(TIMEOUT)
        .header("Authorization", bearer);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    return Keycloak.send(http, request.build());
  }
}
