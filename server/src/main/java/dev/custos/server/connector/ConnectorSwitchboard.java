package dev.custos.server.connector;

import dev.custos.server.audit.AuditEvent;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.connector.store.ConnectorSwitches;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;

/**
 * Where an administrator's start and stop of a connector is kept, so that a stopped connector stays
 * stopped after a restart; each change is audited in the same transaction.
 */
@Dependent
public class ConnectorSwitchboard {

  private final EntityManager em;
  private final AuditTrail audit;
  private final Clock clock;

  @Inject
  public ConnectorSwitchboard(EntityManager em, AuditTrail audit, Clock clock) {
    this.em = em;
    this.audit = audit;
    this.clock = clock;
  }

  /** Connectors that stay stopped until an administrator starts them. */
  @Transactional
  public Set<String> stopped() {
    return new ConnectorSwitches(em).stopped();
  }

  /** Records the administrator's decision and its audit event. */
  @Transactional
  public void turn(String connectorId, boolean running) {
    new ConnectorSwitches(em).turn(connectorId, running, clock.instant());
    audit.record(
        AuditEvent.success(
            running ? "connector.start" : "connector.stop", "connector", connectorId));
  }
}
