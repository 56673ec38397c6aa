package dev.custos.policies.encryption;

import java.nio.charset.StandardCharsets;

/**
 * Encodes the associated data of an envelope: its header, then each part of the {@link
 * FieldContext} as a 4-byte big-endian length and UTF-8 bytes. Entity and field names and subject
 * ids are nearly always ASCII, which is copied char by char without an intermediate array.
 */
final class AssociatedData {

  private AssociatedData() {}

  static byte[] encode(byte[] envelope, FieldContext context) {
    String entity = context.entity();
    String field = context.field();
    String subject = context.subject().value();
    int entityLength = asciiLength(entity);
    int fieldLength = asciiLength(field);
    if (entityLength < 0 || fieldLength < 0) {
      return encodeUnicode(envelope, entity, field, subject);
    }
    byte[] aad =
        new byte[FieldCipher.HEADER_BYTES + 12 + entityLength + fieldLength + subject.length()];
    System.arraycopy(envelope, 0, aad, 0, FieldCipher.HEADER_BYTES);
    int at = putAscii(aad, FieldCipher.HEADER_BYTES, entity);
    at = putAscii(aad, at, field);
    putAscii(aad, at, subject);
    return aad;
  }

  /** The length of a pure ASCII string, or -1 when it has other characters. */
  private static int asciiLength(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return -1;
      }
    }
    return s.length();
  }

  private static int putAscii(byte[] out, int at, String s) {
    int length = s.length();
    at = putLength(out, at, length);
    for (int i = 0; i < length; i++) {
      out[at + i] = (byte) s.charAt(i);
    }
    return at + length;
  }

  private static byte[] encodeUnicode(
      byte[] envelope, String entity, String field, String subject) {
    byte[] e = entity.getBytes(StandardCharsets.UTF_8);
    byte[] f = field.getBytes(StandardCharsets.UTF_8);
    byte[] s = subject.getBytes(StandardCharsets.UTF_8);
    byte[] aad = new byte[FieldCipher.HEADER_BYTES + 12 + e.length + f.length + s.length];
    System.arraycopy(envelope, 0, aad, 0, FieldCipher.HEADER_BYTES);
    int at = putBytes(aad, FieldCipher.HEADER_BYTES, e);
    at = putBytes(aad, at, f);
    putBytes(aad, at, s);
    return aad;
  }

  private static int putBytes(byte[] out, int at, byte[] part) {
    at = putLength(out, at, part.length);
    System.arraycopy(part, 0, out, at, part.length);
    return at + part.length;
  }

  private static int putLength(byte[] out, int at, int length) {
    out[at] = (byte) (length >>> 24);
    out[at + 1] = (byte) (length >>> 16);
    out[at + 2] = (byte) (length >>> 8);
    out[at + 3] = (byte) length;
    return at + 4;
  }
}
