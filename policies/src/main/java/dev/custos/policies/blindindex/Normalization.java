package dev.custos.policies.blindindex;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Brings identifiers to one canonical form, so that the same person's e-mail typed as {@code "
 * Li.Wei@Example.COM"} in the CRM and {@code "li.wei@example.com"} in the survey tool gets the same
 * blind index. Each method returns empty when the input is not a plausible value of its kind.
 */
public final class Normalization {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private Normalization() {}

  /**
   * E-mail: Unicode NFKC (full-width characters to ASCII), surrounding white space removed,
   * lower-case. Both parts are lower-cased: in practice mailbox names are case-insensitive, and a
   * join that misses a person is worse here than one that treats two case-variants as one.
   */
  public static Optional<String> email(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String value = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    int at = value.indexOf('@');
    if (at <= 0 || at != value.lastIndexOf('@') || at == value.length() - 1) {
      return Optional.empty();
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isWhitespace(value.charAt(i))) {
        return Optional.empty();
      }
    }
    return value.indexOf('.', at) > at + 1 ? Optional.of(value) : Optional.empty();
  }

  /**
   * Phone: E.164 ({@code +8613800138000}). Numbers without a country code are read as numbers of
   * {@code defaultRegion} (ISO 3166 code such as {@code CN}); {@code 0086} and {@code +86}
   * prefixes, full-width digits, spaces, dashes and parentheses are understood.
   */
  public static Optional<String> phone(String raw, String defaultRegion) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String value = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
    try {
      PhoneNumber number = PHONES.parse(value, defaultRegion);
      if (!PHONES.isValidNumber(number)) {
        return Optional.empty();
      }
      return Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Chinese resident identity card number (GB 11643): 18 characters, upper-case check character,
   * accepted only when the ISO 7064 MOD 11-2 check digit is right.
   */
  public static Optional<String> chineseResidentId(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String value =
        Normalizer.normalize(raw, Normalizer.Form.NFKC).replace(" ", "").toUpperCase(Locale.ROOT);
    return ChineseResidentIds.isValid(value) ? Optional.of(value) : Optional.empty();
  }
}
