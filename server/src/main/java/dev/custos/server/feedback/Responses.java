package dev.custos.server.feedback;

import dev.custos.server.account.store.AccountEntity;
import dev.custos.server.account.store.AccountStore;
import dev.custos.server.feedback.store.ResponseEntity;
import dev.custos.server.feedback.store.ResponseStore;
import dev.custos.server.problem.ProblemException;
import dev.custos.server.problem.Violations;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Takes survey responses in: validates each one on its own, stores the valid ones of a submission
 * in one transaction and reports the others by index, so one bad item never loses the rest.
 */
@Dependent
public class Responses {

  private final ResponseStore responses;
  private final AccountStore accounts;
  private final Clock clock;
  private final Counter acceptedCounter;
  private final Counter rejectedCounter;

  @Inject
  public Responses(
      ResponseStore responses, AccountStore accounts, Clock clock, MetricRegistry metrics) {
    this.responses = responses;
    this.accounts = accounts;
    this.clock = clock;
    this.acceptedCounter = metrics.counter("custos.responses.accepted");
    this.rejectedCounter = metrics.counter("custos.responses.rejected");
  }

  /** Stores the valid items of a bulk submission and reports the others. */
  @Transactional
  public BulkResult submitAll(List<JsonValue> items, Locale locale) {
    Outcome outcome = store(items, locale);
    return new BulkResult(
        outcome.stored().size(), outcome.duplicates(), outcome.errors().size(), outcome.errors());
  }

  /** Stores one response, or throws a problem saying why it cannot be stored. */
  @Transactional
  public ResponseView submit(JsonValue item, Locale locale) {
    Outcome outcome = store(List.of(item), locale);
    if (!outcome.errors().isEmpty()) {
      throw ProblemException.invalid(outcome.errors().getFirst().errors());
    }
    if (outcome.duplicates() > 0) {
      throw ProblemException.conflict("response-exists");
    }
    return get(outcome.stored().getFirst().id(), Optional.empty());
  }

  private record Outcome(
      List<ResponseEntity> stored, int duplicates, List<BulkResult.ItemErrors> errors) {}

  private Outcome store(List<JsonValue> items, Locale locale) {
    Instant now = clock.instant();
    List<ResponseInput> valid = new ArrayList<>();
    List<Integer> validIndex = new ArrayList<>();
    List<BulkResult.ItemErrors> errors = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Violations violations = new Violations(locale);
      Optional<ResponseInput> input = ResponseInput.read(items.get(i), violations, clock);
      if (input.isPresent()) {
        valid.add(input.get());
        validIndex.add(i);
      } else {
        errors.add(new BulkResult.ItemErrors(i, violations.list()));
      }
    }

    Map<String, UUID> accountIds =
        accounts.idsByExternalId(valid.stream().map(ResponseInput::account).distinct().toList());
    Set<String> seen =
        new HashSet<>(
            responses.existingExternalIds(
                valid.stream().map(ResponseInput::externalId).filter(id -> id != null).toList()));
    List<ResponseEntity> toStore = new ArrayList<>();
    int duplicates = 0;
    for (int k = 0; k < valid.size(); k++) {
      ResponseInput input = valid.get(k);
      UUID accountId = accountIds.get(input.account());
      if (accountId == null) {
        errors.add(
            new BulkResult.ItemErrors(
                validIndex.get(k),
                new Violations(locale).add("account", "unknown-account").list()));
      } else if (input.externalId() != null && !seen.add(input.externalId())) {
        duplicates++;
      } else {
        toStore.add(entity(input, accountId, now));
      }
    }
    responses.addAll(toStore);
    errors.sort((a, b) -> Integer.compare(a.index(), b.index()));
    acceptedCounter.inc(toStore.size());
    rejectedCounter.inc(errors.size());
    return new Outcome(toStore, duplicates, errors);
  }

  @Transactional
  public ResponseView get(UUID id, Optional<Set<String>> scope) {
    ResponseEntity response =
        responses.find(id).orElseThrow(() -> ProblemException.notFound("response-not-found"));
    AccountEntity account =
        accounts
            .find(response.accountId())
            .filter(a -> scope.map(s -> s.contains(a.externalId())).orElse(true))
            .orElseThrow(() -> ProblemException.notFound("response-not-found"));
    return view(response, account.externalId());
  }

  private static ResponseEntity entity(ResponseInput input, UUID accountId, Instant now) {
    return new ResponseEntity(
        UUID.randomUUID(),
        input.externalId(),
        accountId,
        input.touchpoint(),
        input.channel().apiName(),
        input.product(),
        input.nps(),
        input.csat(),
        input.ces(),
        input.respondedAt(),
        now);
  }

  static ResponseView view(ResponseEntity e, String accountExternalId) {
    return new ResponseView(
        e.id(),
        e.externalId(),
        accountExternalId,
        e.touchpoint(),
        e.channel(),
        e.product(),
        e.nps(),
        e.csat(),
        e.ces(),
        e.respondedAt(),
        e.receivedAt());
  }
}
