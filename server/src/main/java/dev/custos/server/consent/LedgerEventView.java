package dev.custos.server.consent;

import dev.custos.policies.consent.ConsentContext;
import dev.custos.policies.consent.ConsentEvent;
import dev.custos.policies.consent.ProcessingLimit;
import dev.custos.server.consent.store.LedgerEntry;
import dev.custos.server.consent.store.LedgerRow;

/**
 * One ledger entry as the history shows it: a consent event with its ISO/IEC TS 27560 fields, or a
 * restriction, lifting or objection with its request reference. Fields that do not apply are null.
 *
 * @param kind given, withdrawn, refused, expired, restricted, restriction-lifted or objected
 * @param at when it happened
 * @param recordedAt when Custos appended it
 * @param source the connector an imported event came from
 */
public record LedgerEventView(
    String eventId,
    long sequence,
    String kind,
    String purpose,
    String at,
    String recordedAt,
    String lawfulBasis,
    String noticeId,
    String noticeVersion,
    String noticeSha256,
    String language,
    String method,
    String channel,
    String collector,
    String jurisdiction,
    String form,
    String expiresAt,
    String requestRef,
    String receiptRef,
    String source) {

  static LedgerEventView of(LedgerRow row) {
    return switch (row.entry()) {
      case LedgerEntry.Consent c -> consent(c.event(), row);
      case LedgerEntry.Limit l -> limit(l.limit(), row);
    };
  }

  private static LedgerEventView consent(ConsentEvent event, LedgerRow row) {
    ConsentContext c = event.context();
    String kind =
        switch (event) {
          case ConsentEvent.Given g -> "given";
          case ConsentEvent.Withdrawn w -> "withdrawn";
          case ConsentEvent.Refused r -> "refused";
          case ConsentEvent.Expired e -> "expired";
        };
    String form = event instanceof ConsentEvent.Given g ? g.form().id() : null;
    String expires =
        event instanceof ConsentEvent.Given g
            ? g.expiresAt().map(Object::toString).orElse(null)
            : null;
    return new LedgerEventView(
        event.id().toString(),
        event.sequence(),
        kind,
        c.purpose().value(),
        event.at().toString(),
        row.recordedAt().toString(),
        c.lawfulBasis().id(),
        c.notice().id(),
        c.notice().version(),
        c.notice().textHash().hex(),
        c.languageTag(),
        c.method().id(),
        c.channel(),
        c.collector(),
        c.jurisdiction(),
        form,
        expires,
        null,
        row.receiptRef().orElse(null),
        row.sourceConnector().orElse(null));
  }

  private static LedgerEventView limit(ProcessingLimit limit, LedgerRow row) {
    String kind =
        switch (limit) {
          case ProcessingLimit.Restricted r -> "restricted";
          case ProcessingLimit.RestrictionLifted l -> "restriction-lifted";
          case ProcessingLimit.Objected o -> "objected";
        };
    String purpose = limit instanceof ProcessingLimit.Objected o ? o.purpose().value() : null;
    return new LedgerEventView(
        limit.id().toString(),
        limit.sequence(),
        kind,
        purpose,
        limit.at().toString(),
        row.recordedAt().toString(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        limit.requestRef(),
        null,
        null);
  }
}
