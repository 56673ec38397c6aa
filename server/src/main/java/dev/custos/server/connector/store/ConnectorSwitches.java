package dev.custos.server.connector.store;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The connectors administrators stopped, in {@code connector_switch}, in the caller's transaction.
 */
public final class ConnectorSwitches {

  private final EntityManager em;

  public ConnectorSwitches(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /** Ids of the connectors that stay stopped until an administrator starts them. */
  public Set<String> stopped() {
    return em.createQuery(
            "select s from ConnectorSwitchEntity s where s.running = false",
            ConnectorSwitchEntity.class)
        .getResultStream()
        .map(ConnectorSwitchEntity::connectorId)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Records that the connector runs (true) or stays stopped (false) from now on. */
  public void turn(String connectorId, boolean running, Instant at) {
    ConnectorSwitchEntity existing = em.find(ConnectorSwitchEntity.class, connectorId);
    if (existing == null) {
      em.persist(new ConnectorSwitchEntity(connectorId, running, at));
    } else {
      existing.turn(running, at);
    }
    em.flush();
  }
}
