package dev.custos.server.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

/** A small HTTP client for black-box tests against {@link CustosServer}. */
public final class Api {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final URI base;

  public Api(URI base) {
    this.base = base;
  }

  public static Api of(CustosServer.Running server) {
    return new Api(server.base());
  }

  /** An HTTP answer with helpers to read its JSON. */
  public record Reply(int status, HttpResponse<String> response) {
    public String body() {
      return response.body();
    }

    public JsonObject json() {
      return Json.createReader(new StringReader(response.body())).readObject();
    }

    public JsonArray array(String name) {
      return json().getJsonArray(name);
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + response.body();
    }
  }

  public Reply get(String path, String token) {
    return send(request(path, token).GET());
  }

  public Reply get(String path, String token, String acceptLanguage) {
    return send(request(path, token).header("Accept-Language", acceptLanguage).GET());
  }

  public Reply post(String path, String token, JsonValue json) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.toString())));
  }

  public Reply postRaw(String path, String token, String contentType, String body, String lang) {
    HttpRequest.Builder request = request(path, token).header("Content-Type", contentType);
    if (lang != null) {
      request.header("Accept-Language", lang);
    }
    return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Reply put(String path, String token, JsonValue json, String ifMatch) {
    HttpRequest.Builder request =
        request(path, token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json.toString()));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request);
  }

  /** A request with extra headers and no body, for protocol-level checks. */
  public Reply sendWithHeaders(String method, String path, java.util.Map<String, String> headers) {
    HttpRequest.Builder request = request(path, null);
    headers.forEach(request::header);
    return send(request.method(method, HttpRequest.BodyPublishers.noBody()));
  }

  public Reply send(String method, String path, String token) {
    return send(request(path, token).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  /** Signs in with the password grant; returns the reply (token in {@code access_token}). */
  public Reply signIn(String username, String password) {
    LogCanary.secret(password);
    String form =
        "grant_type=password&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return postRaw("/api/v1/auth/token", null, "application/x-www-form-urlencoded", form, null);
  }

  public String token(String username, String password) {
    Reply reply = signIn(username, password);
    if (reply.status() != 200) {
      throw new IllegalStateException("Sign-in of " + username + " failed: " + reply);
    }
    String token = reply.json().getString("access_token");
    LogCanary.token(token);
    return token;
  }

  /** A token for the first administrator, whose password the server wrote at first start. */
  public String adminToken(CustosServer.Running server) {
    try {
      String password =
          Files.readString(server.dataDir().resolve("initial-admin-password.txt")).strip();
      return token("admin", password);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates a standalone user with the given roles and accounts and returns its token. */
  public String userToken(String adminToken, String role, String... accounts) {
    String username = "u" + UUID.randomUUID().toString().substring(0, 12);
    String password = "pw-" + UUID.randomUUID();
    var roles = Json.createArrayBuilder().add(role);
    var scope = Json.createArrayBuilder();
    for (String account : accounts) {
      scope.add(account);
    }
    Reply created =
        post(
            "/api/v1/users",
            adminToken,
            Json.createObjectBuilder()
                .add("username", username)
                .add("initialPassword", password)
                .add("roles", roles)
                .add("accounts", scope)
                .build());
    if (created.status() != 201) {
      throw new IllegalStateException("Cannot create a test user: " + created);
    }
    return token(username, password);
  }

  /** Posts JSON and reads the answer as bytes: for downloads such as export archives. */
  public HttpResponse<byte[]> postForBytes(String path, String token, JsonValue json) {
    try {
      return HTTP.send(
          request(path, token)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json.toString()))
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  private static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
