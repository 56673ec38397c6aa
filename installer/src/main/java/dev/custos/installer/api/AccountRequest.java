package dev.custos.installer.api;

/**
 * The body of {@code POST /api/v1/accounts}: a B2B client company.
 *
 * @param externalId the account's id in the source system, unique
 * @param name the company name
 * @param tier {@code strategic}, {@code enterprise}, {@code mid-market} or {@code smb}
 * @param region the sales region
 * @param industry the client's industry
 */
public record AccountRequest(
    String externalId, String name, String tier, String region, String industry) {}
