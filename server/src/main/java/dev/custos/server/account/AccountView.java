package dev.custos.server.account;

import dev.custos.server.account.store.AccountEntity;
import java.time.Instant;
import java.util.UUID;

/** An account as the API shows it. */
public record AccountView(
    UUID id,
    String externalId,
    String name,
    String tier,
    String region,
    String industry,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  static AccountView of(AccountEntity e) {
    return new AccountView(
        e.id(),
        e.externalId(),
        e.name(),
        e.tier(),
        e.region(),
        e.industry(),
        e.createdAt(),
        e.updatedAt(),
        e.version());
  }
}
