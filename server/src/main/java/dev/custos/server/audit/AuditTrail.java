package dev.custos.server.audit;

import dev.custos.server.audit.store.AuditEventStore;
import dev.custos.server.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Appends audit events. The actor is the authenticated caller of the current request, or {@code
 * system} for work no person started (connector runs, sweeps). An event is written in the caller's
 * transaction when there is one, so that an action and its event commit or roll back together.
 */
@ApplicationScoped
public class AuditTrail {

  /** The actor of events no person started. */
  public static final String SYSTEM = "system";

  private final AuditEventStore store;
  private final Instance<Caller> caller;
  private final Clock clock;

  @Inject
  public AuditTrail(AuditEventStore store, Instance<Caller> caller, Clock clock) {
    this.store = store;
    this.caller = caller;
    this.clock = clock;
  }

  /** For CDI client proxies only. */
  protected AuditTrail() {
    this.store = null;
    this.caller = null;
    this.clock = null;
  }

  /** Appends the event for the current caller. */
  @Transactional(Transactional.TxType.REQUIRED)
  public void record(AuditEvent event) {
    Actor actor = currentActor();
    store.append(actor.name(), actor.roles(), event, clock.instant());
  }

  /** Appends the event for an actor named explicitly (a system job acting for someone). */
  @Transactional(Transactional.TxType.REQUIRED)
  public void record(String actorName, String roles, AuditEvent event) {
    store.append(actorName, roles, event, clock.instant());
  }

  private Actor currentActor() {
    try {
      Caller c = caller.get();
      String subject = c.subject();
      if (subject == null) {
        return new Actor(SYSTEM, "");
      }
      return new Actor(subject, String.join(",", c.roles()));
    } catch (ContextNotActiveException e) {
      return new Actor(SYSTEM, "");
    }
  }

  private record Actor(String name, String roles) {}
}
