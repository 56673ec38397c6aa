/**
 * Finds personal data in free text (English and Chinese) and redacts it: e-mail addresses, phone
 * numbers, Chinese resident ID numbers, bank card numbers, IBANs and IP addresses.
 *
 * <p>The privacy gate runs {@link dev.custos.policies.pii.PiiScanner} on every comment, so it is a
 * single pass of hand-written character scanning rather than a set of regular expressions, and it
 * checks what can be checked (ID check digit and birth date, Luhn, IBAN mod 97, octet ranges) to
 * keep false positives rare. Names and postal addresses are not detected.
 */
package dev.custos.policies.pii;
