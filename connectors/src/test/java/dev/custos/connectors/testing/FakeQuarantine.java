package dev.custos.connectors.testing;

import dev.custos.connectors.port.Quarantine;
import dev.custos.connectors.port.QuarantinedRow;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Quarantined rows in memory, replaced on the same (connector, key, version) as the port says. */
public final class FakeQuarantine implements Quarantine {

  private final ConcurrentMap<String, QuarantinedRow> rows = new ConcurrentHashMap<>();

  @Override
  public void hold(QuarantinedRow row) {
    rows.put(row.connectorId() + "|" + row.sourceKey() + "|" + row.sourceVersion(), row);
  }

  public List<QuarantinedRow> rows() {
    return List.copyOf(rows.values());
  }
}
