package dev.custos.policies.pii;

/** A kind of personal data the scanner finds, with the placeholder that replaces it. */
public enum PiiKind {
  /** An e-mail address. */
  EMAIL("[EMAIL]"),
  /** A phone number: international with a leading +, or a Chinese mobile or landline number. */
  PHONE("[PHONE]"),
  /** A Chinese resident identity card number (居民身份证号码), 18 characters, check digit valid. */
  CN_ID("[CN_ID]"),
  /** A payment card number, 13 to 19 digits, Luhn valid. */
  CARD("[CARD]"),
  /** An International Bank Account Number, mod-97 valid. */
  IBAN("[IBAN]"),
  /** An IPv4 or IPv6 address. */
  IP("[IP]");

  private final String placeholder;

  PiiKind(String placeholder) {
    this.placeholder = placeholder;
  }

  /**
   * The text that replaces a finding of this kind in a redacted copy, for example {@code [EMAIL]}.
   */
  public String placeholder() {
    return placeholder;
  }
}
