package dev.custos.server.accountability;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.List;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes a {@link Doc} as PDF with OpenPDF. English uses the standard Helvetica font; Chinese needs
 * a font with CJK glyphs, so Custos ships WenQuanYi Micro Hei (Apache-2.0; see docs/fonts.md) and
 * embeds the glyphs it uses, so that the file shows the same on any reader.
 */
public final class PdfRendering {

  static final String CJK_FONT = "fonts/wqy-microhei.ttc";

  private PdfRendering() {}

  public static byte[] write(Doc doc, Lang lang) {
    Fonts fonts = lang == Lang.ZH ? Fonts.cjk() : Fonts.latin();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document pdf = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(pdf, out);
      pdf.addTitle(doc.title());
      pdf.addCreator("Custos");
      pdf.open();
      pdf.add(new Paragraph(doc.title(), fonts.title));
      for (String text : doc.preface()) {
        pdf.add(spaced(new Paragraph(text, fonts.small)));
      }
      int number = 1;
      for (Doc.Section section : doc.sections()) {
        pdf.add(spaced(new Paragraph(number++ + ". " + section.heading(), fonts.heading)));
        for (Doc.Block block : section.blocks()) {
          pdf.add(element(block, fonts));
        }
      }
      pdf.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot write the PDF: " + e.getClass().getName(), e);
    }
    return out.toByteArray();
  }

  private static Element element(Doc.Block block, Fonts fonts) {
    return switch (block) {
      case Doc.Paragraph p -> spaced(new Paragraph(p.text(), fonts.body));
      case Doc.Bullets b -> {
        List list = new List(List.UNORDERED, 12);
        b.items().forEach(item -> list.add(new ListItem(item, fonts.body)));
        yield list;
      }
      case Doc.Table t -> table(t, fonts);
    };
  }

  private static PdfPTable table(Doc.Table t, Fonts fonts) {
    PdfPTable table = new PdfPTable(t.header().size());
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    table.setSpacingAfter(6);
    table.setHeaderRows(1);
    for (String header : t.header()) {
      PdfPCell cell = new PdfPCell(new Phrase(header, fonts.bold));
      cell.setBackgroundColor(new Color(230, 230, 230));
      table.addCell(cell);
    }
    for (java.util.List<String> row : t.rows()) {
      for (String value : row) {
        table.addCell(new PdfPCell(new Phrase(value.isBlank() ? "—" : value, fonts.small)));
      }
    }
    return table;
  }

  private static Paragraph spaced(Paragraph paragraph) {
    paragraph.setSpacingBefore(6);
    return paragraph;
  }

  /** The fonts of one document. */
  private record Fonts(Font title, Font heading, Font body, Font bold, Font small) {

    static Fonts latin() {
      return new Fonts(
          new Font(Font.HELVETICA, 16, Font.BOLD),
          new Font(Font.HELVETICA, 13, Font.BOLD),
          new Font(Font.HELVETICA, 10),
          new Font(Font.HELVETICA, 9, Font.BOLD),
          new Font(Font.HELVETICA, 9));
    }

    static Fonts cjk() {
      BaseFont base = CjkFont.BASE;
      return new Fonts(
          new Font(base, 16, Font.BOLD),
          new Font(base, 13, Font.BOLD),
          new Font(base, 10),
          new Font(base, 9, Font.BOLD),
          new Font(base, 9));
    }
  }

  /** The shipped CJK font, read from the class path once, when first needed. */
  private static final class CjkFont {
    static final BaseFont BASE = load();

    private static BaseFont load() {
      try (InputStream in = PdfRendering.class.getResourceAsStream(CJK_FONT)) {
        if (in == null) {
          throw new IllegalStateException(CJK_FONT + " is missing from the class path");
        }
        return BaseFont.createFont(
            "wqy-microhei.ttc,0",
            BaseFont.IDENTITY_H,
            BaseFont.EMBEDDED,
            false,
            in.readAllBytes(),
            null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (DocumentException e) {
        throw new IllegalStateException("Cannot read " + CJK_FONT, e);
      }
    }
  }
}
