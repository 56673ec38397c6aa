package dev.custos.server.consent;

import dev.custos.policies.consent.CollectionMethod;
import dev.custos.policies.consent.ConsentForm;
import dev.custos.policies.consent.Notice;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.subject.SubjectId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's answer to a consent request, to be appended to the ledger: the ISO/IEC TS 27560 record
 * fields except the collector, which is whoever records it.
 *
 * @param given true when the person gave consent, false when they refused
 * @param notice the notice the person was shown, with the hash of its text
 * @param at when the person answered; empty means now
 */
public record ConsentCommand(
    SubjectId subject,
    PurposeId purpose,
    boolean given,
    Notice notice,
    Locale language,
    CollectionMethod method,
    String channel,
    String jurisdiction,
    ConsentForm form,
    Optional<Instant> expiresAt,
    Optional<Instant> at) {

  public ConsentCommand {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(at, "at");
  }
}
