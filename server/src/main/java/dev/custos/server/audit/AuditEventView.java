package dev.custos.server.audit;

import java.time.Instant;

/**
 * An audit event as the API shows it. {@code seq} is its place in the chain, null until it is
 * sealed (seconds after it was written).
 */
public record AuditEventView(
    long id,
    Long seq,
    Instant occurredAt,
    String actor,
    String roles,
    String action,
    String resourceType,
    String resourceId,
    String purpose,
    String outcome) {}
