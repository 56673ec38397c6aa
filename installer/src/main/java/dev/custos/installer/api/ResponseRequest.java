package dev.custos.installer.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One response in the body of {@code POST /api/v1/responses/bulk}. At least one score is present;
 * absent scores are left out of the JSON.
 *
 * @param externalId the response's id in the source system; a repeat is counted as a duplicate
 * @param account the {@link AccountRequest#externalId()} of the answering company
 * @param touchpoint where the interaction happened, {@code [a-z0-9-]{1,64}}
 * @param channel {@code email, sms, web, app, wechat, phone} or {@code in-person}
 * @param product the product the response is about
 * @param nps 0–10, or null
 * @param csat 1–5, or null
 * @param ces 1–7, or null
 * @param respondedAt ISO-8601 instant, such as {@code 2025-06-01T10:15:30Z}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResponseRequest(
    String externalId,
    String account,
    String touchpoint,
    String channel,
    String product,
    Integer nps,
    Integer csat,
    Integer ces,
    String respondedAt) {}
