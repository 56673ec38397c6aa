package dev.custos.server.request;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.connectors.port.SubjectResolver.Resolution;
import dev.custos.policies.blindindex.BlindIndexer;
import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.classification.FieldClass;
import dev.custos.policies.classification.FieldClassPolicy;
import dev.custos.policies.consent.ConsentView;
import dev.custos.policies.encryption.FieldCipher;
import dev.custos.policies.export.ExportArchive;
import dev.custos.policies.export.SubjectExport;
import dev.custos.policies.gate.GatedRecord;
import dev.custos.policies.gate.InboundField;
import dev.custos.policies.gate.InboundRecord;
import dev.custos.policies.gate.PrivacyGate;
import dev.custos.policies.gate.RecordKind;
import dev.custos.policies.pii.PiiScanner;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.purpose.PolicyPacks;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.retention.RetentionPlanner;
import dev.custos.policies.retention.RetentionRules;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.ingest.store.JpaRecordSink;
import dev.custos.server.ingest.store.SubjectRecords;
import dev.custos.server.request.store.SubjectRequestEntity;
import dev.custos.server.subject.store.JpaSubjectResolver;
import dev.custos.server.subject.store.SubjectLookup;
import dev.custos.server.testing.Databases;
import dev.custos.server.testing.Jpa;
import dev.custos.server.testing.MemoryKeys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a data-subject request reads and changes in the stored records: the person found by blind
 * index, their records decrypted for the export (and nobody else's), a field corrected in place,
 * and an export of 1,000 records among many produced in well under a second.
 */
class SubjectRecordsTest {

  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
  private static final PolicyPack PACK = PolicyPacks.gdpr();
  private static final Set<PurposeId> SERVICE = Set.of(PurposeId.of("service-delivery"));

  private final FieldCipher cipher = new FieldCipher(MemoryKeys.dataKeys());
  private final BlindIndexer indexer = new BlindIndexer(kind -> new byte[32], "CN");
  private final PrivacyGate gate =
      new PrivacyGate(
          FieldClassPolicy.of(PACK),
          cipher,
          indexer,
          new PiiScanner(),
          new RetentionPlanner(RetentionRules.defaults()),
          CLOCK);

  static Stream<Arguments> databases() {
    return Databases.both();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void theExportHoldsThePersonsDecryptedFieldsAndNobodyElses(
      String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      SubjectId li = ingest(jpa, "c-1", "李伟", "li.wei@example.com", "13800138000");
      ingest(jpa, "c-2", "Wang Fang", "wang.fang@example.com", "+44 20 7946 0958");

      Optional<SubjectId> found =
          jpa.inTransaction(
              em ->
                  new SubjectLookup(em)
                      .find(Map.of(IndexKind.EMAIL, indexer.email("LI.WEI@example.com").get())));
      SubjectExport export = jpa.inTransaction(em -> exports(em).of(request(), li, T0));

      assertThat(found).contains(li);
      assertThat(export.records()).hasSize(1);
      SubjectExport.Record record = export.records().getFirst();
      assertThat(record.sourceKey()).isEqualTo("c-1");
      assertThat(record.kind()).isEqualTo("contact");
      assertThat(values(record))
          .containsEntry("name", "李伟")
          .containsEntry("email", "li.wei@example.com")
          .containsEntry("phone", "13800138000")
          .containsEntry("tier", "gold");
      assertThat(record.decisions()).isNotEmpty();
      assertThat(record.retention()).isNotEmpty();
      assertThat(export.toString()).doesNotContain("李伟");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aCorrectedFieldIsEncryptedAgainAndFoundByItsNewBlindIndex(
      String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      SubjectId li = ingest(jpa, "c-1", "李伟", "li.wei@example.com", "13800138000");
      String oldDigest = indexer.email("li.wei@example.com").get();
      String newDigest = indexer.email("wei.li@example.org").get();

      jpa.run(
          em -> {
            SubjectRecords records = new SubjectRecords(em);
            SubjectLookup lookup = new SubjectLookup(em);
            var held = records.fieldsNamed(li, "email");
            assertThat(held).hasSize(1);
            assertThat(lookup.kindOf(li, oldDigest)).contains(IndexKind.EMAIL);
            assertThat(lookup.reindex(li, IndexKind.EMAIL, oldDigest, newDigest, T0)).isTrue();
            held.forEach(
                (id, f) ->
                    records.replace(
                        id,
                        "email",
                        cipher.encryptText(
                            new dev.custos.policies.encryption.FieldContext(
                                f.recordKind(), "email", li),
                            "wei.li@example.org"),
                        Optional.of(newDigest)));
          });

      SubjectExport export = jpa.inTransaction(em -> exports(em).of(request(), li, T0));
      assertThat(values(export.records().getFirst())).containsEntry("email", "wei.li@example.org");
      Optional<SubjectId> byNew =
          jpa.inTransaction(em -> new SubjectLookup(em).find(Map.of(IndexKind.EMAIL, newDigest)));
      Optional<SubjectId> byOld =
          jpa.inTransaction(em -> new SubjectLookup(em).find(Map.of(IndexKind.EMAIL, oldDigest)));
      assertThat(byNew).contains(li);
      assertThat(byOld).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aCorrectionToAnotherPersonsIdentifierIsRefused(String name, Supplier<DataSource> database) {
    try (Jpa jpa = Jpa.on(database.get())) {
      SubjectId li = ingest(jpa, "c-1", "李伟", "li.wei@example.com", "13800138000");
      ingest(jpa, "c-2", "Wang Fang", "wang.fang@example.com", "+44 20 7946 0958");

      boolean moved =
          jpa.inTransaction(
              em ->
                  new SubjectLookup(em)
                      .reindex(
                          li,
                          IndexKind.EMAIL,
                          indexer.email("li.wei@example.com").get(),
                          indexer.email("wang.fang@example.com").get(),
                          T0));

      assertThat(moved).isFalse();
    }
  }

  /**
   * The smaller-scale proof of the export budget: 1,000 records of one person among 20,000 others,
   * read, decrypted and archived. The look-ups go through indexes, so the time follows the person's
   * records, not the table (docs/benchmarks.md has the figures).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anExportOfAThousandRecordsAmongManyTakesUnderASecond(
      String name, Supplier<DataSource> database) throws Exception {
    DataSource ds = database.get();
    try (Jpa jpa = Jpa.on(ds)) {
      SubjectId person = SubjectId.random();
      List<GatedRecord> theirs = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        theirs.add(gate.pass(contact(person, "p-" + i, "张伟", "zhang.wei@example.com"), consent()));
      }
      jpa.run(em -> new JpaRecordSink(em, CLOCK).store("crm", theirs, Optional.empty()));
      insertOthers(ds, 20_000);
      analyze(ds);

      SubjectExport warm = jpa.inTransaction(em -> exports(em).of(request(), person, T0));
      // Best of five: the budget is for the work, not for other processes on a shared machine.
      Duration took = Duration.ofDays(1);
      int bytes = 0;
      for (int i = 0; i < 5; i++) {
        long start = System.nanoTime();
        bytes = jpa.inTransaction(em -> archiveSize(exports(em).of(request(), person, T0)));
        Duration once = Duration.ofNanos(System.nanoTime() - start);
        took = once.compareTo(took) < 0 ? once : took;
      }

      assertThat(warm.records()).hasSize(1000);
      assertThat(bytes).isPositive();
      assertThat(took).isLessThan(Duration.ofSeconds(1));
    }
  }

  private SubjectId ingest(Jpa jpa, String key, String name, String email, String phone) {
    return jpa.inTransaction(
        em -> {
          Resolution resolution =
              new JpaSubjectResolver(em, CLOCK)
                  .resolve(
                      "crm",
                      Map.of(
                          IndexKind.EMAIL, indexer.email(email).get(),
                          IndexKind.PHONE, indexer.phone(phone).get()));
          SubjectId subject =
              switch (resolution) {
                case Resolution.Created c -> c.subject();
                case Resolution.Matched m -> m.subject();
                case Resolution.Suppressed s -> throw new IllegalStateException("suppressed");
              };
          InboundRecord record =
              new InboundRecord(
                  "crm",
                  key,
                  "v1",
                  RecordKind.CONTACT,
                  subject,
                  T0.minusSeconds(60),
                  SERVICE,
                  List.of(
                      InboundField.of("name", FieldClass.IDENTIFIER, name),
                      InboundField.indexed("email", FieldClass.CONTACT, IndexKind.EMAIL, email),
                      InboundField.indexed("phone", FieldClass.CONTACT, IndexKind.PHONE, phone),
                      InboundField.of("tier", FieldClass.OPERATIONAL, "gold")));
          new JpaRecordSink(em, CLOCK)
              .store("crm", List.of(gate.pass(record, consent())), Optional.empty());
          return subject;
        });
  }

  private static InboundRecord contact(SubjectId subject, String key, String name, String email) {
    return new InboundRecord(
        "crm",
        key,
        "v1",
        RecordKind.CONTACT,
        subject,
        T0.minusSeconds(60),
        SERVICE,
        List.of(
            InboundField.of("name", FieldClass.IDENTIFIER, name),
            InboundField.indexed("email", FieldClass.CONTACT, IndexKind.EMAIL, email),
            InboundField.of("tier", FieldClass.OPERATIONAL, "gold")));
  }

  /** Records of other people, written directly: their number, not their content, matters here. */
  private static void insertOthers(DataSource ds, int count) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement records =
              c.prepareStatement(
                  "insert into gated_record (id, connector_id, source, source_key, source_version,"
                      + " kind, subject_id, collected_at, gated_at, pack)"
                      + " values (?, 'crm', 'crm', ?, 'v1', 'contact', ?, ?, ?, 'gdpr@1')");
          PreparedStatement fields =
              c.prepareStatement(
                  "insert into gated_field (record_id, name, field_class, envelope, purposes)"
                      + " values (?, 'name', 'identifier', ?, 'service-delivery')")) {
        Timestamp at = Timestamp.from(T0);
        for (int i = 0; i < count; i++) {
          UUID id = UUID.randomUUID();
          records.setObject(1, id);
          records.setString(2, "o-" + i);
          records.setString(3, "other-" + (i % 5000) + "-subject");
          records.setTimestamp(4, at);
          records.setTimestamp(5, at);
          records.addBatch();
          fields.setObject(1, id);
          fields.setBytes(2, new byte[48]);
          fields.addBatch();
          if (i % 1000 == 999) {
            records.executeBatch();
            fields.executeBatch();
          }
        }
        records.executeBatch();
        fields.executeBatch();
      }
      c.commit();
    }
  }

  /**
   * Gives the planner statistics of the bulk-loaded tables, as autovacuum does on a live database;
   * without them PostgreSQL takes the tables for empty and joins them by scanning.
   */
  private static void analyze(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        java.sql.Statement s = c.createStatement()) {
      s.execute("analyze");
    }
  }

  private static int archiveSize(SubjectExport export) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ExportArchive.write(export, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.size();
  }

  private static ConsentView consent() {
    return ConsentView.empty(PACK);
  }

  private static Map<String, String> values(SubjectExport.Record record) {
    Map<String, String> values = new java.util.HashMap<>();
    record.fields().forEach(f -> values.put(f.name(), f.value().orElse(null)));
    return values;
  }

  /** The export without the consent ledger, which these tests do not hold. */
  private SubjectExports exports(jakarta.persistence.EntityManager em) {
    return new SubjectExports(new SubjectRecords(em), cipher, subject -> List.of());
  }

  private static SubjectRequestEntity request() {
    return new SubjectRequestEntity(
        UUID.randomUUID(), "access", "gdpr", "in-progress", null, "", null, T0, T0, "officer");
  }
}
