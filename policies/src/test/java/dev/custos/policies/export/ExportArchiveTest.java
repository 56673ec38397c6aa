package dev.custos.policies.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The archive a person receives: the files it holds and what each says. */
class ExportArchiveTest {

  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

  static SubjectExport export() {
    var record =
        new SubjectExport.Record(
            "rec-1",
            "contact",
            "crm",
            "c-1",
            "v1",
            AT,
            AT.plusSeconds(5),
            "gdpr@1",
            List.of(
                new SubjectExport.Field(
                    "name", "identifier", Optional.of("李伟"), false, List.of("service-delivery")),
                new SubjectExport.Field(
                    "note",
                    "free-text",
                    Optional.of("Call \"after\" 5pm,\nplease"),
                    false,
                    List.of("service-delivery", "feedback-analysis")),
                new SubjectExport.Field(
                    "formula", "operational", Optional.of("=HYPERLINK(1)"), false, List.of()),
                new SubjectExport.Field("old", "contact", Optional.empty(), true, List.of())),
            List.of(
                new SubjectExport.Decision(
                    "name", "identifier", "ENCRYPTED", List.of("service-delivery"), "kept")),
            List.of(
                new SubjectExport.Retention("contact-data", "LAST_CONTACT", Optional.of(AT)),
                new SubjectExport.Retention("comments", "COLLECTION", Optional.empty())));
    return new SubjectExport(
        "req-1",
        "access",
        AT,
        AT.plusSeconds(60),
        "subject-0001",
        List.of(record),
        List.of(
            new SubjectExport.Consent(
                "marketing", "given", AT, "consent", "notice-1 v2", "web", "gdpr")));
  }

  @Test
  void theArchiveHoldsJsonCsvAndReadMeWithTheDecryptedValues() throws IOException {
    Map<String, String> files = unzip(write(export()));

    assertThat(files)
        .containsOnlyKeys(
            "README.txt", "data.json", "records.csv", "decisions.csv", "consents.csv");
    assertThat(files.get("README.txt")).contains("req-1").contains("您的个人信息副本");
    assertThat(files.get("data.json"))
        .startsWith("{\n  \"format\": \"custos-subject-export/1\",")
        .contains("\"value\": \"李伟\"")
        .contains("\"value\": \"Call \\\"after\\\" 5pm,\\nplease\"")
        .contains("\"value\": null,\n          \"erased\": true")
        .contains("\"deadline\": null")
        .contains(
            "\"purposes\": [\n            \"service-delivery\",\n            \"feedback-analysis\"\n          ]")
        .contains("\"purposes\": []")
        .contains("\"event\": \"given\"");
    assertThat(files.get("records.csv"))
        .startsWith("\uFEFFrecord_id,record_kind,source,")
        .contains(
            "rec-1,contact,crm,c-1,2026-03-01T10:00:00Z,name,identifier,李伟,false,service-delivery\r\n")
        .contains("\"Call \"\"after\"\" 5pm,\nplease\"")
        .contains(",'=HYPERLINK(1),")
        .contains("old,contact,,true,");
    assertThat(files.get("decisions.csv"))
        .contains("rec-1,name,identifier,ENCRYPTED,service-delivery,kept");
    assertThat(files.get("consents.csv")).contains("marketing,given,2026-03-01T10:00:00Z,consent");
  }

  @Test
  void aPersonWithNothingStoredGetsAnArchiveOfEmptyListsThatIsStillValidJson() throws IOException {
    var empty =
        new SubjectExport("req-2", "portability", AT, AT, "subject-0002", List.of(), List.of());

    String json = unzip(write(empty)).get("data.json");

    assertThat(json).contains("\"records\": []").contains("\"consents\": []").endsWith("}");
  }

  @Test
  void toStringNamesNoValue() {
    assertThat(export().toString()).doesNotContain("李伟");
    assertThat(export().records().getFirst().toString()).doesNotContain("李伟");
    assertThat(export().records().getFirst().fields().getFirst().toString()).doesNotContain("李伟");
  }

  static byte[] write(SubjectExport export) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportArchive.write(export, out);
    return out.toByteArray();
  }

  static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
