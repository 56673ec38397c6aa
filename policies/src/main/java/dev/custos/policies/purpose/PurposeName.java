package dev.custos.policies.purpose;

import java.util.Locale;
import java.util.Objects;

/**
 * The display name of a purpose in English and in Simplified Chinese, as the console and notices
 * show it. Terms follow the project glossary.
 */
public record PurposeName(String english, String simplifiedChinese) {

  public PurposeName {
    requireText(english, "english");
    requireText(simplifiedChinese, "simplifiedChinese");
  }

  /** The name for a locale: Chinese for any {@code zh} locale, English otherwise. */
  public String in(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? simplifiedChinese : english;
  }

  static String requireText(String text, String what) {
    Objects.requireNonNull(text, what);
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return text;
  }
}
