package dev.custos.server.consent.store;

/**
 * How many subjects are in one consent state for one purpose, by their latest consent event.
 *
 * @param state given, withdrawn, refused or expired (a consent past its expiry counts as expired)
 */
public record PurposeCount(String purpose, String state, long subjects) {}
