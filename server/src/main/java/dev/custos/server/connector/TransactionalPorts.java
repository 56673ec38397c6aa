package dev.custos.server.connector;

import dev.custos.connectors.port.ConsentSource;
import dev.custos.connectors.port.ImportedOptIn;
import dev.custos.connectors.port.PageTransaction;
import dev.custos.connectors.port.Quarantine;
import dev.custos.connectors.port.QuarantinedRow;
import dev.custos.connectors.port.RecordSink;
import dev.custos.connectors.port.SubjectResolver;
import dev.custos.connectors.port.Watermark;
import dev.custos.connectors.port.WatermarkStore;
import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.consent.ConsentView;
import dev.custos.policies.gate.GatedRecord;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.consent.OptInImport;
import dev.custos.server.consent.store.ConsentLedger;
import dev.custos.server.ingest.store.JpaQuarantine;
import dev.custos.server.ingest.store.JpaRecordSink;
import dev.custos.server.ingest.store.JpaWatermarkStore;
import dev.custos.server.subject.store.JpaSubjectResolver;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The connector ports as the server implements them, over the database stores. A page of a
 * connector runs in one transaction ({@link Page}); the sink, the resolver and the data-key store
 * join it, and each of them runs in one of its own when called outside a page.
 */
public final class TransactionalPorts {

  private TransactionalPorts() {}

  /** One transaction around a page: one commit per page rather than several per row. */
  @Dependent
  public static class Page implements PageTransaction {

    @Override
    @Transactional
    public <T> T inOne(Supplier<T> work) {
      return work.get();
    }
  }

  /** Records and the new watermark, committed together. */
  @Dependent
  public static class Sink implements RecordSink {
    private final EntityManager em;
    private final Clock clock;

    @Inject
    public Sink(EntityManager em, Clock clock) {
      this.em = em;
      this.clock = clock;
    }

    @Override
    @Transactional
    public BatchOutcome store(
        String connectorId, List<GatedRecord> records, Optional<Watermark> newWatermark) {
      return new JpaRecordSink(em, clock).store(connectorId, records, newWatermark);
    }
  }

  /** Committed watermarks. */
  @Dependent
  public static class Watermarks implements WatermarkStore {
    private final EntityManager em;
    private final Clock clock;

    @Inject
    public Watermarks(EntityManager em, Clock clock) {
      this.em = em;
      this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<Watermark> current(String connectorId) {
      return new JpaWatermarkStore(em, clock).current(connectorId);
    }
  }

  /** One customer view over the blind indexes. */
  @Dependent
  public static class Resolver implements SubjectResolver {
    private final EntityManager em;
    private final Clock clock;

    @Inject
    public Resolver(EntityManager em, Clock clock) {
      this.em = em;
      this.clock = clock;
    }

    @Override
    @Transactional
    public Resolution resolve(String connectorId, Map<IndexKind, String> blindIndexes) {
      return new JpaSubjectResolver(em, clock).resolve(connectorId, blindIndexes);
    }

    @Override
    @Transactional
    public List<Resolution> resolveAll(String connectorId, List<Map<IndexKind, String>> page) {
      return new JpaSubjectResolver(em, clock).resolveAll(connectorId, page);
    }
  }

  /** Quarantined rows, kept even when the batch around them fails. */
  @Dependent
  public static class Quarantined implements Quarantine {
    private final EntityManager em;

    @Inject
    public Quarantined(EntityManager em) {
      this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void hold(QuarantinedRow row) {
      new JpaQuarantine(em).hold(row);
    }
  }

  /**
   * Consent as the gate sees it: the ledgers of a page's subjects read from the database for every
   * page, so that a withdrawal, restriction or objection committed on any node stops processing
   * from the next page on.
   */
  @Dependent
  public static class Consent implements ConsentSource {
    private final EntityManager em;
    private final PolicyPack pack;
    private final AuditTrail audit;

    @Inject
    public Consent(EntityManager em, PolicyPack pack, AuditTrail audit) {
      this.em = em;
      this.pack = pack;
      this.audit = audit;
    }

    @Override
    @Transactional
    public ConsentView forSubjects(Collection<SubjectId> subjects) {
      return new ConsentLedger(em).view(pack, subjects);
    }

    @Override
    @Transactional
    public void importOptIns(
        String connectorId,
        SubjectId subject,
        String sourceKey,
        String sourceVersion,
        Instant collectedAt,
        List<ImportedOptIn> flags) {
      new OptInImport(new ConsentLedger(em), audit)
          .importFlags(connectorId, subject, sourceKey, sourceVersion, collectedAt, flags);
    }
  }
}
