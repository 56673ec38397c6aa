package dev.custos.server.consent;

import dev.custos.connectors.port.ImportedOptIn;
import dev.custos.policies.consent.CollectionMethod;
import dev.custos.policies.consent.ConsentContext;
import dev.custos.policies.consent.ConsentEvent;
import dev.custos.policies.purpose.LawfulBasis;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.audit.AuditEvent;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.consent.store.ConsentLedger;
import dev.custos.server.consent.store.LedgerEntry;
import dev.custos.server.consent.store.LedgerKind;
import dev.custos.server.consent.store.LedgerRow;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a source row's opt-in flags into consent events, in the caller's transaction.
 *
 * <p>An import records what changed in the source, not the flag of every row version: a flag that
 * says what this connector imported last appends nothing. Otherwise a CRM that still says "yes"
 * after the person withdrew through Custos would give consent back on its next unrelated update. A
 * flag turning true appends a given event; turning false after a given one, a withdrawal; false
 * with nothing imported before appends nothing (no consent is no consent). Re-delivered rows are
 * also stopped by the ledger's unique source key.
 */
public final class OptInImport {

  /** The channel of imported events: the source system collected them, Custos does not know how. */
  static final String CHANNEL = "source-system";

  private final ConsentLedger ledger;
  private final AuditTrail audit;

  public OptInImport(ConsentLedger ledger, AuditTrail audit) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.audit = Objects.requireNonNull(audit, "audit");
  }

  /** Appends the events the flags call for; returns how many were appended. */
  public int importFlags(
      String connectorId,
      SubjectId subject,
      String sourceKey,
      String sourceVersion,
      Instant at,
      List<ImportedOptIn> flags) {
    if (!ledger.subjectExists(subject)) {
      return 0;
    }
    List<LedgerRow> rows = ledger.rows(subject);
    int appended = 0;
    for (ImportedOptIn flag : flags) {
      boolean lastGiven = lastImportWasGiven(rows, connectorId, flag);
      LedgerKind kind;
      if (flag.optedIn() && !lastGiven) {
        kind = LedgerKind.GIVEN;
      } else if (!flag.optedIn() && lastGiven) {
        kind = LedgerKind.WITHDRAWN;
      } else {
        continue;
      }
      ConsentContext context =
          new ConsentContext(
              subject,
              flag.purpose(),
              LawfulBasis.CONSENT,
              flag.notice(),
              flag.language(),
              CollectionMethod.IMPORT,
              CHANNEL,
              connectorId,
              flag.jurisdiction());
      Optional<ConsentEvent> event =
          ledger.appendImported(kind, context, at, connectorId, sourceKey, sourceVersion, at);
      if (event.isPresent()) {
        appended++;
        audit.record(
            AuditTrail.SYSTEM,
            "",
            AuditEvent.success("consent.import", "subject", subject.value())
                .forPurpose(flag.purpose().value()));
      }
    }
    return appended;
  }

  private static boolean lastImportWasGiven(
      List<LedgerRow> rows, String connectorId, ImportedOptIn flag) {
    ConsentEvent last = null;
    for (LedgerRow row : rows) {
      if (row.entry() instanceof LedgerEntry.Consent c
          && row.sourceConnector().filter(connectorId::equals).isPresent()
          && c.event().purpose().equals(flag.purpose())) {
        last = c.event();
      }
    }
    return last instanceof ConsentEvent.Given;
  }
}
