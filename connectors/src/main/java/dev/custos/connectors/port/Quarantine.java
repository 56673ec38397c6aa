package dev.custos.connectors.port;

/**
 * Rows that could not be taken in. Each is kept with a reason a person can act on and without
 * personal data in clear, so it can be inspected (role-checked), retried or discarded.
 */
public interface Quarantine {

  /**
   * Holds a row. Holding the same (connector, source key, source version) again replaces the
   * earlier entry, so a replay after a crash does not double the quarantine.
   */
  void hold(QuarantinedRow row);
}
