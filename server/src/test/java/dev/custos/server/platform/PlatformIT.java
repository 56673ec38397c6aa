package dev.custos.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.server.testing.Api;
import dev.custos.server.testing.CustosServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What operations teams and API users find on a running server. */
@ExtendWith(CustosServer.class)
class PlatformIT {

  private final Api api = Api.of(CustosServer.get());

  @Test
  void readinessReportsTheDatabase() {
    Api.Reply ready = api.get("/health/ready", null);

    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.body()).contains("\"database\"").contains("\"UP\"").contains("H2");
  }

  @Test
  void openApiDescribesTheApiAndSwaggerUiServesIt() {
    Api.Reply openapi = api.get("/openapi", null);

    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body())
        .contains("/api/v1/metrics/nps")
        .contains("/api/v1/responses/bulk")
        .contains("bearer");
    Api.Reply ui = api.get("/swagger-ui/", null);
    assertThat(ui.status()).isEqualTo(200);
    assertThat(ui.body()).contains("swagger-ui-bundle.js");
    String bundle =
        ui.body().replaceAll("(?s).*src=\"\\.\\./(webjars/[^\"]+bundle\\.js)\".*", "$1");
    assertThat(api.get("/" + bundle, null).status()).isEqualTo(200);
  }

  @Test
  void metricsArePublishedForPrometheus() {
    String admin = api.adminToken(CustosServer.get());
    api.post(
        "/api/v1/responses/bulk",
        admin,
        jakarta.json.Json.createObjectBuilder()
            .add(
                "responses",
                jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()))
            .build());

    Api.Reply metrics = api.get("/metrics", null);

    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("# TYPE custos_responses_rejected_total counter");
  }

  @Test
  void unknownAddressesAnswerWithProblemDetails() {
    Api.Reply api404 = api.get("/api/v1/no-such-thing", api.adminToken(CustosServer.get()));
    Api.Reply static404 = api.get("/no-such-page", null);

    for (Api.Reply reply : new Api.Reply[] {api404, static404}) {
      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
      assertThat(reply.json().getString("title")).isEqualTo("Not found");
    }
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    Api.Reply page = api.get("/swagger-ui/", null);
    Api.Reply apiAnswer = api.get("/api/v1/accounts", api.adminToken(CustosServer.get()));
    Api.Reply refused = api.get("/api/v1/accounts", null);

    for (Api.Reply reply : new Api.Reply[] {page, apiAnswer, refused}) {
      assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
      assertThat(reply.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
      assertThat(reply.header("Strict-Transport-Security")).as("plain HTTP gets no HSTS").isNull();
    }
    assertThat(apiAnswer.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void oversizedRequestBodiesAreRefusedBeforeTheyAreRead() {
    String admin = api.adminToken(CustosServer.get());
    String body = "{\"responses\": [" + "{},".repeat(6_000_000) + "{}]}";

    Api.Reply reply = api.postRaw("/api/v1/responses/bulk", admin, "application/json", body, null);

    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.json().getString("title")).isEqualTo("Request too large");
  }

  @Test
  void everyFilterStarted() {
    // Payara skips a filter that fails to start and serves requests without it: a security
    // filter would fail open. This catches it for every filter, present and future.
    assertThat(CustosServer.get().log()).doesNotContain("Exception starting filter");
  }

  @Test
  void crossOriginCallsAreAllowedOnlyFromConfiguredOrigins() {
    var preflight =
        java.util.Map.of(
            "Origin", CustosServer.CONSOLE_ORIGIN,
            "Access-Control-Request-Method", "GET",
            "Access-Control-Request-Headers", "Authorization");
    var foreign = new java.util.HashMap<>(preflight);
    foreign.put("Origin", "https://evil.example");

    Api.Reply allowed = api.sendWithHeaders("OPTIONS", "/api/v1/accounts", preflight);
    Api.Reply refused = api.sendWithHeaders("OPTIONS", "/api/v1/accounts", foreign);
    Api.Reply simple =
        api.sendWithHeaders(
            "GET", "/api/v1/accounts", java.util.Map.of("Origin", "https://evil.example"));

    assertThat(allowed.status()).isEqualTo(204);
    assertThat(allowed.header("Access-Control-Allow-Origin"))
        .isEqualTo(CustosServer.CONSOLE_ORIGIN);
    assertThat(allowed.header("Access-Control-Allow-Headers")).contains("Authorization");
    assertThat(allowed.header("Access-Control-Allow-Credentials")).isNull();
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
    assertThat(simple.header("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void theWelcomePageLinksTheDocumentationInBothLanguages() {
    Api.Reply home = api.get("/", null);

    assertThat(home.status()).isEqualTo(200);
    assertThat(home.body()).contains("swagger-ui/").contains("隐私优先");
  }
}
