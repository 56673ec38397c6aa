package dev.custos.server.consent.store;

import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.consent.ConsentContext;
import dev.custos.policies.consent.ConsentEvent;
import dev.custos.policies.consent.ConsentForm;
import dev.custos.policies.consent.ConsentView;
import dev.custos.policies.consent.ProcessingLimit;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.persistence.KeyListQuery;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/**
 * The consent ledger table, in the caller's transaction. Only appends and reads: nothing here
 * updates or deletes a row. Reads go to the database every time, so a withdrawal committed on one
 * node is seen by the next decision on every node.
 */
public final class ConsentLedger {

  private static final List<String> CONSENT_KINDS =
      List.of(
          LedgerKind.GIVEN.id(),
          LedgerKind.WITHDRAWN.id(),
          LedgerKind.REFUSED.id(),
          LedgerKind.EXPIRED.id());

  /** Ledger rows per statement read by primary key, within every database's parameter limit. */
  static final int ROWS_PER_QUERY = 1_000;

  private static final Comparator<ConsentEventEntity> LEDGER_ORDER =
      Comparator.comparing(ConsentEventEntity::occurredAt).thenComparing(ConsentEventEntity::seq);

  private final EntityManager em;

  public ConsentLedger(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /**
   * Appends a consent event.
   *
   * @param receiptRef the person's reference to the event's receipt, if it gets one
   */
  public ConsentEvent appendConsent(
      LedgerKind kind,
      ConsentContext context,
      Instant at,
      Optional<ConsentForm> form,
      Optional<Instant> expiresAt,
      Optional<String> receiptRef,
      Instant now) {
    ConsentEventEntity row =
        ConsentEventEntity.consent(kind, UUID.randomUUID(), at, context, form, expiresAt, now);
    receiptRef.ifPresent(row::withReceipt);
    em.persist(row);
    return ((LedgerEntry.Consent) row.toEntry()).event();
  }

  /**
   * Appends a consent event imported from a source row, unless that row's event for the purpose is
   * in the ledger already: a re-delivered row adds nothing.
   *
   * @return the new event, or empty when the row had been imported before
   */
  public Optional<ConsentEvent> appendImported(
      LedgerKind kind,
      ConsentContext context,
      Instant at,
      String connector,
      String sourceKey,
      String sourceVersion,
      Instant now) {
    long known =
        em.createQuery(
                "select count(e) from ConsentEventEntity e where e.sourceConnector = :c"
                    + " and e.sourceKey = :k and e.sourceVersion = :v and e.purpose = :p",
                Long.class)
            .setParameter("c", connector)
            .setParameter("k", sourceKey)
            .setParameter("v", sourceVersion)
            .setParameter("p", context.purpose().value())
            .getSingleResult();
    if (known > 0) {
      return Optional.empty();
    }
    ConsentEventEntity row =
        ConsentEventEntity.consent(
                kind,
                UUID.randomUUID(),
                at,
                context,
                Optional.of(ConsentForm.BUNDLED),
                Optional.empty(),
                now)
            .fromSource(connector, sourceKey, sourceVersion);
    em.persist(row);
    em.flush();
    return Optional.of(((LedgerEntry.Consent) row.toEntry()).event());
  }

  /** Appends a restriction, its lifting or an objection ({@code purpose} only for objections). */
  public ProcessingLimit appendLimit(
      LedgerKind kind,
      SubjectId subject,
      Optional<PurposeId> purpose,
      String requestRef,
      String collector,
      Instant at,
      Instant now) {
    ConsentEventEntity row =
        ConsentEventEntity.limit(
            kind, UUID.randomUUID(), at, subject, purpose, requestRef, collector, now);
    em.persist(row);
    return ((LedgerEntry.Limit) row.toEntry()).limit();
  }

  /** The subject's ledger rows in ledger order (instant, then position). */
  public List<LedgerRow> rows(SubjectId subject) {
    return em
        .createQuery(
            "select e from ConsentEventEntity e where e.subjectId = :s"
                + " order by e.occurredAt, e.seq",
            ConsentEventEntity.class)
        .setParameter("s", subject.value())
        .getResultList()
        .stream()
        .map(ConsentLedger::row)
        .toList();
  }

  /** The subject's consent state under the pack, folded from the rows in the database now. */
  public ConsentView view(PolicyPack pack, SubjectId subject) {
    return view(pack, List.of(subject));
  }

  /**
   * The consent state of several subjects under the pack, folded from the rows in the database now:
   * the subjects' rows found through {@code consent_event_subject} in one statement, then read
   * (read-only, never dirty-checked) by primary key, {@value #ROWS_PER_QUERY} per statement.
   */
  public ConsentView view(PolicyPack pack, Collection<SubjectId> subjects) {
    List<Long> seqs =
        KeyListQuery.select(
            em,
            "select e.seq from "
                + KeyListQuery.KEYS
                + " join consent_event e on e.subject_id = wanted.k",
            subjects.stream().map(SubjectId::value).distinct().toList(),
            row -> row.getLong(1));
    List<ConsentEventEntity> rows = new ArrayList<>(seqs.size());
    for (int from = 0; from < seqs.size(); from += ROWS_PER_QUERY) {
      rows.addAll(
          em.createQuery(
                  "select e from ConsentEventEntity e where e.seq in :seqs",
                  ConsentEventEntity.class)
              .setParameter(
                  "seqs", seqs.subList(from, Math.min(seqs.size(), from + ROWS_PER_QUERY)))
              .setHint(HibernateHints.HINT_READ_ONLY, true)
              .getResultList());
    }
    rows.sort(LEDGER_ORDER);
    List<ConsentEvent> events = new ArrayList<>();
    List<ProcessingLimit> limits = new ArrayList<>();
    for (ConsentEventEntity row : rows) {
      switch (row.toEntry()) {
        case LedgerEntry.Consent c -> events.add(c.event());
        case LedgerEntry.Limit l -> limits.add(l.limit());
      }
    }
    return ConsentView.fold(pack, events).applyLimits(limits);
  }

  /** The consent event a receipt reference names, if any. */
  public Optional<LedgerRow> byReceipt(String receiptRef) {
    return em.createQuery(
            "select e from ConsentEventEntity e where e.receiptRef = :r", ConsentEventEntity.class)
        .setParameter("r", receiptRef)
        .getResultStream()
        .findFirst()
        .map(ConsentLedger::row);
  }

  /**
   * Subjects per purpose and state, by each subject's latest consent event for the purpose (ledger
   * order); a consent past its expiry at {@code now} counts as expired. Sorted by purpose, state.
   */
  public List<PurposeCount> counts(Instant now) {
    String latest =
        " from ConsentEventEntity e where e.kind in :kinds and not exists (select 1 from"
            + " ConsentEventEntity l where l.subjectId = e.subjectId and l.purpose = e.purpose"
            + " and l.kind in :kinds and (l.occurredAt > e.occurredAt or (l.occurredAt ="
            + " e.occurredAt and l.seq > e.seq)))";
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    for (Object[] r :
        em.createQuery(
                "select e.purpose, e.kind, count(e)" + latest + " group by e.purpose, e.kind",
                Object[].class)
            .setParameter("kinds", CONSENT_KINDS)
            .getResultList()) {
      counts.computeIfAbsent((String) r[0], p -> new TreeMap<>()).put((String) r[1], (Long) r[2]);
    }
    for (Object[] r :
        em.createQuery(
                "select e.purpose, count(e)"
                    + latest
                    + " and e.kind = 'given' and e.expiresAt <= :now group by e.purpose",
                Object[].class)
            .setParameter("kinds", CONSENT_KINDS)
            .setParameter("now", now)
            .getResultList()) {
      Map<String, Long> byState = counts.get((String) r[0]);
      long lapsed = (Long) r[1];
      byState.merge(LedgerKind.GIVEN.id(), -lapsed, Long::sum);
      byState.merge(LedgerKind.EXPIRED.id(), lapsed, Long::sum);
    }
    List<PurposeCount> result = new ArrayList<>();
    counts.forEach(
        (purpose, byState) ->
            byState.forEach(
                (state, n) -> {
                  if (n > 0) {
                    result.add(new PurposeCount(purpose, state, n));
                  }
                }));
    return result;
  }

  /** Whether the subject exists in the one customer view. */
  public boolean subjectExists(SubjectId subject) {
    return !em.createNativeQuery("select 1 from subject where id = ?1")
        .setParameter(1, subject.value())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * The subject a blind index (keyed digest of a normalised identifier) belongs to. Identifiers are
   * found only this way, never by reading values in clear.
   */
  public Optional<SubjectId> subjectByIndex(IndexKind kind, String digest) {
    List<?> found =
        em.createNativeQuery("select subject_id from subject_index where kind = ?1 and digest = ?2")
            .setParameter(1, kind.id())
            .setParameter(2, digest)
            .setMaxResults(1)
            .getResultList();
    return found.isEmpty() ? Optional.empty() : Optional.of(new SubjectId((String) found.get(0)));
  }

  private static LedgerRow row(ConsentEventEntity e) {
    return new LedgerRow(
        e.toEntry(), e.recordedAt(), e.requestRef(), e.receiptRef(), e.sourceConnector());
  }
}
