package dev.custos.benchmarks.ingest;

import dev.custos.connectors.config.ConnectorConfig;
import dev.custos.connectors.config.ConnectorConfigLoader;
import dev.custos.connectors.ingest.ConnectorPorts;
import dev.custos.connectors.ingest.IngestPipeline;
import dev.custos.connectors.ingest.PrivacyServices;
import dev.custos.connectors.ingest.RunCounts;
import dev.custos.connectors.port.PageTransaction;
import dev.custos.connectors.port.SubjectResolver;
import dev.custos.connectors.port.Watermark;
import dev.custos.policies.blindindex.BlindIndexer;
import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.classification.FieldClassPolicy;
import dev.custos.policies.encryption.FieldCipher;
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
import dev.custos.server.consent.store.ConsentLedger;
import dev.custos.server.ingest.store.JpaQuarantine;
import dev.custos.server.ingest.store.JpaRecordSink;
import dev.custos.server.ingest.store.JpaWatermarkStore;
import dev.custos.server.privacy.store.JpaSubjectKeyStore;
import dev.custos.server.subject.store.JpaSubjectResolver;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The connector path as the server wires it, outside Payara: the real privacy core over a software
 * master key, and the server's JPA stores and consent ledger, each port call in a transaction of
 * its own as the server's transactional ports run them (connector threads have none open).
 */
final class FullPath {

  static final String CONNECTOR = "crm-contacts";

  private static final PolicyPack PACK = PolicyPacks.gdpr();

  private final IngestPipeline pipeline;

  /**
   * @param pageTransaction one transaction per page, as the server runs it; false for the former
   *     path, a transaction per port call
   */
  FullPath(BenchDatabase db, int pageSize, boolean pageTransaction) {
    Clock clock = Clock.systemUTC();
    byte[] kek = new byte[32];
    new SecureRandom().nextBytes(kek);
    SoftwareMasterKey master = new SoftwareMasterKey(1, kek);
    DataKeys keys =
        new DataKeys(
            MasterKeyRing.latestActive(List.of(master)),
            new KeyStore(db, clock),
            new DataKeyCache(10_000, Duration.ofMinutes(5), clock),
            new SecureRandom());
    FieldCipher cipher = new FieldCipher(keys);
    BlindIndexer indexer = BlindIndexer.fromMasterKey(master, "CN");
    PrivacyGate gate =
        new PrivacyGate(
            FieldClassPolicy.of(PACK),
            cipher,
            indexer,
            new PiiScanner(),
            new RetentionPlanner(RetentionRules.defaults()),
            clock);
    ConnectorPorts ports =
        new ConnectorPorts(
            (connector, records, watermark) ->
                db.inTransaction(
                    em -> new JpaRecordSink(em, clock).store(connector, records, watermark)),
            connector ->
                db.inTransaction(em -> new JpaWatermarkStore(em, clock).current(connector)),
            new Resolver(db, clock),
            subjects -> db.inTransaction(em -> new ConsentLedger(em).view(PACK, subjects)),
            row ->
                db.inTransaction(
                    em -> {
                      new JpaQuarantine(em).hold(row);
                      return null;
                    }),
            pageTransaction
                ? new PageTransaction() {
                  @Override
                  public <T> T inOne(Supplier<T> work) {
                    return db.inTransaction(em -> work.get());
                  }
                }
                : PageTransaction.NONE);
    pipeline =
        new IngestPipeline(
            config(pageSize), new PrivacyServices(gate, indexer, cipher), ports, clock);
  }

  /** Ingests rows 0 to {@code rows} page by page, each page with its watermark. */
  RunCounts ingest(int rows, int pageSize) {
    RunCounts total = RunCounts.NONE;
    for (int from = 0; from < rows; from += pageSize) {
      int to = Math.min(rows, from + pageSize);
      total =
          total.plus(
              pipeline.ingest(CrmRows.page(from, to), Optional.of(new Watermark("n:" + to))));
    }
    return total;
  }

  private static ConnectorConfig config(int pageSize) {
    String yaml =
        """
        id: %s
        kind: database-poll
        recordKind: contact
        collectedFor: [service-delivery]
        schedule: PT1M
        source:
          url: jdbc:postgresql://crm.example.com/crm
          user: custos
          password: {env: CRM_PASSWORD}
          table: contacts
          watermarkColumns: [updated_at, contact_id]
          pageSize: %d
        mapping:
          sourceKey: contact_id
          sourceVersion: updated_at
          fields:
            name:    {column: name, class: identifier, required: true, maxLength: 200}
            email:   {column: email, class: contact, index: email}
            phone:   {column: mobile, class: contact, index: phone}
            address: {column: address, class: contact, maxLength: 400}
            tier:    {column: tier, class: operational}
        """
            .formatted(CONNECTOR, pageSize);
    return new ConnectorConfigLoader(PACK).parse("crm-contacts.yaml", yaml);
  }

  /** The server's subject resolver; each call in its own transaction unless a page is open. */
  private record Resolver(BenchDatabase db, Clock clock) implements SubjectResolver {
    @Override
    public Resolution resolve(String connector, Map<IndexKind, String> indexes) {
      return db.inTransaction(em -> new JpaSubjectResolver(em, clock).resolve(connector, indexes));
    }

    @Override
    public List<Resolution> resolveAll(String connector, List<Map<IndexKind, String>> page) {
      return db.inTransaction(em -> new JpaSubjectResolver(em, clock).resolveAll(connector, page));
    }
  }

  /** The server's data-key store; each call in its own transaction, as on a connector thread. */
  private record KeyStore(BenchDatabase db, Clock clock) implements SubjectKeyStore {
    @Override
    public Optional<StoredDataKey> find(SubjectId subject) {
      return db.inTransaction(em -> new JpaSubjectKeyStore(em, clock).find(subject));
    }

    @Override
    public StoredDataKey saveIfAbsent(StoredDataKey key) {
      return db.inTransaction(em -> new JpaSubjectKeyStore(em, clock).saveIfAbsent(key));
    }

    @Override
    public Map<SubjectId, StoredDataKey> findAll(Collection<SubjectId> subjects) {
      return db.inTransaction(em -> new JpaSubjectKeyStore(em, clock).findAll(subjects));
    }

    @Override
    public List<StoredDataKey> saveAllIfAbsent(List<StoredDataKey> keys) {
      return db.inTransaction(em -> new JpaSubjectKeyStore(em, clock).saveAllIfAbsent(keys));
    }

    @Override
    public boolean replaceWrapping(
        SubjectId subject, int keyId, int expectedKekVersion, WrappedKey replacement) {
      throw new IllegalStateException("not used by the benchmark");
    }

    @Override
    public boolean delete(SubjectId subject) {
      throw new IllegalStateException("not used by the benchmark");
    }

    @Override
    public List<StoredDataKey> wrappedBy(int kekVersion, Optional<SubjectId> after, int limit) {
      return List.of();
    }
  }
}
