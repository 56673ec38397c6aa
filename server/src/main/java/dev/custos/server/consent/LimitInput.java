package dev.custos.server.consent;

/**
 * A completed data-subject request that limits processing: a restriction, its lifting, or (with
 * {@code purpose}) an objection.
 *
 * @param requestRef the request's reference in your case system; no personal data
 */
public record LimitInput(String subjectId, String purpose, String requestRef) {}
