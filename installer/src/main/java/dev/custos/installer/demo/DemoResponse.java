package dev.custos.installer.demo;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * One made-up survey response of a client company's contact.
 *
 * @param externalId the response id in the (imagined) survey tool, {@code demo-000001} onwards
 * @param accountExternalId the {@link DemoAccount#externalId()} of the answering company
 * @param touchpoint where the interaction happened, such as {@code delivery}
 * @param channel how the survey was answered, such as {@code email}
 * @param product the product the response is about
 * @param nps the 0–10 answer to "how likely are you to recommend us"
 * @param csat the 1–5 satisfaction answer, when asked
 * @param ces the 1–7 effort answer (lower is easier), when asked
 * @param respondedAt when the answer was given, whole seconds
 */
public record DemoResponse(
    String externalId,
    String accountExternalId,
    String touchpoint,
    String channel,
    String product,
    int nps,
    OptionalInt csat,
    OptionalInt ces,
    Instant respondedAt) {}
