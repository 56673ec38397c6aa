package dev.custos.connectors.ingest;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** One entry read from a source: a row of values, or text that could not be read as a row. */
public sealed interface SourceEntry {

  /** Where the entry is in its source, such as {@code contacts.csv:12}; never data. */
  String position();

  /**
   * A row: column name to value (text, number, boolean, date-time; or something else that the
   * mapping refuses). Column names match without regard to case, as SQL names do.
   */
  record Row(String position, Map<String, Object> values) implements SourceEntry {
    public Row {
      Objects.requireNonNull(position, "position");
      TreeMap<String, Object> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      copy.putAll(values);
      values = Collections.unmodifiableMap(copy);
    }

    @Override
    public String toString() {
      return "Row[" + position + ", columns=" + values.keySet() + "]";
    }
  }

  /**
   * Text the reader could not parse (a CSV line with broken quoting, a line that is not a JSON
   * object). It is quarantined as it was read.
   *
   * @param problem what is wrong, without quoting the text
   */
  record Malformed(String position, String text, String problem) implements SourceEntry {
    public Malformed {
      Objects.requireNonNull(position, "position");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(problem, "problem");
    }

    @Override
    public String toString() {
      return "Malformed[" + position + ", " + problem + "]";
    }
  }
}
