package dev.custos.server.erasure;

import dev.custos.connectors.config.ConnectorConfig;
import dev.custos.connectors.config.ConnectorConfigLoader;
import dev.custos.connectors.ingest.ConnectorPorts;
import dev.custos.connectors.ingest.IngestPipeline;
import dev.custos.connectors.ingest.PrivacyServices;
import dev.custos.connectors.ingest.RunCounts;
import dev.custos.connectors.ingest.SourceEntry;
import dev.custos.connectors.port.ConsentSource;
import dev.custos.connectors.port.Quarantine;
import dev.custos.connectors.port.RecordSink;
import dev.custos.connectors.port.SubjectResolver;
import dev.custos.connectors.port.WatermarkStore;
import dev.custos.policies.blindindex.BlindIndexer;
import dev.custos.policies.classification.FieldClassPolicy;
import dev.custos.policies.consent.ConsentView;
import dev.custos.policies.encryption.Decryption;
import dev.custos.policies.encryption.FieldCipher;
import dev.custos.policies.encryption.FieldContext;
import dev.custos.policies.gate.PrivacyGate;
import dev.custos.policies.keys.DataKeyCache;
import dev.custos.policies.keys.DataKeys;
import dev.custos.policies.keys.MasterKeyRing;
import dev.custos.policies.keys.SoftwareMasterKey;
import dev.custos.policies.keys.StoredDataKey;
import dev.custos.policies.keys.SubjectKeyStore;
import dev.custos.policies.keys.WrappedKey;
import dev.custos.policies.pii.PiiScanner;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.purpose.PolicyPacks;
import dev.custos.policies.retention.RetentionPlanner;
import dev.custos.policies.retention.RetentionRules;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.audit.store.AuditEventStore;
import dev.custos.server.ingest.store.JpaQuarantine;
import dev.custos.server.ingest.store.JpaRecordSink;
import dev.custos.server.ingest.store.JpaWatermarkStore;
import dev.custos.server.privacy.store.JpaSubjectKeyStore;
import dev.custos.server.subject.store.JpaSubjectResolver;
import dev.custos.server.testing.Jpa;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The real privacy core, ingest pipeline and erasure over one test database, as the server wires
 * them, with every port call in a transaction of its own (the server's {@code TransactionalPorts}).
 */
final class ErasureFixture {

  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  static final PolicyPack GDPR = PolicyPacks.gdpr();
  static final String CONNECTOR = "crm-contacts";

  private static final String CONFIG =
      """
      id: crm-contacts
      kind: database-poll
      recordKind: contact
      collectedFor: [service-delivery]
      schedule: PT1M
      source:
        url: jdbc:h2:mem:unused
        user: sa
        password: {env: UNUSED}
        table: contacts
        watermarkColumns: [updated_at, id]
      mapping:
        sourceKey: id
        sourceVersion: updated_at
        fields:
          name: {column: name, class: identifier, required: true, maxLength: 100}
          email: {column: email, class: contact, index: email}
          mobile: {column: mobile, class: contact, index: phone}
          company: {column: company, class: operational}
      """;

  final Jpa jpa;
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final MasterKeyRing ring;
  final BoundKeyStore keyStore;
  final DataKeys dataKeys;
  final FieldCipher cipher;
  final ErasureJournal journal;
  private final IngestPipeline pipeline;

  ErasureFixture(Jpa jpa, Path journalFile) {
    this.jpa = jpa;
    byte[] kek = new byte[32];
    Arrays.fill(kek, (byte) 7);
    SoftwareMasterKey master = new SoftwareMasterKey(1, kek);
    ring = MasterKeyRing.latestActive(List.of(master));
    keyStore = new BoundKeyStore(jpa, clock);
    dataKeys =
        new DataKeys(
            ring,
            keyStore,
            new DataKeyCache(1_000, Duration.ofMinutes(5), clock),
            new SecureRandom());
    cipher = new FieldCipher(dataKeys);
    BlindIndexer indexer = BlindIndexer.fromMasterKey(master, "CN");
    PrivacyGate gate =
        new PrivacyGate(
            FieldClassPolicy.of(GDPR),
            cipher,
            indexer,
            new PiiScanner(),
            new RetentionPlanner(RetentionRules.defaults()),
            clock);
    journal = new ErasureJournal(journalFile, ring);
    ConnectorConfig config = new ConnectorConfigLoader(GDPR).parse("crm.yaml", CONFIG);
    pipeline =
        new IngestPipeline(config, new PrivacyServices(gate, indexer, cipher), ports(), clock);
  }

  /** One sync of the CRM: the given people, each a row with name, e-mail and mobile. */
  RunCounts sync(String version, Person... people) {
    List<SourceEntry.Row> rows =
        Arrays.stream(people)
            .map(
                p -> {
                  Map<String, Object> values = new HashMap<>();
                  values.put("ID", p.id());
                  values.put("NAME", p.name());
                  values.put("EMAIL", p.email());
                  values.put("MOBILE", p.mobile());
                  values.put("COMPANY", "Acme");
                  values.put("UPDATED_AT", version);
                  return new SourceEntry.Row("row " + p.id(), values);
                })
            .toList();
    return pipeline.ingest(rows, Optional.empty());
  }

  /** A person as the CRM holds them. */
  record Person(int id, String name, String email, String mobile) {}

  /** Erases in one transaction, as the server's {@code Erasure} bean does. */
  ErasureEvidence erase(String subjectId, String reference) {
    return jpa.inTransaction(
        em -> keyStore.bound(em, () -> eraser(em).erase(subjectId, reference)));
  }

  /** Replays the journal, each line in a transaction of its own. */
  int replay() {
    int reapplied = 0;
    List<ErasureJournal.Line> lines = journal.readAll();
    ErasureReplay.requireJournalCovers(
        jpa.inTransaction(
            em -> new dev.custos.server.erasure.store.ErasureEvidenceStore(em).journalLineHashes()),
        lines,
        journal);
    for (ErasureJournal.Line line : lines) {
      boolean changed = jpa.inTransaction(em -> keyStore.bound(em, () -> eraser(em).reapply(line)));
      reapplied += changed ? 1 : 0;
    }
    return reapplied;
  }

  Optional<ErasureEvidence> evidence(String reference) {
    return jpa.inTransaction(
        em -> new dev.custos.server.erasure.store.ErasureEvidenceStore(em).find(reference));
  }

  private Eraser eraser(EntityManager em) {
    AuditEventStore audit = new AuditEventStore(em);
    return new Eraser(
        em,
        keyStore,
        dataKeys,
        journal,
        clock,
        event -> audit.append("dsr-workflow", "compliance-officer", event, clock.instant()));
  }

  /** The subject of the CRM row with this id, as the sink stored it. */
  SubjectId subjectOf(int id) {
    return jpa.inTransaction(
        em ->
            new SubjectId(
                (String)
                    em.createNativeQuery(
                            "select subject_id from gated_record where source_key = ?1")
                        .setParameter(1, String.valueOf(id))
                        .getResultList()
                        .getFirst()));
  }

  /** Every stored e-mail envelope of the subject, decrypted now (as a fresh node would). */
  List<Decryption<String>> emails(SubjectId subject) {
    dataKeys.evict(subject);
    List<byte[]> envelopes =
        jpa.inTransaction(
            em ->
                em
                    .createNativeQuery(
                        "select f.envelope from gated_field f join gated_record r"
                            + " on r.id = f.record_id where r.subject_id = ?1 and f.name = 'email'",
                        byte[].class)
                    .setParameter(1, subject.value())
                    .getResultList()
                    .stream()
                    .map(o -> (byte[]) o)
                    .toList());
    FieldContext context = new FieldContext("contact", "email", subject);
    return envelopes.stream().map(e -> cipher.decryptText(context, e)).toList();
  }

  long count(String sql) {
    return jpa.inTransaction(
        em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }

  private ConnectorPorts ports() {
    RecordSink sink =
        (connectorId, records, watermark) ->
            jpa.inTransaction(
                em -> new JpaRecordSink(em, clock).store(connectorId, records, watermark));
    WatermarkStore watermarks =
        connectorId ->
            jpa.inTransaction(em -> new JpaWatermarkStore(em, clock).current(connectorId));
    SubjectResolver resolver =
        (connectorId, indexes) ->
            jpa.inTransaction(
                em -> new JpaSubjectResolver(em, clock).resolve(connectorId, indexes));
    ConsentSource consent = subject -> ConsentView.empty(GDPR);
    Quarantine quarantine = row -> jpa.run(em -> new JpaQuarantine(em).hold(row));
    return new ConnectorPorts(sink, watermarks, resolver, consent, quarantine);
  }

  /**
   * The data-key store, in the erasure's transaction while one is bound, otherwise in a transaction
   * of its own (as {@code TransactionalKeyStore} joins or opens one).
   */
  static final class BoundKeyStore implements SubjectKeyStore {
    private final Jpa jpa;
    private final Clock clock;
    private EntityManager bound;

    BoundKeyStore(Jpa jpa, Clock clock) {
      this.jpa = jpa;
      this.clock = clock;
    }

    synchronized <T> T bound(EntityManager em, java.util.function.Supplier<T> work) {
      bound = em;
      try {
        return work.get();
      } finally {
        bound = null;
      }
    }

    private synchronized <T> T in(Function<JpaSubjectKeyStore, T> work) {
      if (bound != null) {
        return work.apply(new JpaSubjectKeyStore(bound, clock));
      }
      return jpa.inTransaction(em -> work.apply(new JpaSubjectKeyStore(em, clock)));
    }

    @Override
    public Optional<StoredDataKey> find(SubjectId subject) {
      return in(s -> s.find(subject));
    }

    @Override
    public StoredDataKey saveIfAbsent(StoredDataKey key) {
      return in(s -> s.saveIfAbsent(key));
    }

    @Override
    public boolean replaceWrapping(
        SubjectId subject, int keyId, int expectedKekVersion, WrappedKey replacement) {
      return in(s -> s.replaceWrapping(subject, keyId, expectedKekVersion, replacement));
    }

    @Override
    public boolean delete(SubjectId subject) {
      return in(s -> s.delete(subject));
    }

    @Override
    public List<StoredDataKey> wrappedBy(int kekVersion, Optional<SubjectId> after, int limit) {
      return in(s -> s.wrappedBy(kekVersion, after, limit));
    }
  }
}
