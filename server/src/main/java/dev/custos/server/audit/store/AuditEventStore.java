package dev.custos.server.audit.store;

import dev.custos.server.audit.AuditEvent;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Appends audit events to {@code audit_event} in the caller's transaction. */
@Dependent
public class AuditEventStore {

  private final EntityManager em;

  @Inject
  public AuditEventStore(EntityManager em) {
    this.em = em;
  }

  /** Appends one event. */
  public void append(String actor, String roles, AuditEvent event, Instant at) {
    em.persist(
        new AuditEventEntity(
            // The hash covers microseconds, the precision both databases keep.
            at.truncatedTo(ChronoUnit.MICROS),
            actor,
            roles,
            event.action(),
            event.resourceType(),
            event.resourceId(),
            event.purpose(),
            event.outcome().name().toLowerCase(Locale.ROOT)));
  }
}
