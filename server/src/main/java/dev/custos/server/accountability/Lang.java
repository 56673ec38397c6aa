package dev.custos.server.accountability;

import java.util.Locale;

/** The language of a generated document. Terms follow the project glossary. */
public enum Lang {
  EN,
  ZH;

  /** The language for a locale: Chinese for any {@code zh} locale, English otherwise. */
  public static Lang of(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? ZH : EN;
  }

  /** The English or the Chinese text. */
  String pick(String english, String chinese) {
    return this == ZH ? chinese : english;
  }

  Locale locale() {
    return this == ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }
}
