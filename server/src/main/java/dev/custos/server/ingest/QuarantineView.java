package dev.custos.server.ingest;

import java.time.Instant;
import java.util.UUID;

/**
 * A quarantined row as the API shows it: where it came from and why it was held. The row itself
 * stays sealed; the reason names fields, never their values.
 */
public record QuarantineView(
    UUID id,
    String connector,
    String sourceKey,
    String sourceVersion,
    String reason,
    Instant heldAt,
    String status) {}
