package dev.custos.connectors.config;

import dev.custos.connectors.port.ImportedOptIn;
import dev.custos.policies.consent.Notice;
import dev.custos.policies.purpose.PurposeId;
import java.util.Locale;
import java.util.Objects;

/**
 * A source column that is an opt-in flag for a purpose, and the notice the source system showed
 * when it asked (which the flag alone does not tell).
 */
public record OptInSetting(PurposeId purpose, Notice notice, Locale language, String jurisdiction) {

  public OptInSetting {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
  }

  /** The flag of one row under this setting. */
  public ImportedOptIn flag(boolean optedIn) {
    return new ImportedOptIn(purpose, optedIn, notice, language, jurisdiction);
  }
}
