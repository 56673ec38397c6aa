package dev.custos.installer.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Calls the server's REST API as one user. After {@link #login(Credentials)} every call carries the
 * bearer token; tokens last 15 minutes, so a call answered with 401 logs in again once and is
 * repeated. Not safe for concurrent use.
 */
public final class CustosApiClient {

  /** The largest batch {@link #submitResponses(List)} accepts. */
  public static final int MAX_BULK_SIZE = 5000;

  private static final String JSON = "application/json";
  private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

  private final URI baseUri;
  private final HttpClient http;
  private final ObjectMapper json =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private Credentials credentials;
  private String accessToken;

  /**
   * @param baseUri the server's root, such as {@code http://127.0.0.1:8080/}
   * @param http the client to send with
   */
  public CustosApiClient(URI baseUri, HttpClient http) {
    this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
    this.http = Objects.requireNonNull(http, "http");
  }

  /** A client with a plain {@link HttpClient}. */
  public static CustosApiClient forServer(URI baseUri) {
    return new CustosApiClient(
        baseUri,
        HttpClient.newBuilder()
            // Plain HTTP/1.1: the h2c upgrade the client tries by default can stall on Grizzly.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build());
  }

  /** Gets a token with the password grant; later calls use it and re-login with these. */
  public void login(Credentials credentials) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.accessToken = requestToken(credentials);
  }

  /** How many accounts the server holds. */
  public long countAccounts() {
    HttpResponse<String> response = sendAuthorized(() -> request("/api/v1/accounts?limit=1").GET());
    expect(response, 200);
    return read(response, AccountPage.class).total();
  }

  /** Creates the account; an existing one with the same external id is not an error. */
  public AccountCreation createAccount(AccountRequest account) {
    HttpResponse<String> response =
        sendAuthorized(
            () -> request("/api/v1/accounts").header("Content-Type", JSON).POST(jsonBody(account)));
    if (response.statusCode() == 409) {
      return AccountCreation.ALREADY_EXISTS;
    }
    expect(response, 201);
    return AccountCreation.CREATED;
  }

  /** Submits up to {@value #MAX_BULK_SIZE} responses in one request. */
  public BulkResult submitResponses(List<ResponseRequest> responses) {
    if (responses.size() > MAX_BULK_SIZE) {
      throw new IllegalArgumentException(
          "at most " + MAX_BULK_SIZE + " responses per request, got " + responses.size());
    }
    BulkRequest body = new BulkRequest(responses);
    HttpResponse<String> response =
        sendAuthorized(
            () ->
                request("/api/v1/responses/bulk")
                    .header("Content-Type", JSON)
                    .POST(jsonBody(body)));
    expect(response, 200);
    return read(response, BulkResult.class);
  }

  private String requestToken(Credentials credentials) {
    String form =
        "grant_type=password&username="
            + URLEncoder.encode(credentials.username(), StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(credentials.password(), StandardCharsets.UTF_8);
    HttpResponse<String> response =
        send(
            request("/api/v1/auth/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    expect(response, 200);
    return read(response, TokenResponse.class).accessToken();
  }

  private HttpResponse<String> sendAuthorized(Supplier<HttpRequest.Builder> request) {
    if (accessToken == null) {
      throw new IllegalStateException("log in first");
    }
    HttpResponse<String> response = send(withToken(request.get()));
    if (response.statusCode() == 401) {
      accessToken = requestToken(credentials);
      response = send(withToken(request.get()));
    }
    return response;
  }

  private HttpRequest withToken(HttpRequest.Builder request) {
    return request.header("Authorization", "Bearer " + accessToken).build();
  }

  private HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(baseUri.resolve(pathAndQuery))
        .timeout(REQUEST_TIMEOUT)
        .header("Accept", JSON);
  }

  private HttpRequest.BodyPublisher jsonBody(Object body) {
    try {
      return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + body.getClass().getSimpleName(), e);
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ApiException(
          "Cannot reach the Custos server at " + baseUri + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException("Interrupted while calling " + request.uri().getPath(), e);
    }
  }

  private void expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new ApiException(describeFailure(response), response.statusCode());
    }
  }

  private String describeFailure(HttpResponse<String> response) {
    String what =
        response.request().method()
            + " "
            + response.request().uri().getPath()
            + " answered HTTP "
            + response.statusCode();
    try {
      Problem problem = json.readValue(response.body(), Problem.class);
      String description = problem.describe();
      return description == null ? what : description;
    } catch (JsonProcessingException e) {
      return what;
    }
  }

  private <T> T read(HttpResponse<String> response, Class<T> type) {
    try {
      return json.readValue(response.body(), type);
    } catch (JsonProcessingException e) {
      throw new ApiException(
          response.request().uri().getPath()
              + " answered JSON the installer does not understand: "
              + e.getOriginalMessage(),
          response.statusCode());
    }
  }
}
