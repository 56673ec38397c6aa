package dev.custos.policies.export;

import java.io.IOException;
import java.io.Writer;

/**
 * CSV rows (RFC 4180, CRLF line ends). A cell that a spreadsheet would run as a formula (starting
 * with {@code = + - @}, tab or carriage return) gets a leading apostrophe: the archive is opened by
 * people in spreadsheets, and a value from a source system must not run there. The JSON file keeps
 * every value exactly.
 */
final class CsvText {

  private final Writer out;

  CsvText(Writer out) {
    this.out = out;
  }

  void row(String... cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      cell(cells[i]);
    }
    out.write("\r\n");
  }

  private void cell(String value) throws IOException {
    if (value == null || value.isEmpty()) {
      return;
    }
    String text = isFormula(value) ? "'" + value : value;
    boolean quote =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
    if (!quote) {
      out.write(text);
      return;
    }
    out.write('"');
    out.write(text.replace("\"", "\"\""));
    out.write('"');
  }

  static boolean isFormula(String value) {
    char c = value.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
