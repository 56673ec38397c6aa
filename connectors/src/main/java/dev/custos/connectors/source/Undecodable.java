package dev.custos.connectors.source;

/**
 * Text decoded from bytes that were not valid in the connector's encoding: the decoder put U+FFFD
 * (the replacement character) where they were. Such a line is quarantined, since storing it would
 * store garbled names. A source that holds U+FFFD itself is quarantined the same way.
 */
final class Undecodable {

  /** The reason given for such a line; it names the setting to check, never the bytes. */
  static final String PROBLEM =
      "has bytes that are not valid in the connector's encoding; check its encoding setting"
          + " (UTF-8 or GB18030) and drop the file again";

  private static final char REPLACEMENT = '\uFFFD';

  private Undecodable() {}

  static boolean in(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == REPLACEMENT) {
        return true;
      }
    }
    return false;
  }
}
