package dev.custos.server.consent;

/**
 * A consent answer as a web form, an agent or another system sends it. Name the subject either by
 * {@code subjectId} or by {@code identifier}.
 *
 * @param decision {@code given} or {@code refused}
 * @param language BCP 47 tag of the notice and conversation, for example {@code zh-CN}
 * @param method collection method: web-form, mobile-app, agent, phone, email, paper, import, api
 * @param channel where it was collected: web, app, wechat, phone, email, in-person, ...
 * @param jurisdiction the jurisdiction the consent was collected under, for example {@code CN}
 * @param form {@code separate} (for this purpose alone) or {@code bundled}; default bundled
 * @param expiresAt ISO-8601 instant when the consent lapses, if it does
 * @param at ISO-8601 instant when the person answered; default now
 */
public record ConsentInput(
    String subjectId,
    IdentifierInput identifier,
    String purpose,
    String decision,
    NoticeInput notice,
    String language,
    String method,
    String channel,
    String jurisdiction,
    String form,
    String expiresAt,
    String at) {}
