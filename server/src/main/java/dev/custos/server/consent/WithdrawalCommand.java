package dev.custos.server.consent;

import dev.custos.policies.consent.CollectionMethod;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.subject.SubjectId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A person withdrawing a consent they gave. The notice, basis and jurisdiction are those of the
 * consent withdrawn; the command says only how and where the withdrawal was collected.
 *
 * @param language the language of the interaction; empty means that of the consent withdrawn
 * @param at when the person withdrew; empty means now
 */
public record WithdrawalCommand(
    SubjectId subject,
    PurposeId purpose,
    CollectionMethod method,
    String channel,
    Optional<Locale> language,
    Optional<Instant> at) {

  public WithdrawalCommand {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(at, "at");
  }
}
