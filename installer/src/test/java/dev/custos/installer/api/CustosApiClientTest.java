package dev.custos.installer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CustosApiClientTest {

  private static final Credentials ADMIN = new Credentials("admin", "s3cret&=+ pass");

  private final FakeCustosServer server = new FakeCustosServer(ADMIN.password());
  private final CustosApiClient client = CustosApiClient.forServer(server.uri());

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void logsInWithThePasswordGrantAndSendsTheBearerToken() {
    client.login(ADMIN);

    assertThat(client.countAccounts()).isZero();

    List<FakeCustosServer.Recorded> requests = server.requests();
    assertThat(requests.getFirst().line()).isEqualTo("POST /api/v1/auth/token");
    assertThat(requests.getFirst().body())
        .startsWith("grant_type=password&username=admin&password=");
    assertThat(requests.get(1).line()).isEqualTo("GET /api/v1/accounts");
    assertThat(requests.get(1).query()).isEqualTo("limit=1");
    assertThat(requests.get(1).authorization()).isEqualTo("Bearer token-1");
  }

  @Test
  void logsInAgainWhenTheTokenHasExpired() {
    client.login(ADMIN);
    server.expireToken();

    assertThat(client.countAccounts()).isZero();

    assertThat(server.requests())
        .extracting(FakeCustosServer.Recorded::line)
        .containsExactly(
            "POST /api/v1/auth/token",
            "GET /api/v1/accounts",
            "POST /api/v1/auth/token",
            "GET /api/v1/accounts");
    assertThat(server.requests().getLast().authorization()).isEqualTo("Bearer token-2");
  }

  @Test
  void anAccountThatAlreadyExistsIsReportedNotFailed() {
    client.login(ADMIN);
    AccountRequest account =
        new AccountRequest("ACME-0001", "Acme", "enterprise", "Europe", "Retail");

    assertThat(client.createAccount(account)).isEqualTo(AccountCreation.CREATED);
    assertThat(client.createAccount(account)).isEqualTo(AccountCreation.ALREADY_EXISTS);
  }

  @Test
  void aProblemAnswerBecomesTitleAndDetail() {
    assertThatThrownBy(() -> client.login(new Credentials("admin", "wrong")))
        .isInstanceOf(ApiException.class)
        .hasMessage("Unauthorized: Invalid user name or password.")
        .extracting(e -> ((ApiException) e).status())
        .isEqualTo(401);
  }

  @Test
  void anErrorPageThatIsNotJsonNamesTheFailedCall() {
    client.login(ADMIN);
    server.failNextBulkWith(500);

    assertThatThrownBy(() -> client.submitResponses(List.of(response("demo-000001", null))))
        .isInstanceOf(ApiException.class)
        .hasMessage("POST /api/v1/responses/bulk answered HTTP 500");
  }

  @Test
  void absentScoresAreLeftOutOfTheJson() {
    client.login(ADMIN);

    BulkResult result = client.submitResponses(List.of(response("demo-000001", null)));

    assertThat(result).isEqualTo(new BulkResult(1, 0, 0, List.of()));
    assertThat(server.requests().getLast().body())
        .contains("\"nps\":9", "\"respondedAt\":\"2025-06-01T10:15:30Z\"")
        .doesNotContain("csat", "ces");
  }

  @Test
  void rejectionsComeBackWithTheirFieldErrors() {
    client.login(ADMIN);
    server.rejectResponse("demo-000002", "nps", "must be between 0 and 10");

    BulkResult result =
        client.submitResponses(
            List.of(
                response("demo-000001", 4),
                response("demo-000002", 4),
                response("demo-000001", 4)));

    assertThat(result.accepted()).isEqualTo(1);
    assertThat(result.duplicates()).isEqualTo(1);
    assertThat(result.rejected()).isEqualTo(1);
    assertThat(result.errors())
        .containsExactly(
            new BulkResult.ItemErrors(
                1, List.of(new BulkResult.FieldError("nps", "must be between 0 and 10"))));
  }

  @Test
  void refusesMoreResponsesThanTheServerTakesInOneRequest() {
    client.login(ADMIN);
    List<ResponseRequest> tooMany =
        Collections.nCopies(CustosApiClient.MAX_BULK_SIZE + 1, response("demo-000001", null));

    assertThatThrownBy(() -> client.submitResponses(tooMany))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void anUnreachableServerIsNamed() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    CustosApiClient offline =
        CustosApiClient.forServer(URI.create("http://127.0.0.1:" + closedPort + "/"));

    assertThatThrownBy(() -> offline.login(ADMIN))
        .isInstanceOf(ApiException.class)
        .hasMessageStartingWith("Cannot reach the Custos server at http://127.0.0.1:" + closedPort);
  }

  @Test
  void credentialsDoNotShowThePassword() {
    assertThat(ADMIN.toString()).contains("admin").doesNotContain(ADMIN.password());
  }

  private static ResponseRequest response(String externalId, Integer csat) {
    return new ResponseRequest(
        externalId,
        "ACME-0001",
        "delivery",
        "email",
        "Freight Tracker",
        9,
        csat,
        null,
        "2025-06-01T10:15:30Z");
  }
}
