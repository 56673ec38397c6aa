package dev.custos.server.request;

import dev.custos.policies.encryption.Decryption;
import dev.custos.policies.encryption.FieldCipher;
import dev.custos.policies.encryption.FieldContext;
import dev.custos.policies.export.SubjectExport;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.ingest.store.SubjectRecords;
import dev.custos.server.request.store.SubjectRequestEntity;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Gathers everything held about a subject and decrypts it under the subject's data key, for the
 * export archive. Runs in the caller's transaction; the result holds personal data in clear and
 * lives only while the archive is streamed.
 */
@Dependent
public class SubjectExports {

  private final SubjectRecords records;
  private final FieldCipher cipher;

  @Inject
  public SubjectExports(SubjectRecords records, FieldCipher cipher) {
    this.records = records;
    this.cipher = cipher;
  }

  public SubjectExport of(SubjectRequestEntity request, SubjectId subject, Instant now) {
    List<SubjectExport.Record> out = new ArrayList<>();
    for (SubjectRecords.Stored stored : records.of(subject)) {
      out.add(record(stored, subject));
    }
    return new SubjectExport(
        request.id().toString(),
        request.type(),
        request.receivedAt(),
        now,
        subject.value(),
        out,
        List.of());
  }

  private SubjectExport.Record record(SubjectRecords.Stored stored, SubjectId subject) {
    List<SubjectExport.Field> fields = new ArrayList<>(stored.fields().size());
    for (SubjectRecords.Field f : stored.fields()) {
      fields.add(field(stored.kind(), f, subject));
    }
    return new SubjectExport.Record(
        stored.id().toString(),
        stored.kind(),
        stored.source(),
        stored.sourceKey(),
        stored.sourceVersion(),
        stored.collectedAt(),
        stored.gatedAt(),
        stored.pack(),
        fields,
        stored.decisions().stream()
            .map(
                d ->
                    new SubjectExport.Decision(
                        d.field(), d.fieldClass(), d.outcome(), purposes(d.purposes()), d.reason()))
            .toList(),
        stored.stamps().stream()
            .map(
                s ->
                    new SubjectExport.Retention(
                        s.category(), s.countsFrom(), Optional.ofNullable(s.deadline())))
            .toList());
  }

  private SubjectExport.Field field(String kind, SubjectRecords.Field f, SubjectId subject) {
    List<String> purposes = purposes(f.purposes());
    if (f.envelope() == null) {
      return new SubjectExport.Field(
          f.name(), f.fieldClass(), Optional.ofNullable(f.plainValue()), false, purposes);
    }
    // The context the gate sealed the field with: the record's kind, the field, the subject.
    Decryption<String> value =
        cipher.decryptText(new FieldContext(kind, f.name(), subject), f.envelope());
    return switch (value) {
      case Decryption.Decrypted<String> d ->
          new SubjectExport.Field(
              f.name(), f.fieldClass(), Optional.ofNullable(d.value()), false, purposes);
      case Decryption.Erased<String> e ->
          new SubjectExport.Field(f.name(), f.fieldClass(), Optional.empty(), true, purposes);
    };
  }

  private static List<String> purposes(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
  }
}
