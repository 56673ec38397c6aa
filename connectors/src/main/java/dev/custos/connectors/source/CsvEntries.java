package dev.custos.connectors.source;

import dev.custos.connectors.ingest.SourceEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV with a header row, one record at a time, so that one malformed record (broken quoting,
 * a wrong number of values) is quarantined and the rest of the file is kept. A record may span
 * lines inside quotes; a quote left open for {@link #MAX_LINES_PER_RECORD} lines is taken as
 * broken, its first line is quarantined and reading resumes on the next line.
 */
final class CsvEntries {

  static final int MAX_LINES_PER_RECORD = 20;

  private final String file;
  private final BufferedReader reader;
  private final Deque<String> pushedBack = new ArrayDeque<>();
  private int nextLine = 1;
  private List<String> header = List.of();

  CsvEntries(String file, BufferedReader reader) {
    this.file = file;
    this.reader = reader;
  }

  /** Reads the header row; false when the file is empty. */
  boolean readHeader() {
    Optional<String> line = line();
    if (line.isEmpty()) {
      return false;
    }
    String text = line.get().startsWith("\uFEFF") ? line.get().substring(1) : line.get();
    if (Undecodable.in(text)) {
      throw new UncheckedIOException(
          "The header of " + file + " is not valid in the connector's encoding",
          new CharacterCodingException());
    }
    header = parse(text).map(r -> r.stream().map(String::strip).toList()).orElse(List.of());
    return !header.isEmpty();
  }

  /** The next record, or empty at the end of the file. */
  Optional<SourceEntry> next() {
    Optional<String> first = line();
    while (first.isPresent() && first.get().isBlank()) {
      first = line();
    }
    if (first.isEmpty()) {
      return Optional.empty();
    }
    int start = nextLine - 1;
    StringBuilder text = new StringBuilder(first.get());
    Deque<String> taken = new ArrayDeque<>();
    while (quotes(text) % 2 != 0 && taken.size() < MAX_LINES_PER_RECORD) {
      Optional<String> more = line();
      if (more.isEmpty()) {
        break;
      }
      taken.addLast(more.get());
      text.append('\n').append(more.get());
    }
    if (quotes(text) % 2 != 0) {
      pushBack(taken);
      return Optional.of(malformed(start, first.get(), "a quote is never closed"));
    }
    SourceEntry entry = record(start, text.toString());
    if (entry instanceof SourceEntry.Malformed && !taken.isEmpty()) {
      // The quote of this line was balanced by a quote of a later line, and what lies between
      // does not make one record: only this line is broken; the lines after it are read again.
      pushBack(taken);
      return Optional.of(malformed(start, first.get(), "a quote is never closed"));
    }
    return Optional.of(entry);
  }

  private SourceEntry record(int start, String text) {
    if (Undecodable.in(text)) {
      return malformed(start, text, Undecodable.PROBLEM);
    }
    Optional<CSVRecord> record = parse(text);
    if (record.isEmpty()) {
      return malformed(start, text, "broken quoting");
    }
    if (record.get().size() != header.size()) {
      return malformed(
          start, text, "has " + record.get().size() + " values, the header has " + header.size());
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      values.put(header.get(i), record.get().get(i));
    }
    return new SourceEntry.Row(file + ":" + start, values);
  }

  private SourceEntry malformed(int start, String text, String problem) {
    return new SourceEntry.Malformed(file + ":" + start, text, "line " + start + ": " + problem);
  }

  private static Optional<CSVRecord> parse(String text) {
    try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
      List<CSVRecord> records = parser.getRecords();
      return records.size() == 1 ? Optional.of(records.getFirst()) : Optional.empty();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  private static long quotes(CharSequence text) {
    return text.chars().filter(c -> c == '"').count();
  }

  private Optional<String> line() {
    String line = pushedBack.pollFirst();
    if (line == null) {
      try {
        line = reader.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file, e);
      }
    }
    if (line != null) {
      nextLine++;
    }
    return Optional.ofNullable(line);
  }

  private void pushBack(String line) {
    pushedBack.addFirst(line);
    nextLine--;
  }

  private void pushBack(Deque<String> taken) {
    while (!taken.isEmpty()) {
      pushBack(taken.removeLast());
    }
  }
}
