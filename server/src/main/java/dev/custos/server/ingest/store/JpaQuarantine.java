package dev.custos.server.ingest.store;

import dev.custos.connectors.port.Quarantine;
import dev.custos.connectors.port.QuarantinedRow;
import jakarta.persistence.EntityManager;
import java.util.Objects;

/**
 * The quarantine in {@code quarantine_row}, in the caller's transaction. Holding a row again
 * replaces the earlier entry for the same (connector, source key, source version).
 */
public final class JpaQuarantine implements Quarantine {

  private final EntityManager em;

  public JpaQuarantine(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  @Override
  public void hold(QuarantinedRow row) {
    var earlier =
        em.createQuery(
                "select q from QuarantineEntity q where q.connectorId = :connector"
                    + " and q.sourceKey = :key and q.sourceVersion = :version",
                QuarantineEntity.class)
            .setParameter("connector", row.connectorId())
            .setParameter("key", row.sourceKey())
            .setParameter("version", row.sourceVersion())
            .getResultStream()
            .findFirst();
    QuarantineEntity entity =
        earlier.orElseGet(
            () -> new QuarantineEntity(row.connectorId(), row.sourceKey(), row.sourceVersion()));
    entity.hold(row.reason(), row.at(), row.sealedRow());
    if (earlier.isEmpty()) {
      em.persist(entity);
    }
    em.flush();
  }
}
