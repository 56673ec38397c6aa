package dev.custos.server.ingest.store;

import dev.custos.server.ingest.QuarantineView;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Reads and discards quarantined rows, in the caller's transaction. Never reads the sealed row. */
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

  private static QuarantineView view(QuarantineEntity q) {
    return new QuarantineView(
        q.id(),
        q.connectorId(),
        q.sourceKey(),
        q.sourceVersion(),
        q.reason(),
        q.heldAt(),
        q.status());
  }
}
