package dev.custos.connectors.source;

import dev.custos.connectors.config.SourceSettings;
import dev.custos.connectors.ingest.ConnectorException;
import dev.custos.connectors.ingest.SourceEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads a dropped file in the connector's format and encoding, and hands it on in pages. A line
 * with bytes that are not valid in the encoding is quarantined rather than stored with garbled
 * names, and the rest of the file is kept; a header that cannot be decoded fails the whole file (it
 * goes to the failed directory), since no line of it can be mapped.
 */
public final class DroppedFileReader {

  private final String connectorId;
  private final SourceSettings.Files settings;

  public DroppedFileReader(String connectorId, SourceSettings.Files settings) {
    this.connectorId = Objects.requireNonNull(connectorId, "connectorId");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Reads a whole file and hands every page to {@code pages}.
   *
   * @return the number of entries read
   */
  public int read(Path file, PageConsumer pages) {
    try (InputStream content = Files.newInputStream(file)) {
      return read(file.getFileName().toString(), content, pages);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /**
   * Reads a whole file from a stream (a file fetched over SFTP) and hands every page to {@code
   * pages}; the caller closes the stream.
   *
   * @param name the file's name, for the positions of its entries
   * @return the number of entries read
   */
  public int read(String name, InputStream content, PageConsumer pages) {
    var decoder =
        settings
            .encoding()
            .newDecoder()
            // Marks undecodable bytes with U+FFFD; the entry readers quarantine such lines.
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader reader =
        new BufferedReader(new java.io.InputStreamReader(content, decoder))) {
      Supplier<Optional<SourceEntry>> entries = entries(name, reader);
      return pages(entries, pages);
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(e);
    }
  }

  private ConnectorException unreadable(Exception e) {
    return new ConnectorException(
        "Connector "
            + connectorId
            + " could not read a file as "
            + settings.encoding().name()
            + " "
            + settings.format().id(),
        e);
  }

  private Supplier<Optional<SourceEntry>> entries(String name, BufferedReader reader) {
    return switch (settings.format()) {
      case CSV -> {
        CsvEntries csv = new CsvEntries(name, reader);
        yield csv.readHeader() ? csv::next : Optional::empty;
      }
      case JSONL -> new JsonLinesEntries(name, reader)::next;
    };
  }

  private int pages(Supplier<Optional<SourceEntry>> entries, PageConsumer pages) {
    int read = 0;
    List<SourceEntry> page = new ArrayList<>(settings.pageSize());
    for (Optional<SourceEntry> entry = entries.get(); entry.isPresent(); entry = entries.get()) {
      page.add(entry.get());
      read++;
      if (page.size() == settings.pageSize()) {
        pages.accept(List.copyOf(page), Optional.empty());
        page.clear();
      }
    }
    if (!page.isEmpty()) {
      pages.accept(List.copyOf(page), Optional.empty());
    }
    return read;
  }
}
