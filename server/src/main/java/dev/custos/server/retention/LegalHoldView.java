package dev.custos.server.retention;

import java.time.Instant;

/**
 * A legal hold as the API shows it. The scope is {@code subject}, {@code account}, {@code category}
 * or {@code subject-category}; only the ids the scope needs are set.
 *
 * @param active whether it still blocks retention actions (it has not been released)
 */
public record LegalHoldView(
    String id,
    String scope,
    String subjectId,
    String accountId,
    String category,
    String reasonCode,
    String placedBy,
    Instant placedAt,
    String releasedBy,
    Instant releasedAt,
    boolean active) {}
