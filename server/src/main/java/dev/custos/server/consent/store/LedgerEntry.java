package dev.custos.server.consent.store;

import dev.custos.policies.consent.ConsentEvent;
import dev.custos.policies.consent.ProcessingLimit;
import java.time.Instant;
import java.util.UUID;

/** A ledger row as the privacy core sees it: a consent event or a processing limit. */
public sealed interface LedgerEntry {

  UUID id();

  long sequence();

  Instant at();

  /** A consent event. */
  record Consent(ConsentEvent event) implements LedgerEntry {
    @Override
    public UUID id() {
      return event.id();
    }

    @Override
    public long sequence() {
      return event.sequence();
    }

    @Override
    public Instant at() {
      return event.at();
    }
  }

  /** A restriction, its lifting, or an objection. */
  record Limit(ProcessingLimit limit) implements LedgerEntry {
    @Override
    public UUID id() {
      return limit.id();
    }

    @Override
    public long sequence() {
      return limit.sequence();
    }

    @Override
    public Instant at() {
      return limit.at();
    }
  }
}
