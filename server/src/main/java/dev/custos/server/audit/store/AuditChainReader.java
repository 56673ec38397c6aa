package dev.custos.server.audit.store;

import dev.custos.policies.audit.ChainedEvent;
import dev.custos.policies.audit.Checkpoint;
import jakarta.persistence.EntityManager;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Reads the sealed chain and its checkpoints in sequence order, a page at a time (keyset paging on
 * {@code seq}), so that verifying or exporting a long trail needs constant memory. Runs in the
 * caller's transaction.
 */
public final class AuditChainReader {

  static final int PAGE = 1_000;

  private final EntityManager em;

  public AuditChainReader(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /** Sealed events with {@code from <= seq <= to}, ordered by seq. */
  public Iterator<ChainedEvent> events(long from, long to) {
    return new Pages<>(
        from,
        after ->
            em
                .createQuery(
                    "select e from AuditEventEntity e where e.seq >= :from and e.seq <= :to"
                        + " order by e.seq, e.id",
                    AuditEventEntity.class)
                .setParameter("from", after)
                .setParameter("to", to)
                .setMaxResults(PAGE)
                .getResultList()
                .stream()
                .map(AuditEventEntity::chained)
                .toList(),
        ChainedEvent::seq);
  }

  /** Checkpoints with {@code from <= seq <= to}, ordered by seq. */
  public Iterator<Checkpoint> checkpoints(long from, long to) {
    return new Pages<>(
        from,
        after ->
            em
                .createQuery(
                    "select c from AuditCheckpointEntity c where c.seq >= :from and c.seq <= :to"
                        + " order by c.seq",
                    AuditCheckpointEntity.class)
                .setParameter("from", after)
                .setParameter("to", to)
                .setMaxResults(PAGE)
                .getResultList()
                .stream()
                .map(AuditCheckpointEntity::checkpoint)
                .toList(),
        Checkpoint::seq);
  }

  /** The sequence numbers of the events that occurred in {@code [from, to)}, as one range. */
  public SeqRange range(java.time.Instant from, java.time.Instant to) {
    Object[] bounds =
        em.createQuery(
                "select min(e.seq), max(e.seq) from AuditEventEntity e where e.seq is not null"
                    + " and e.occurredAt >= :from and e.occurredAt < :to",
                Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .getSingleResult();
    if (bounds[0] == null) {
      return new SeqRange(1, 0);
    }
    long first = ((Number) bounds[0]).longValue();
    long last = ((Number) bounds[1]).longValue();
    // End the range at a checkpoint, so that a signature covers every exported event.
    OptionalLong checkpoint = nextCheckpoint(last);
    return new SeqRange(first, checkpoint.orElse(last));
  }

  /** The number of events not sealed yet. */
  public long unsealed() {
    return em.createQuery("select count(e) from AuditEventEntity e where e.seq is null", Long.class)
        .getSingleResult();
  }

  private OptionalLong nextCheckpoint(long seq) {
    Long found =
        em.createQuery(
                "select min(c.seq) from AuditCheckpointEntity c where c.seq >= :seq", Long.class)
            .setParameter("seq", seq)
            .getSingleResult();
    return found == null ? OptionalLong.empty() : OptionalLong.of(found);
  }

  /** An inclusive range of sequence numbers; empty when {@code first > last}. */
  public record SeqRange(long first, long last) {
    public boolean isEmpty() {
      return first > last;
    }
  }

  /**
   * Iterates over pages fetched by "seq at least": after each page, the next starts after the last
   * seq seen. The persistence context is flushed (the caller's own audit event stays) and cleared
   * between pages, so that it never holds more than one page.
   */
  private final class Pages<T> implements Iterator<T> {
    private final Function<Long, List<T>> fetch;
    private final java.util.function.ToLongFunction<T> seqOf;
    private Iterator<T> page;
    private long nextFrom;
    private boolean exhausted;

    Pages(long from, Function<Long, List<T>> fetch, java.util.function.ToLongFunction<T> seqOf) {
      this.fetch = fetch;
      this.seqOf = seqOf;
      this.nextFrom = from;
      this.page = List.<T>of().iterator();
    }

    @Override
    public boolean hasNext() {
      if (page.hasNext()) {
        return true;
      }
      if (exhausted) {
        return false;
      }
      em.flush();
      em.clear();
      List<T> rows = fetch.apply(nextFrom);
      if (rows.size() < PAGE) {
        exhausted = true;
      }
      if (!rows.isEmpty()) {
        nextFrom = seqOf.applyAsLong(rows.getLast()) + 1;
      }
      page = rows.iterator();
      return page.hasNext();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.next();
    }
  }
}
