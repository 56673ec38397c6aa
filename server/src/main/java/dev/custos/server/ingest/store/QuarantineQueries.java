package dev.custos.server.ingest.store;

import dev.custos.server.ingest.QuarantineView;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads, settles and discards quarantined rows, in the caller's transaction. Only {@link #held}
 * hands out a sealed row, for a retry or a role-checked inspection.
 */
public final class QuarantineQueries {

  private final EntityManager em;

  public QuarantineQueries(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /** Held rows, newest first, optionally of one connector. */
  public List<QuarantineView> list(Optional<String> connectorId, int offset, int limit) {
    var query =
        em.createQuery(
            "select q from QuarantineEntity q"
                + (connectorId.isPresent() ? " where q.connectorId = :connector" : "")
                + " order by q.heldAt desc, q.id",
            QuarantineEntity.class);
    connectorId.ifPresent(id -> query.setParameter("connector", id));
    return query
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultStream()
        .map(QuarantineQueries::view)
        .toList();
  }

  public long count(Optional<String> connectorId) {
    var query =
        em.createQuery(
            "select count(q) from QuarantineEntity q"
                + (connectorId.isPresent() ? " where q.connectorId = :connector" : ""),
            Long.class);
    connectorId.ifPresent(id -> query.setParameter("connector", id));
    return query.getSingleResult();
  }

  /** Deletes a held row with its sealed content; false when there is none with this id. */
  public boolean discard(UUID id) {
    return em.createQuery("delete from QuarantineEntity q where q.id = :id")
            .setParameter("id", id)
            .executeUpdate()
        > 0;
  }

  /** One row as the API shows it. */
  public Optional<QuarantineView> find(UUID id) {
    return Optional.ofNullable(em.find(QuarantineEntity.class, id)).map(QuarantineQueries::view);
  }

  /** A row with its sealed content, while it is still held. */
  public Optional<HeldRow> held(UUID id) {
    return Optional.ofNullable(em.find(QuarantineEntity.class, id))
        .filter(q -> QuarantineEntity.HELD.equals(q.status()))
        .map(q -> new HeldRow(q.id(), q.connectorId(), q.sourceKey(), q.sealedRow()));
  }

  /** A retry took the row in: it is settled and its sealed content dropped. */
  public void resolve(UUID id, String note, Instant at) {
    entity(id).settle(QuarantineEntity.RESOLVED, note, at);
  }

  /** A person discarded the row: it is settled with their note and its sealed content dropped. */
  public void discard(UUID id, String note, Instant at) {
    entity(id).settle(QuarantineEntity.DISCARDED, note, at);
  }

  /** A retry failed again: the row stays held, with the new reason. */
  public void holdAgain(UUID id, String reason, Instant at) {
    QuarantineEntity q = entity(id);
    q.hold(reason, at, q.sealedRow());
  }

  private QuarantineEntity entity(UUID id) {
    QuarantineEntity q = em.find(QuarantineEntity.class, id);
    if (q == null) {
      throw new IllegalArgumentException("No quarantined row " + id);
    }
    return q;
  }

  /**
   * A held row and its sealed content (personal data, encrypted under the connector's quarantine
   * key).
   */
  public record HeldRow(UUID id, String connectorId, String sourceKey, byte[] sealedRow) {
    @Override
    public String toString() {
      return "HeldRow[" + id + ", " + connectorId + "]";
    }
  }

  private static QuarantineView view(QuarantineEntity q) {
    return new QuarantineView(
        q.id(),
        q.connectorId(),
        q.sourceKey(),
        q.sourceVersion(),
        q.reason(),
        q.heldAt(),
        q.status(),
        q.resolvedAt(),
        q.resolution());
  }
}
