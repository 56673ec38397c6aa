package dev.custos.installer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on 127.0.0.1 that speaks the few calls of the Custos REST API that the
 * installer uses, as the contract describes them, and records every request it gets.
 */
public final class FakeCustosServer implements AutoCloseable {

  /** A request as the fake received it. */
  public record Recorded(
      String method, String path, String query, String authorization, String body) {

    /** {@code METHOD /path} */
    public String line() {
      return method + " " + path;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final String password;
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final Set<String> accountIds = new HashSet<>();
  private final Set<String> responseIds = new HashSet<>();
  private final Map<String, String[]> rejections = new HashMap<>();
  private long accountsHeldBefore;
  private int tokensIssued;
  private String validToken;
  private int failNextBulkWith;

  public FakeCustosServer(String adminPassword) {
    this.password = adminPassword;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  public List<Recorded> requests() {
    return List.copyOf(requests);
  }

  /** The server already holds this many accounts from earlier. */
  public synchronized void holdAccounts(long count) {
    accountsHeldBefore = count;
  }

  /** Rejects the response with this external id, blaming {@code field}. */
  public synchronized void rejectResponse(String externalId, String field, String message) {
    rejections.put(externalId, new String[] {field, message});
  }

  /** The current token stops working, as after 15 minutes. */
  public synchronized void expireToken() {
    validToken = null;
  }

  /** The next bulk request fails with this status and an HTML page. */
  public synchronized void failNextBulkWith(int status) {
    failNextBulkWith = status;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    requests.add(
        new Recorded(method, path, exchange.getRequestURI().getQuery(), authorization, body));
    try (exchange) {
      String route = method + " " + path;
      if (route.equals("POST /api/v1/auth/token")) {
        token(exchange, body);
      } else if (method.equals("POST")
          && !"application/json".equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
        // As the real server does: a JSON body must say so.
        problem(exchange, 415, "Unsupported media type", "Send the body as JSON.");
      } else if (validToken == null || !("Bearer " + validToken).equals(authorization)) {
        problem(exchange, 401, "Unauthorized", "The token is missing, invalid or expired.");
      } else {
        switch (route) {
          case "GET /api/v1/accounts" -> accounts(exchange);
          case "POST /api/v1/accounts" -> createAccount(exchange, body);
          case "POST /api/v1/responses/bulk" -> bulk(exchange, body);
          default -> problem(exchange, 404, "Not Found", "No such resource: " + path);
        }
      }
    }
  }

  private void token(HttpExchange exchange, String form) throws IOException {
    Map<String, String> fields = new HashMap<>();
    for (String pair : form.split("&")) {
      String[] parts = pair.split("=", 2);
      fields.put(
          URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
          parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
    }
    if (!"password".equals(fields.get("grant_type"))
        || !"admin".equals(fields.get("username"))
        || !password.equals(fields.get("password"))) {
      problem(exchange, 401, "Unauthorized", "Invalid user name or password.");
      return;
    }
    validToken = "token-" + ++tokensIssued;
    ObjectNode answer = JSON.createObjectNode();
    answer.put("access_token", validToken).put("token_type", "Bearer").put("expires_in", 900);
    send(exchange, 200, "application/json", answer.toString());
  }

  private void accounts(HttpExchange exchange) throws IOException {
    ObjectNode page = JSON.createObjectNode();
    page.putArray("items");
    page.put("total", accountsHeldBefore + accountIds.size()).put("limit", 1).put("offset", 0);
    send(exchange, 200, "application/json", page.toString());
  }

  private void createAccount(HttpExchange exchange, String body) throws IOException {
    String externalId = JSON.readTree(body).path("externalId").asText();
    if (!accountIds.add(externalId)) {
      problem(exchange, 409, "Conflict", "Account " + externalId + " exists.");
      return;
    }
    send(exchange, 201, "application/json", body);
  }

  private void bulk(HttpExchange exchange, String body) throws IOException {
    if (failNextBulkWith != 0) {
      int status = failNextBulkWith;
      failNextBulkWith = 0;
      send(exchange, status, "text/html", "<html><body>Internal error</body></html>");
      return;
    }
    JsonNode responses = JSON.readTree(body).path("responses");
    int accepted = 0;
    int duplicates = 0;
    ArrayNode errors = JSON.createArrayNode();
    for (int i = 0; i < responses.size(); i++) {
      String externalId = responses.get(i).path("externalId").asText();
      String[] rejection = rejections.get(externalId);
      if (rejection != null) {
        ObjectNode item = errors.addObject().put("index", i);
        item.putArray("errors").addObject().put("field", rejection[0]).put("message", rejection[1]);
      } else if (responseIds.add(externalId)) {
        accepted++;
      } else {
        duplicates++;
      }
    }
    ObjectNode answer = JSON.createObjectNode();
    answer.put("accepted", accepted).put("duplicates", duplicates).put("rejected", errors.size());
    answer.set("errors", errors);
    send(exchange, 200, "application/json", answer.toString());
  }

  private static void problem(HttpExchange exchange, int status, String title, String detail)
      throws IOException {
    ObjectNode problem = JSON.createObjectNode();
    problem.put("type", "about:blank").put("title", title).put("status", status);
    problem.put("detail", detail);
    send(exchange, status, "application/problem+json", problem.toString());
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
