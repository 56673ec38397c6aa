package dev.custos.server.consent;

/**
 * A withdrawal as it is collected. Name the subject either by {@code subjectId} or by {@code
 * identifier}. The notice and jurisdiction are taken from the consent withdrawn.
 *
 * @param language BCP 47 tag of the conversation; default that of the consent withdrawn
 * @param at ISO-8601 instant when the person withdrew; default now
 */
public record WithdrawalInput(
    String subjectId,
    IdentifierInput identifier,
    String purpose,
    String method,
    String channel,
    String language,
    String at) {}
