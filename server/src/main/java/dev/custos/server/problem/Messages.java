package dev.custos.server.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * User-facing texts in English and Simplified Chinese. The language is chosen from the request's
 * {@code Accept-Language}: Chinese when it is preferred, English otherwise.
 */
public final class Messages {

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  private static final String BUNDLE = "dev.custos.server.problem.messages";

  private Messages() {}

  /** Picks the first supported language from an ordered list of acceptable ones. */
  public static Locale choose(List<Locale> acceptable) {
    for (Locale locale : acceptable) {
      if ("zh".equals(locale.getLanguage())) {
        return CHINESE;
      }
      if ("en".equals(locale.getLanguage())) {
        return Locale.ENGLISH;
      }
    }
    return Locale.ENGLISH;
  }

  public static String text(Locale locale, String key, Object... args) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String pattern = bundle.getString(key);
    return new MessageFormat(pattern, locale).format(args);
  }
}
