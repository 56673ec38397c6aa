package dev.custos.policies.consent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The SHA-256 of a notice text, as 64 lower-case hex digits. It proves which words a person saw
 * when they consented, without storing the text in every event.
 */
public record NoticeHash(String hex) {

  private static final int HEX_LENGTH = 64;

  public NoticeHash {
    Objects.requireNonNull(hex, "hex");
    if (!isLowerHex(hex)) {
      throw new IllegalArgumentException("A notice hash is 64 lower-case hex digits (SHA-256)");
    }
  }

  /**
   * Hashes a notice text: Unicode NFC normalisation, then UTF-8, then SHA-256. Normalising first
   * makes the hash depend on the text a person reads, not on how an editor happened to encode
   * accents or full-width forms ("é" as one code point or as "e" plus a combining accent).
   */
  public static NoticeHash of(String noticeText) {
    Objects.requireNonNull(noticeText, "noticeText");
    byte[] utf8 =
        Normalizer.normalize(noticeText, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
    try {
      return new NoticeHash(
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8)));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (java.security.MessageDigest specification).
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** Whether a notice text hashes to this value. */
  public boolean matches(String noticeText) {
    return equals(of(noticeText));
  }

  private static boolean isLowerHex(String text) {
    if (text.length() != HEX_LENGTH) {
      return false;
    }
    for (int i = 0; i < HEX_LENGTH; i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return hex;
  }
}
