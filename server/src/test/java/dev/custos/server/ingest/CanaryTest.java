package dev.custos.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.connectors.port.SubjectResolver.Resolution;
import dev.custos.connectors.port.Watermark;
import dev.custos.policies.blindindex.BlindIndexer;
import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.classification.FieldClass;
import dev.custos.policies.classification.FieldClassPolicy;
import dev.custos.policies.consent.CollectionMethod;
import dev.custos.policies.consent.ConsentContext;
import dev.custos.policies.consent.ConsentEvent;
import dev.custos.policies.consent.ConsentForm;
import dev.custos.policies.consent.ConsentView;
import dev.custos.policies.consent.Notice;
import dev.custos.policies.encryption.Decryption;
import dev.custos.policies.encryption.FieldCipher;
import dev.custos.policies.encryption.FieldContext;
import dev.custos.policies.gate.GatedRecord;
import dev.custos.policies.gate.InboundField;
import dev.custos.policies.gate.InboundRecord;
import dev.custos.policies.gate.PrivacyGate;
import dev.custos.policies.gate.RecordKind;
import dev.custos.policies.keys.DataKeyCache;
import dev.custos.policies.keys.DataKeys;
import dev.custos.policies.keys.MasterKeyRing;
import dev.custos.policies.keys.SoftwareMasterKey;
import dev.custos.policies.pii.PiiScanner;
import dev.custos.policies.purpose.LawfulBasis;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.purpose.PolicyPacks;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.retention.RetentionPlanner;
import dev.custos.policies.retention.RetentionRules;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.ingest.store.JpaRecordSink;
import dev.custos.server.privacy.store.JpaSubjectKeyStore;
import dev.custos.server.subject.store.JpaSubjectResolver;
import dev.custos.server.testing.Jpa;
import dev.custos.server.testing.TestDatabases;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Distinctive personal data goes through the real gate into the real tables, and then cannot be
 * found anywhere in the database: not in any column of any table, and not in the bytes of the H2
 * database file, in UTF-8 or UTF-16.
 */
class CanaryTest {

  static final String EMAIL = "canary.zhang.7731@example.com";
  static final String PHONE = "+86 139 7731 0042";
  static final String NAME = "金丝雀七七三一";

  /** The canaries and the normalised forms that blind indexing and scanning work on. */
  static final List<String> NEEDLES =
      List.of(EMAIL, "canary.zhang", PHONE, "13977310042", "7731 0042", NAME, "金丝雀");

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final PolicyPack GDPR = PolicyPacks.gdpr();

  @TempDir Path h2Directory;

