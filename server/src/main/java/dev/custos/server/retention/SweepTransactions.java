package dev.custos.server.retention;

import jakarta.persistence.EntityManager;
import java.util.function.Function;

/**
 * Runs a step of the sweep in a transaction of its own, which commits when the step returns and
 * rolls back when it throws. In the server a JTA transaction; in tests a resource-local one.
 */
@FunctionalInterface
public interface SweepTransactions {

  <T> T inNewTransaction(Function<EntityManager, T> step);
}
