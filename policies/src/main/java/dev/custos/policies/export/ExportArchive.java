package dev.custos.policies.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a {@link SubjectExport} as one zip archive:
 *
 * <ul>
 *   <li>{@value #README}: what the files are, in English and Simplified Chinese;
 *   <li>{@value #DATA}: everything, structured (format {@value #FORMAT}), exact values — for
 *       portability to another service;
 *   <li>{@value #RECORDS}: one row per kept field with its value — for reading in a spreadsheet;
 *   <li>{@value #DECISIONS}: why each field was kept or dropped, per record;
 *   <li>{@value #CONSENTS}: the consent ledger of the person.
 * </ul>
 *
 * <p>CSV files are UTF-8 with a byte-order mark, so that spreadsheets show Chinese text correctly.
 * The archive is streamed: entries go to {@code out} as they are written, and nothing is buffered
 * whole or written to a file. Stateless and thread-safe.
 */
public final class ExportArchive {

  public static final String FORMAT = "custos-subject-export/1";
  static final String README = "README.txt";
  static final String DATA = "data.json";
  static final String RECORDS = "records.csv";
  static final String DECISIONS = "decisions.csv";
  static final String CONSENTS = "consents.csv";
  private static final char BOM = '\uFEFF';

  private ExportArchive() {}

  /** Writes the archive to {@code out}, and finishes the zip; {@code out} stays open. */
  public static void write(SubjectExport export, OutputStream out) throws IOException {
    Objects.requireNonNull(export, "export");
    ZipOutputStream zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
    // Text compresses well at the fastest level too; the archive's time is spent here otherwise.
    zip.setLevel(Deflater.BEST_SPEED);
    Writer text = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
    entry(zip, text, README, () -> readme(export, text));
    entry(zip, text, DATA, () -> json(export, new JsonText(text)));
    entry(zip, text, RECORDS, () -> records(export, text));
    entry(zip, text, DECISIONS, () -> decisions(export, text));
    entry(zip, text, CONSENTS, () -> consents(export, text));
    zip.finish();
    zip.flush();
  }

  private interface Body {
    void write() throws IOException;
  }

  private static void entry(ZipOutputStream zip, Writer text, String name, Body body)
      throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    body.write();
    text.flush();
    zip.closeEntry();
  }

  private static void readme(SubjectExport export, Writer out) throws IOException {
    out.write(
        """
        Your personal data held by this organisation
        =============================================
        Request %s (%s), received %s; produced %s.

        data.json      everything we hold about you, in a structured format (JSON) that other
                       services can read
        records.csv    each stored value, one per line: source, field, value and the purposes
                       it is used for
        decisions.csv  why each field was kept or left out when it was collected
        consents.csv   what you consented to, refused or withdrew, and when

        Open the CSV files in a spreadsheet (UTF-8). A value that starts with = + - or @ is
        shown with a leading ' so that the spreadsheet does not run it as a formula; data.json
        has every value exactly.

        您的个人信息副本
        ================
        请求 %s（%s），收到时间 %s；生成时间 %s。

        data.json      我们持有的您的全部个人信息，结构化格式（JSON），便于转移至其他服务
        records.csv    每条存储的值一行：来源、字段、值及其处理目的
        decisions.csv  收集时每个字段被保留或舍弃的原因
        consents.csv   您同意、拒绝或撤回同意的记录及时间

        CSV 文件为 UTF-8 编码，可用电子表格打开。以 = + - 或 @ 开头的值前加了 '，以免被当作公式执行；
        data.json 中保留了原值。
        """
            .formatted(
                export.requestId(),
                export.requestType(),
                export.receivedAt(),
                export.producedAt(),
                export.requestId(),
                export.requestType(),
                export.receivedAt(),
                export.producedAt()));
  }

  private static void json(SubjectExport export, JsonText json) throws IOException {
    json.beginObject()
        .member("format", FORMAT)
        .name("request")
        .beginObject()
        .member("id", export.requestId())
        .member("type", export.requestType())
        .member("receivedAt", export.receivedAt().toString())
        .endObject()
        .member("producedAt", export.producedAt().toString())
        .member("subject", export.subjectId())
        .name("records")
        .beginArray();
    for (SubjectExport.Record record : export.records()) {
      record(record, json);
    }
    json.endArray().name("consents").beginArray();
    for (SubjectExport.Consent consent : export.consents()) {
      json.beginObject()
          .member("purpose", consent.purpose())
          .member("event", consent.event())
          .member("at", text(consent.at()))
          .member("lawfulBasis", consent.lawfulBasis())
          .member("notice", consent.notice())
          .member("channel", consent.channel())
          .member("jurisdiction", consent.jurisdiction())
          .endObject();
    }
    json.endArray().endObject();
  }

  private static void record(SubjectExport.Record record, JsonText json) throws IOException {
    json.beginObject()
        .member("id", record.id())
        .member("kind", record.kind())
        .member("source", record.source())
        .member("sourceKey", record.sourceKey())
        .member("sourceVersion", record.sourceVersion())
        .member("collectedAt", text(record.collectedAt()))
        .member("storedAt", text(record.storedAt()))
        .member("policyPack", record.policyPack())
        .name("fields")
        .beginArray();
    for (SubjectExport.Field field : record.fields()) {
      json.beginObject()
          .member("name", field.name())
          .member("class", field.fieldClass())
          .member("value", field.value().orElse(null))
          .member("erased", field.erased());
      strings(json.name("purposes"), field.purposes());
      json.endObject();
    }
    json.endArray().name("decisions").beginArray();
    for (SubjectExport.Decision decision : record.decisions()) {
      json.beginObject()
          .member("field", decision.field())
          .member("class", decision.fieldClass())
          .member("outcome", decision.outcome());
      strings(json.name("purposes"), decision.purposes());
      json.member("reason", decision.reason()).endObject();
    }
    json.endArray().name("retention").beginArray();
    for (SubjectExport.Retention retention : record.retention()) {
      json.beginObject()
          .member("category", retention.category())
          .member("countsFrom", retention.countsFrom())
          .member("deadline", retention.deadline().map(Instant::toString).orElse(null))
          .endObject();
    }
    json.endArray().endObject();
  }

  private static void strings(JsonText json, List<String> values) throws IOException {
    json.beginArray();
    for (String value : values) {
      json.value(value);
    }
    json.endArray();
  }

  private static void records(SubjectExport export, Writer out) throws IOException {
    out.write(BOM);
    CsvText csv = new CsvText(out);
    csv.row(
        "record_id",
        "record_kind",
        "source",
        "source_key",
        "collected_at",
        "field",
        "field_class",
        "value",
        "erased",
        "purposes");
    for (SubjectExport.Record record : export.records()) {
      for (SubjectExport.Field field : record.fields()) {
        csv.row(
            record.id(),
            record.kind(),
            record.source(),
            record.sourceKey(),
            text(record.collectedAt()),
            field.name(),
            field.fieldClass(),
            field.value().orElse(""),
            Boolean.toString(field.erased()),
            String.join(" ", field.purposes()));
      }
    }
  }

  private static void decisions(SubjectExport export, Writer out) throws IOException {
    out.write(BOM);
    CsvText csv = new CsvText(out);
    csv.row("record_id", "field", "field_class", "outcome", "purposes", "reason");
    for (SubjectExport.Record record : export.records()) {
      for (SubjectExport.Decision d : record.decisions()) {
        csv.row(
            record.id(),
            d.field(),
            d.fieldClass(),
            d.outcome(),
            String.join(" ", d.purposes()),
            d.reason());
      }
    }
  }

  private static void consents(SubjectExport export, Writer out) throws IOException {
    out.write(BOM);
    CsvText csv = new CsvText(out);
    csv.row("purpose", "event", "at", "lawful_basis", "notice", "channel", "jurisdiction");
    for (SubjectExport.Consent c : export.consents()) {
      csv.row(
          c.purpose(),
          c.event(),
          text(c.at()),
          c.lawfulBasis(),
          c.notice(),
          c.channel(),
          c.jurisdiction());
    }
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  /** Keeps the caller's stream open when the zip is done: the caller may add a CMS trailer. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
