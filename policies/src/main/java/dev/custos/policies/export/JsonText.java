package dev.custos.policies.export;

import java.io.IOException;
import java.io.Writer;

/**
 * A small streaming JSON writer (RFC 8259), enough for the export: objects, arrays, strings, null
 * and booleans, indented by two spaces so that a person can read the file too. The caller keeps the
 * nesting right; commas and line breaks are placed here.
 */
final class JsonText {

  private final Writer out;
  private int depth;
  private boolean needComma;
  private boolean afterName;

  JsonText(Writer out) {
    this.out = out;
  }

  JsonText beginObject() throws IOException {
    return open('{');
  }

  JsonText endObject() throws IOException {
    return close('}');
  }

  JsonText beginArray() throws IOException {
    return open('[');
  }

  JsonText endArray() throws IOException {
    return close(']');
  }

  /** Writes a member name; the next call writes its value. */
  JsonText name(String name) throws IOException {
    prefix();
    string(name);
    out.write(": ");
    afterName = true;
    return this;
  }

  /** A string value, or null. */
  JsonText value(String text) throws IOException {
    prefix();
    if (text == null) {
      out.write("null");
    } else {
      string(text);
    }
    needComma = true;
    return this;
  }

  JsonText value(boolean flag) throws IOException {
    prefix();
    out.write(Boolean.toString(flag));
    needComma = true;
    return this;
  }

  JsonText member(String name, String text) throws IOException {
    return name(name).value(text);
  }

  JsonText member(String name, boolean flag) throws IOException {
    return name(name).value(flag);
  }

  private JsonText open(char bracket) throws IOException {
    prefix();
    out.write(bracket);
    depth++;
    needComma = false;
    return this;
  }

  private JsonText close(char bracket) throws IOException {
    depth--;
    if (needComma) {
      newline();
    }
    out.write(bracket);
    needComma = true;
    return this;
  }

  private void prefix() throws IOException {
    if (afterName) {
      afterName = false;
      return;
    }
    if (needComma) {
      out.write(',');
    }
    if (depth > 0) {
      newline();
    }
  }

  private void newline() throws IOException {
    out.write('\n');
    for (int i = 0; i < depth; i++) {
      out.write("  ");
    }
  }

  private void string(String text) throws IOException {
    out.write('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.write("\\\"");
        case '\\' -> out.write("\\\\");
        case '\n' -> out.write("\\n");
        case '\r' -> out.write("\\r");
        case '\t' -> out.write("\\t");
        default -> {
          // U+2028 and U+2029 are valid JSON but end a line in JavaScript readers of the file.
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.write(String.format("\\u%04x", (int) c));
          } else {
            out.write(c);
          }
        }
      }
    }
    out.write('"');
  }
}
