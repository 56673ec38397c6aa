package dev.custos.server.accountability;

import java.util.List;
import java.util.Objects;

/**
 * A generated document before it is written as Markdown or PDF: a title, a preface and sections of
 * paragraphs, lists and tables. Plain text only, so that both writers render the same content.
 */
public record Doc(String title, List<String> preface, List<Section> sections) {

  public Doc {
    Objects.requireNonNull(title, "title");
    preface = List.copyOf(preface);
    sections = List.copyOf(sections);
  }

  /** A numbered part of the document. */
  public record Section(String heading, List<Block> blocks) {
    public Section {
      Objects.requireNonNull(heading, "heading");
      blocks = List.copyOf(blocks);
    }
  }

  /** A paragraph, a bulleted list or a table. */
  public sealed interface Block {}

  public record Paragraph(String text) implements Block {}

  public record Bullets(List<String> items) implements Block {
    public Bullets {
      items = List.copyOf(items);
    }
  }

  /** A table; every row has as many cells as the header. */
  public record Table(List<String> header, List<List<String>> rows) implements Block {
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
      for (List<String> row : rows) {
        if (row.size() != header.size()) {
          throw new IllegalArgumentException(
              "A row has " + row.size() + " cells, not " + header.size());
        }
      }
    }
  }
}
