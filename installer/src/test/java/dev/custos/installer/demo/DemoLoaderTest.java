package dev.custos.installer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.installer.api.Credentials;
import dev.custos.installer.api.CustosApiClient;
import dev.custos.installer.api.FakeCustosServer;
import dev.custos.installer.api.FakeCustosServer.Recorded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoLoaderTest {

  private static final Credentials ADMIN = new Credentials("admin", "initial-password");
  private static final DemoData DATA =
      new DemoDataGenerator(new DemoSettings(7, 5, 4_500))
          .generate(Instant.parse("2026-01-01T00:00:00Z"));

  private final FakeCustosServer server = new FakeCustosServer(ADMIN.password());
  private final List<String> heard = new ArrayList<>();
  private final DemoLoader loader =
      new DemoLoader(CustosApiClient.forServer(server.uri()), new RecordingListener());

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void logsInChecksForAccountsThenPostsAccountsAndResponsesInBatchesOfTwoThousand() {
    LoadOutcome outcome = loader.load(ADMIN, DATA);

    assertThat(outcome).isEqualTo(new LoadOutcome.Loaded(5, 0, 4_500, 0, 0));
    List<Recorded> requests = server.requests();
    assertThat(requests)
        .extracting(Recorded::line)
        .containsExactly(
            "POST /api/v1/auth/token",
            "GET /api/v1/accounts",
            "POST /api/v1/accounts",
            "POST /api/v1/accounts",
            "POST /api/v1/accounts",
            "POST /api/v1/accounts",
            "POST /api/v1/accounts",
            "POST /api/v1/responses/bulk",
            "POST /api/v1/responses/bulk",
            "POST /api/v1/responses/bulk");
    assertThat(requests.subList(1, requests.size()))
        .extracting(Recorded::authorization)
        .containsOnly("Bearer token-1");
    assertThat(requests.get(2).body())
        .contains("\"externalId\":\"ACC-0001\"", "\"tier\":", "\"region\":", "\"industry\":");
    assertThat(requests.get(7).body()).contains("\"externalId\":\"demo-000001\"");
    assertThat(requests.get(9).body()).contains("\"externalId\":\"demo-004500\"");
    assertThat(heard)
        .containsExactly(
            "loading 4500 in 3", "batch 1/3: 2000", "batch 2/3: 4000", "batch 3/3: 4500");
  }

  @Test
  void skipsLoadingWhenTheServerAlreadyHoldsAccounts() {
    server.holdAccounts(36);

    LoadOutcome outcome = loader.load(ADMIN, DATA);

    assertThat(outcome).isEqualTo(new LoadOutcome.AlreadyLoaded(36));
    assertThat(server.requests())
        .extracting(Recorded::line)
        .containsExactly("POST /api/v1/auth/token", "GET /api/v1/accounts");
  }

  @Test
  void reportsRejectedResponsesAndCarriesOn() {
    server.rejectResponse("demo-002002", "nps", "must be between 0 and 10");

    LoadOutcome outcome = loader.load(ADMIN, DATA);

    assertThat(outcome).isEqualTo(new LoadOutcome.Loaded(5, 0, 4_499, 0, 1));
    assertThat(heard)
        .contains("batch 2: 1 rejected, first demo-002002 nps: must be between 0 and 10")
        .contains("batch 3/3: 4500");
  }

  private final class RecordingListener implements LoadListener {

    @Override
    public void loadingResponses(int total, int batches) {
      heard.add("loading " + total + " in " + batches);
    }

    @Override
    public void batchSent(int batch, int batches, int sent) {
      heard.add("batch " + batch + "/" + batches + ": " + sent);
    }

    @Override
    public void responsesRejected(int batch, int count, Optional<RejectedResponse> first) {
      heard.add(
          "batch "
              + batch
              + ": "
              + count
              + " rejected, first "
              + first.map(r -> r.externalId() + " " + r.field() + ": " + r.message()).orElse("?"));
    }
  }
}
