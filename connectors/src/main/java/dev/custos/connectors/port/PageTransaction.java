package dev.custos.connectors.port;

import java.util.function.Supplier;

/**
 * Runs the work of one page in one transaction: subject resolution, data-key creation and the
 * sink's store join it, so a page costs one commit instead of several per row, and a failed page
 * leaves neither records nor the subjects and keys created for them. Quarantined rows are kept in
 * transactions of their own, as the {@link Quarantine} port says.
 */
@FunctionalInterface
public interface PageTransaction {

  /** No enclosing transaction: each port call commits on its own. */
  PageTransaction NONE = Supplier::get;

  <T> T inOne(Supplier<T> work);
}