  @Test
  void noCanaryIsReadableInAnyTableOrInTheH2File() throws SQLException, IOException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + h2Directory.resolve("canary"));
    h2.setUser("sa");

    ingestCanaries(h2);
    assertThat(TableScan.findAny(h2, "PUBLIC", NEEDLES)).isEmpty();

    try (var c = h2.getConnection();
        var s = c.createStatement()) {
      // Closes the database, so that everything it holds is written to its file.
      s.execute("shutdown");
    }
    try (Stream<Path> files = Files.list(h2Directory)) {
      List<Path> all = files.toList();
      assertThat(all).anyMatch(p -> p.getFileName().toString().endsWith(".mv.db"));
      for (Path file : all) {
        assertThat(TableScan.encodingsFound(Files.readAllBytes(file), NEEDLES))
            .as(file.getFileName().toString())
            .isEmpty();
      }
    }
  }

  @Test
  void noCanaryIsReadableInAnyTableOnPostgres() throws SQLException {
    DataSource postgres = TestDatabases.postgres();

    ingestCanaries(postgres);

    String schema;
    try (var c = postgres.getConnection()) {
      schema = c.getSchema();
    }
    assertThat(TableScan.findAny(postgres, schema, NEEDLES)).isEmpty();
  }

  /** Resolves, gates and stores one feedback record, and checks that it is really there. */
  private static void ingestCanaries(DataSource dataSource) {
    MasterKeyRing ring = MasterKeyRing.latestActive(List.of(masterKey()));
    BlindIndexer indexer = BlindIndexer.fromMasterKey(ring.active(), "CN");
    try (Jpa jpa = Jpa.on(dataSource)) {
      SubjectId subject =
          jpa.inTransaction(
              em -> {
                FieldCipher cipher = cipher(em, ring);
                PrivacyGate gate = gate(cipher, indexer);
                SubjectId resolved = resolve(em, indexer);
                GatedRecord gated = gate.pass(record(resolved), consent(resolved));
                new JpaRecordSink(em, CLOCK)
                    .store("canary-crm", List.of(gated), Optional.of(new Watermark("w-1")));
                return resolved;
              });

      byte[] envelope =
          jpa.inTransaction(
              em ->
                  (byte[])
                      em.createNativeQuery(
                              "select f.envelope from gated_field f where f.name = 'email'")
                          .getSingleResult());
      Decryption<String> email =
          jpa.inTransaction(
              em ->
                  cipher(em, ring)
                      .decryptText(new FieldContext("feedback", "email", subject), envelope));
      assertThat(email).isEqualTo(new Decryption.Decrypted<>(EMAIL));
    }
  }

  private static SubjectId resolve(EntityManager em, BlindIndexer indexer) {
    Resolution resolution =
        new JpaSubjectResolver(em, CLOCK)
            .resolve(
                "canary-crm",
                "row-1",
                Map.of(
                    IndexKind.EMAIL, indexer.email(EMAIL).orElseThrow(),
                    IndexKind.PHONE, indexer.phone(PHONE).orElseThrow()));
    return ((Resolution.Created) resolution).subject();
  }

  private static InboundRecord record(SubjectId subject) {
    return new InboundRecord(
        "canary-crm",
        "row-1",
        "1",
        RecordKind.FEEDBACK,
        subject,
        NOW.minusSeconds(3600),
        Set.of(PurposeId.of("feedback-analysis"), PurposeId.of("follow-up-contact")),
        List.of(
            InboundField.indexed("email", FieldClass.IDENTIFIER, IndexKind.EMAIL, EMAIL),
            InboundField.indexed("phone", FieldClass.CONTACT, IndexKind.PHONE, PHONE),
            InboundField.of("name", FieldClass.IDENTIFIER, NAME),
            InboundField.of(
                "comment",
                FieldClass.FREE_TEXT,
                NAME + " 说：请打 " + PHONE + " 或写信到 " + EMAIL + " 联系我"),
            InboundField.of("nps", FieldClass.OPERATIONAL, "2")));
  }

  /** Consent to follow-up contact, so that the phone number is kept (encrypted) too. */
  private static ConsentView consent(SubjectId subject) {
    ConsentContext context =
        new ConsentContext(
            subject,
            PurposeId.of("follow-up-contact"),
            LawfulBasis.CONSENT,
            Notice.of("survey-consent", "2", "We call you back about your feedback."),
            Locale.ENGLISH,
            CollectionMethod.WEB_FORM,
            "web",
            "canary-crm",
            "EU");
    return ConsentView.fold(
        GDPR,
        List.of(
            new ConsentEvent.Given(
                UUID.randomUUID(),
                1,
                NOW.minusSeconds(7200),
                context,
                ConsentForm.SEPARATE,
                Optional.empty())));
  }

  private static FieldCipher cipher(EntityManager em, MasterKeyRing ring) {
    return new FieldCipher(
        new DataKeys(
            ring,
            new JpaSubjectKeyStore(em, CLOCK),
            new DataKeyCache(100, Duration.ofMinutes(5), CLOCK),
            new SecureRandom()));
  }

  private static PrivacyGate gate(FieldCipher cipher, BlindIndexer indexer) {
    return new PrivacyGate(
        FieldClassPolicy.of(GDPR),
        cipher,
        indexer,
        new PiiScanner(),
        new RetentionPlanner(RetentionRules.defaults()),
        CLOCK);
  }

  private static SoftwareMasterKey masterKey() {
    byte[] kek = new byte[32];
    new SecureRandom().nextBytes(kek);
    return new SoftwareMasterKey(1, kek);
  }
}
