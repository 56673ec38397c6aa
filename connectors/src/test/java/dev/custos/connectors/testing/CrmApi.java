package dev.custos.connectors.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A CRM's paged contacts API on a real HTTP server on 127.0.0.1: {@code GET /api/contacts?limit=&
 * cursor=} answers {@code {"data": [...], "meta": {"next_cursor": ...}}}, checks a bearer token,
 * and can be told to fail a given request, hold a page, or be stopped and started again on its
 * port.
 */
public final class CrmApi implements AutoCloseable {

  public static final String TOKEN = "test-token-7f3a";

  private final int items;
  private final int badItemAt;
  private final Map<Integer, Failure> failures = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger served = new AtomicInteger();
  private volatile int holdAt = -1;
  private final CountDownLatch held = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private volatile int refuseFrom = Integer.MAX_VALUE;
  private volatile int failingFrom = Integer.MAX_VALUE;
  private HttpServer server;
  private boolean running;
  private int port;

  /** What a request asked for and when. */
  public record Request(int number, Instant at, String cursor, boolean authorised) {}

  private record Failure(int status, String retryAfter) {}

  /**
   * @param items contacts c1..cN
   * @param badItemAt the index after which one contact without a name is served (-1 for none)
   */
  public CrmApi(int items, int badItemAt) throws IOException {
    this.items = items;
    this.badItemAt = badItemAt;
    this.port = 0;
    start();
  }

  public synchronized void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
    port = server.getAddress().getPort();
    server.createContext("/api/contacts", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
    running = true;
  }

  /** Stops at once, closing open connections, as a crashed server would. */
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** The {@code number}th request (from 1) is answered with {@code status}. */
  public void failRequest(int number, int status, String retryAfter) {
    failures.put(number, new Failure(status, retryAfter));
  }

  /** Requests for items from {@code index} on are answered 403. */
  public void refuseFrom(int index) {
    refuseFrom = index;
  }

  /** Requests for items from {@code index} on are answered 500, until this is called again. */
  public void failFrom(int index) {
    failingFrom = index;
  }

  /** The request for items from {@code index} waits until {@link #release()}. */
  public void holdAt(int index) {
    holdAt = index;
  }

  public boolean awaitHeld(Duration timeout) throws InterruptedException {
    return held.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  public void release() {
    release.countDown();
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      int number = served.incrementAndGet();
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      boolean authorised =
          ("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"));
      requests.add(new Request(number, Instant.now(), query.get("cursor"), authorised));
      int from = query.containsKey("cursor") ? Integer.parseInt(query.get("cursor")) : 0;
      int limit = Integer.parseInt(query.getOrDefault("limit", "50"));
      Failure failure = failures.remove(number);
      if (!authorised) {
        send(exchange, 401, "{\"error\": \"unauthorised\"}");
      } else if (failure != null) {
        if (failure.retryAfter() != null) {
          exchange.getResponseHeaders().add("Retry-After", failure.retryAfter());
        }
        send(exchange, failure.status(), "{\"error\": \"try later\"}");
      } else if (from >= failingFrom) {
        send(exchange, 500, "{\"error\": \"internal error\"}");
      } else if (from >= refuseFrom) {
        send(exchange, 403, "{\"error\": \"forbidden\"}");
      } else {
        if (from == holdAt) {
          held.countDown();
          release.await(60, TimeUnit.SECONDS);
        }
        send(exchange, 200, page(from, limit));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String page(int from, int limit) {
    int to = Math.min(items, from + limit);
    StringBuilder json = new StringBuilder("{\"data\": [");
    for (int i = from; i < to; i++) {
      if (i > from) {
        json.append(',');
      }
      json.append(contact(i + 1));
      if (i == badItemAt) {
        json.append(",{\"id\": \"bad-1\", \"updated_at\": \"2026-02-01T10:00:00Z\"}");
      }
    }
    json.append("], \"meta\": {\"next_cursor\": ");
    json.append(to < items ? "\"" + to + "\"" : "null").append("}}");
    return json.toString();
  }

  private static String contact(int n) {
    return """
        {"id": "c%d", "name": "Contact %d", "contact": {"email": "c%d@example.com"},\
         "updated_at": "2026-02-01T10:00:00Z"}"""
        .formatted(n, n, n);
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new HashMap<>();
    if (raw == null) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      query.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return query;
  }

  @Override
  public void close() {
    release();
    stop();
  }
}
