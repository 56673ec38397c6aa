package dev.custos.server.retention;

import dev.custos.policies.subject.SubjectId;
import dev.custos.server.audit.AuditEvent;
import jakarta.persistence.EntityManager;

/**
 * What the sweep does outside the records themselves, in the batch's transaction: audit events and
 * the destruction of data keys. A seam so that the sweep runs the same in the server and in tests.
 */
public interface SweepEffects {

  /** Appends an audit event for the actor who started the run. */
  void audit(EntityManager em, String actor, AuditEvent event);

  /** Destroys the subject's data key; false when the subject had none left (shredded before). */
  boolean shredKey(EntityManager em, SubjectId subject);
}
