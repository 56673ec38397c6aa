package dev.custos.installer.demo;

import dev.custos.installer.api.AccountCreation;
import dev.custos.installer.api.AccountRequest;
import dev.custos.installer.api.BulkResult;
import dev.custos.installer.api.Credentials;
import dev.custos.installer.api.CustosApiClient;
import dev.custos.installer.api.ResponseRequest;
import java.util.List;
import java.util.Optional;

/**
 * Sends demo data to a server through its REST API: logs in, leaves a server that already holds
 * accounts alone, otherwise creates the accounts and then submits the responses in batches.
 */
public final class DemoLoader {

  /** Responses per bulk request: well under the server's limit, small enough to report progress. */
  public static final int BATCH_SIZE = 2000;

  private final CustosApiClient client;
  private final LoadListener listener;

  public DemoLoader(CustosApiClient client, LoadListener listener) {
    this.client = client;
    this.listener = listener;
  }

  /**
   * Loads {@code data} unless the server already holds accounts.
   *
   * @throws dev.custos.installer.api.ApiException when a call fails (rejected responses do not
   *     count as failures: they are reported to the listener and counted in the outcome)
   */
  public LoadOutcome load(Credentials credentials, DemoData data) {
    client.login(credentials);
    long existing = client.countAccounts();
    if (existing > 0) {
      return new LoadOutcome.AlreadyLoaded(existing);
    }
    int created = 0;
    for (DemoAccount account : data.accounts()) {
      if (client.createAccount(toRequest(account)) == AccountCreation.CREATED) {
        created++;
      }
    }
    List<DemoResponse> responses = data.responses();
    int batches = (responses.size() + BATCH_SIZE - 1) / BATCH_SIZE;
    listener.loadingResponses(responses.size(), batches);
    int accepted = 0;
    int duplicates = 0;
    int rejected = 0;
    for (int batch = 0; batch < batches; batch++) {
      List<DemoResponse> slice =
          responses.subList(
              batch * BATCH_SIZE, Math.min(responses.size(), (batch + 1) * BATCH_SIZE));
      BulkResult result =
          client.submitResponses(slice.stream().map(DemoLoader::toRequest).toList());
      accepted += result.accepted();
      duplicates += result.duplicates();
      rejected += result.rejected();
      if (result.rejected() > 0) {
        listener.responsesRejected(batch + 1, result.rejected(), firstRejected(slice, result));
      }
      listener.batchSent(batch + 1, batches, batch * BATCH_SIZE + slice.size());
    }
    return new LoadOutcome.Loaded(
        created, data.accounts().size() - created, accepted, duplicates, rejected);
  }

  private static Optional<RejectedResponse> firstRejected(
      List<DemoResponse> slice, BulkResult result) {
    return result.errors().stream()
        .filter(item -> item.index() >= 0 && item.index() < slice.size())
        .findFirst()
        .map(
            item -> {
              String externalId = slice.get(item.index()).externalId();
              return item.errors().isEmpty()
                  ? new RejectedResponse(externalId, "", "rejected")
                  : new RejectedResponse(
                      externalId,
                      item.errors().getFirst().field(),
                      item.errors().getFirst().message());
            });
  }

  private static AccountRequest toRequest(DemoAccount account) {
    return new AccountRequest(
        account.externalId(), account.name(), account.tier(), account.region(), account.industry());
  }

  private static ResponseRequest toRequest(DemoResponse response) {
    return new ResponseRequest(
        response.externalId(),
        response.accountExternalId(),
        response.touchpoint(),
        response.channel(),
        response.product(),
        response.nps(),
        response.csat().isPresent() ? response.csat().getAsInt() : null,
        response.ces().isPresent() ? response.ces().getAsInt() : null,
        response.respondedAt().toString());
  }
}
