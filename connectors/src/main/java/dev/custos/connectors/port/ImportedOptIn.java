package dev.custos.connectors.port;

import dev.custos.policies.consent.Notice;
import dev.custos.policies.purpose.PurposeId;
import java.util.Locale;
import java.util.Objects;

/**
 * An opt-in flag of a source row (a CRM's "may contact" column, say) for one purpose, with the
 * notice the source system showed when it collected the flag.
 *
 * @param optedIn the flag's value: true for opted in, false for opted out
 */
public record ImportedOptIn(
    PurposeId purpose, boolean optedIn, Notice notice, Locale language, String jurisdiction) {

  public ImportedOptIn {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
  }
}
