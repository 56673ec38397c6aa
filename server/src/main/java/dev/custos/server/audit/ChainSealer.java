package dev.custos.server.audit;

import dev.custos.server.audit.store.AuditSealing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Seals one batch of the audit trail in a transaction of its own. */
@ApplicationScoped
public class ChainSealer {

  private final EntityManager em;
  private final AuditSigningKey key;
  private final Clock clock;

  @Inject
  public ChainSealer(EntityManager em, AuditSigningKey key, Clock clock) {
    this.em = em;
    this.key = key;
    this.clock = clock;
  }

  /** For CDI client proxies only. */
  protected ChainSealer() {
    this.em = null;
    this.key = null;
    this.clock = null;
  }

  /** Seals up to {@code max} committed events; returns how many. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int sealBatch(int max) {
    return new AuditSealing(em).sealBatch(max, key.signer(), clock.instant()).events();
  }
}
