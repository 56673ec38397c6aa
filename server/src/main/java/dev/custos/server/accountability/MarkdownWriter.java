package dev.custos.server.accountability;

import java.util.List;

/** Writes a {@link Doc} as CommonMark with GitHub-style tables. */
public final class MarkdownWriter {

  private MarkdownWriter() {}

  public static String write(Doc doc) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(line(doc.title())).append("\n\n");
    for (String text : doc.preface()) {
      md.append(line(text)).append("\n\n");
    }
    int number = 1;
    for (Doc.Section section : doc.sections()) {
      md.append("## ").append(number++).append(". ").append(line(section.heading())).append("\n\n");
      for (Doc.Block block : section.blocks()) {
        switch (block) {
          case Doc.Paragraph p -> md.append(line(p.text())).append("\n\n");
          case Doc.Bullets b -> {
            b.items().forEach(item -> md.append("- ").append(line(item)).append('\n'));
            md.append('\n');
          }
          case Doc.Table t -> table(md, t);
        }
      }
    }
    return md.toString();
  }

  private static void table(StringBuilder md, Doc.Table table) {
    row(md, table.header());
    md.append('|');
    table.header().forEach(h -> md.append(" --- |"));
    md.append('\n');
    table.rows().forEach(r -> row(md, r));
    md.append('\n');
  }

  private static void row(StringBuilder md, List<String> cells) {
    md.append('|');
    for (String cell : cells) {
      md.append(' ').append(cell(cell)).append(" |");
    }
    md.append('\n');
  }

  /** A table cell: pipes escaped, line breaks folded, empty shown as a dash. */
  private static String cell(String text) {
    String flat = line(text).replace("|", "\\|");
    return flat.isBlank() ? "—" : flat;
  }

  /** One line of text: line breaks would end a paragraph or a table row. */
  private static String line(String text) {
    return text.replace("\r", " ").replace("\n", " ").strip();
  }
}
