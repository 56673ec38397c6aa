package dev.custos.benchmarks;

import dev.custos.policies.crypto.PassphraseEncryption;
import dev.custos.policies.encryption.Decryption;
import dev.custos.policies.encryption.FieldCipher;
import dev.custos.policies.encryption.FieldContext;
import dev.custos.policies.export.ExportArchive;
import dev.custos.policies.export.SubjectExport;
import dev.custos.policies.subject.SubjectId;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The export of a data-subject access request for a person with 1,000 stored records (five fields
 * each, four of them encrypted): decrypting the fields and writing the zip archive (JSON, two CSV
 * files, read-me), plain and encrypted under a pass phrase, against only decrypting the fields —
 * the part no export can skip. Reading the rows from the database is measured apart (see
 * docs/benchmarks.md). One operation is one whole export; its latency is 1 / throughput.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExportBenchmark {

  private static final int RECORDS = 1000;
  private static final String[] NAMES = {"name", "email", "phone", "note"};
  private static final char[] PASSPHRASE = "a pass phrase the officer gives".toCharArray();

  private FieldCipher cipher;
  private SubjectId subject;
  private List<byte[][]> envelopes;
  private final PassphraseEncryption encryption = new PassphraseEncryption();

  @Setup
  public void setUp() {
    cipher = new FieldCipher(BenchmarkKeys.dataKeys());
    subject = SubjectId.random();
    envelopes = new ArrayList<>(RECORDS);
    String[] values = {
      "张伟", "zhang.wei@example.com", "+86 138 0013 8000", "送货太慢了，司机也没有打电话。Parcel arrived damaged."
    };
    for (int i = 0; i < RECORDS; i++) {
      byte[][] record = new byte[NAMES.length][];
      for (int f = 0; f < NAMES.length; f++) {
        record[f] = cipher.encryptText(context(f), values[f]);
      }
      envelopes.add(record);
    }
  }

  @Benchmark
  public int baseline() {
    int length = 0;
    for (byte[][] record : envelopes) {
      for (int f = 0; f < NAMES.length; f++) {
        if (cipher.decryptText(context(f), record[f]) instanceof Decryption.Decrypted<String> d) {
          length += d.value().length();
        }
      }
    }
    return length;
  }

  @Benchmark
  public long archive() throws IOException {
    Counting out = new Counting();
    ExportArchive.write(export(), out);
    return out.count;
  }

  @Benchmark
  public long encryptedArchive() throws IOException {
    Counting out = new Counting();
    try (OutputStream encrypted = encryption.encrypting(out, PASSPHRASE)) {
      ExportArchive.write(export(), encrypted);
    }
    return out.count;
  }

  private SubjectExport export() {
    Instant at = Instant.parse("2026-03-01T10:00:00Z");
    List<SubjectExport.Record> records = new ArrayList<>(RECORDS);
    for (int i = 0; i < RECORDS; i++) {
      byte[][] record = envelopes.get(i);
      List<SubjectExport.Field> fields = new ArrayList<>(NAMES.length + 1);
      for (int f = 0; f < NAMES.length; f++) {
        Decryption<String> value = cipher.decryptText(context(f), record[f]);
        fields.add(
            new SubjectExport.Field(
                NAMES[f],
                f == 3 ? "free-text" : "contact",
                value instanceof Decryption.Decrypted<String> d
                    ? Optional.ofNullable(d.value())
                    : Optional.empty(),
                false,
                List.of("service-delivery", "feedback-analysis")));
      }
      fields.add(
          new SubjectExport.Field(
              "tier", "operational", Optional.of("gold"), false, List.of("service-delivery")));
      records.add(
          new SubjectExport.Record(
              "00000000-0000-0000-0000-" + String.format("%012d", i),
              "contact",
              "crm",
              "c-" + i,
              "v1",
              at,
              at,
              "gdpr@1",
              fields,
              List.of(
                  new SubjectExport.Decision(
                      "name", "identifier", "ENCRYPTED", List.of("service-delivery"), "kept")),
              List.of(
                  new SubjectExport.Retention("contact-data", "LAST_CONTACT", Optional.of(at)))));
    }
    return new SubjectExport("request-1", "access", at, at, subject.value(), records, List.of());
  }

  private FieldContext context(int field) {
    return new FieldContext("contact", NAMES[field], subject);
  }

  /** Counts bytes and drops them, as a network stream would take them away. */
  private static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
