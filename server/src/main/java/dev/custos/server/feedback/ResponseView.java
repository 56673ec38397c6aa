package dev.custos.server.feedback;

import java.time.Instant;
import java.util.UUID;

/** A stored survey response as the API shows it. */
public record ResponseView(
    UUID id,
    String externalId,
    String account,
    String touchpoint,
    String channel,
    String product,
    Integer nps,
    Integer csat,
    Integer ces,
    Instant respondedAt,
    Instant receivedAt) {}
