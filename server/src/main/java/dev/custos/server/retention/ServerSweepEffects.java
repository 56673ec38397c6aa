package dev.custos.server.retention;

import dev.custos.policies.keys.DataKeys;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.audit.AuditEvent;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.privacy.store.JpaSubjectKeyStore;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/**
 * The sweep's audit events go to the audit trail and its crypto-shredding to the data keys, both in
 * the batch's transaction. Shredding also drops this node's cached copy of the key.
 */
@Dependent
public class ServerSweepEffects implements SweepEffects {

  private final AuditTrail audit;
  private final DataKeys dataKeys;
  private final Clock clock;

  @Inject
  public ServerSweepEffects(AuditTrail audit, DataKeys dataKeys, Clock clock) {
    this.audit = audit;
    this.dataKeys = dataKeys;
    this.clock = clock;
  }

  @Override
  public void audit(EntityManager em, String actor, AuditEvent event) {
    audit.record(actor, "", event);
  }

  @Override
  public boolean shredKey(EntityManager em, SubjectId subject) {
    boolean present = new JpaSubjectKeyStore(em, clock).find(subject).isPresent();
    dataKeys.shred(subject);
    return present;
  }
}
