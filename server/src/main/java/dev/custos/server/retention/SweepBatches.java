package dev.custos.server.retention;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Function;

/** Each step of a sweep in a JTA transaction of its own, whatever the caller has open. */
@Dependent
public class SweepBatches implements SweepTransactions {

  private final EntityManager em;

  @Inject
  public SweepBatches(EntityManager em) {
    this.em = em;
  }

  /** For CDI client proxies only. */
  protected SweepBatches() {
    this.em = null;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T inNewTransaction(Function<EntityManager, T> step) {
    return step.apply(em);
  }
}
