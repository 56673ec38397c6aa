package dev.custos.server.consent.store;

import java.time.Instant;
import java.util.Optional;

/**
 * A ledger entry with what the ledger knows about how it got there.
 *
 * @param entry the consent event or limit
 * @param recordedAt when Custos appended it (the entry's own instant is when it happened)
 * @param requestRef the data-subject request a limit completes
 * @param receiptRef the person's reference to the signed receipt of a consent event
 * @param sourceConnector the connector an imported event came from
 */
public record LedgerRow(
    LedgerEntry entry,
    Instant recordedAt,
    Optional<String> requestRef,
    Optional<String> receiptRef,
    Optional<String> sourceConnector) {}
