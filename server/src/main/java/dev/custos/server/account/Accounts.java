package dev.custos.server.account;

import dev.custos.server.account.store.AccountEntity;
import dev.custos.server.account.store.AccountStore;
import dev.custos.server.audit.AuditEvent;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.platform.Page;
import dev.custos.server.problem.ProblemException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/** Creating, reading and updating accounts, within the caller's account scope. */
@Dependent
@Transactional
public class Accounts {

  private final AccountStore store;
  private final AuditTrail audit;
  private final Clock clock;

  @Inject
  public Accounts(AccountStore store, AuditTrail audit, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  public AccountView create(AccountInput input) {
    if (store.findByExternalId(input.externalId()).isPresent()) {
      throw ProblemException.conflict("account-exists");
    }
    AccountEntity account =
        new AccountEntity(UUID.randomUUID(), input.externalId(), clock.instant());
    describe(account, input);
    store.add(account);
    audit.record(AuditEvent.success("account.create", "account", account.id().toString()));
    return AccountView.of(account);
  }

  /** Reads one account; an account outside the scope is reported exactly like a missing one. */
  public AccountView get(UUID id, Optional<Set<String>> scope) {
    return AccountView.of(visible(id, scope));
  }

  /**
   * Updates the descriptive fields. With {@code expectedVersion} (from {@code If-Match}) the update
   * fails if someone else changed the account in between.
   */
  public AccountView update(UUID id, AccountInput input, OptionalLong expectedVersion) {
    AccountEntity account = visible(id, Optional.empty());
    if (expectedVersion.isPresent() && expectedVersion.getAsLong() != account.version()) {
      throw new ProblemException(412, "version-mismatch", java.util.List.of());
    }
    if (input.externalId() != null && !input.externalId().equals(account.externalId())) {
      throw ProblemException.badRequest("external-id-immutable");
    }
    describe(account, input);
    try {
      store.flush();
    } catch (OptimisticLockException e) {
      throw new ProblemException(412, "version-mismatch", java.util.List.of());
    }
    audit.record(AuditEvent.success("account.update", "account", account.id().toString()));
    return AccountView.of(account);
  }

  public Page<AccountView> list(Optional<Set<String>> scope, int offset, int limit) {
    return new Page<>(
        store.list(scope, offset, limit).stream().map(AccountView::of).toList(),
        store.count(scope),
        limit,
        offset);
  }

  private AccountEntity visible(UUID id, Optional<Set<String>> scope) {
    return store
        .find(id)
        .filter(a -> scope.map(s -> s.contains(a.externalId())).orElse(true))
        .orElseThrow(() -> ProblemException.notFound("account-not-found"));
  }

  private void describe(AccountEntity account, AccountInput input) {
    account.describe(
        AccountInput.clean(input.name()),
        AccountInput.clean(input.tier()),
        AccountInput.clean(input.region()),
        AccountInput.clean(input.industry()),
        clock.instant());
  }
}
