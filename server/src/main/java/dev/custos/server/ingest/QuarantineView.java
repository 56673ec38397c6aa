package dev.custos.server.ingest;

import java.time.Instant;
import java.util.UUID;

/**
 * A quarantined row as the API shows it: where it came from and why it was held. The row itself
 * stays sealed; the reason names fields, never their values.
 *
 * @param status {@code held} (waiting for a retry or a discard), {@code resolved} (a retry took it
 *     in) or {@code discarded}
 * @param resolution how it was settled: what the retry did, or the note given with a discard
 */
public record QuarantineView(
    UUID id,
    String connector,
    String sourceKey,
    String sourceVersion,
    String reason,
    Instant heldAt,
    String status,
    Instant resolvedAt,
    String resolution) {}
