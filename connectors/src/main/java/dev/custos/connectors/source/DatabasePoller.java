package dev.custos.connectors.source;

import dev.custos.connectors.config.SourceSettings;
import dev.custos.connectors.ingest.ConnectorException;
import dev.custos.connectors.ingest.SourceEntry;
import dev.custos.connectors.port.Watermark;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a table or query page by page after a watermark, with plain JDBC: keyset pagination over
 * the watermark columns (for example {@code updated_at, id}), so a page is never skipped or read
 * twice even when many rows share an updated-at. Values are always bound as parameters; only the
 * table and column names, checked when the configuration was loaded, are written into the SQL.
 */
public final class DatabasePoller {

  private final String connectorId;
  private final SourceSettings.Database settings;
  private final ConnectionSource connections;
  private final String firstPage;
  private final String nextPage;

  public DatabasePoller(
      String connectorId, SourceSettings.Database settings, ConnectionSource connections) {
    this.connectorId = Objects.requireNonNull(connectorId, "connectorId");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.connections = Objects.requireNonNull(connections, "connections");
    String from =
        settings.table().orElseGet(() -> "(" + settings.query().orElseThrow() + ") custos_source");
    String order = String.join(", ", settings.watermarkColumns());
    this.firstPage = "SELECT * FROM " + from + " ORDER BY " + order + " LIMIT ?";
    this.nextPage =
        "SELECT * FROM " + from + " WHERE " + keyset() + " ORDER BY " + order + " LIMIT ?";
  }

  /**
   * Reads every page after {@code after} and hands each to {@code pages}, until a page comes back
   * short. A failure of {@code pages} stops the run; the next run starts from the committed
   * watermark.
   *
   * @return the number of rows read
   */
  public int run(Optional<Watermark> after, PageConsumer pages) {
    Optional<Watermark> position = after;
    int read = 0;
    try (Connection connection = connections.open()) {
      connection.setReadOnly(true);
      while (true) {
        List<SourceEntry> page = new ArrayList<>(settings.pageSize());
        Optional<Watermark> last = readPage(connection, position, page);
        if (page.isEmpty()) {
          return read;
        }
        read += page.size();
        pages.accept(page, last);
        position = last;
        if (page.size() < settings.pageSize()) {
          return read;
        }
      }
    } catch (SQLException e) {
      throw new ConnectorException(
          "Connector "
              + connectorId
              + " could not read its database (SQL state "
              + e.getSQLState()
              + ")",
          e);
    }
  }

  private Optional<Watermark> readPage(
      Connection connection, Optional<Watermark> after, List<SourceEntry> page)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(after.isPresent() ? nextPage : firstPage)) {
      int index = 1;
      if (after.isPresent()) {
        index = bindKeyset(statement, after.get());
      }
      statement.setInt(index, settings.pageSize());
      statement.setFetchSize(settings.pageSize());
      Optional<Watermark> last = Optional.empty();
      try (ResultSet rows = statement.executeQuery()) {
        ResultSetMetaData meta = rows.getMetaData();
        while (rows.next()) {
          Map<String, Object> values = new LinkedHashMap<>();
          for (int column = 1; column <= meta.getColumnCount(); column++) {
            values.put(meta.getColumnLabel(column), rows.getObject(column));
          }
          SourceEntry.Row row = new SourceEntry.Row("row " + (page.size() + 1), values);
          page.add(row);
          last = Optional.of(watermarkOf(row));
        }
      }
      return last;
    }
  }

  private Watermark watermarkOf(SourceEntry.Row row) {
    List<Object> values = new ArrayList<>(settings.watermarkColumns().size());
    for (String column : settings.watermarkColumns()) {
      values.add(row.values().get(column));
    }
    return WatermarkCodec.encode(connectorId, values);
  }

  /** {@code (c1 > ?) OR (c1 = ? AND c2 > ?) OR ...}: portable where row comparison is not. */
  private String keyset() {
    List<String> columns = settings.watermarkColumns();
    List<String> terms = new ArrayList<>(columns.size());
    for (int i = 0; i < columns.size(); i++) {
      StringBuilder term = new StringBuilder("(");
      for (int j = 0; j < i; j++) {
        term.append(columns.get(j)).append(" = ? AND ");
      }
      term.append(columns.get(i)).append(" > ?)");
      terms.add(term.toString());
    }
    return "(" + String.join(" OR ", terms) + ")";
  }

  private int bindKeyset(PreparedStatement statement, Watermark after) throws SQLException {
    int columns = settings.watermarkColumns().size();
    if (WatermarkCodec.size(after) != columns) {
      throw new ConnectorException(
          "Connector "
              + connectorId
              + ": the stored watermark does not match watermarkColumns;"
              + " it was written under other settings");
    }
    int index = 1;
    for (int i = 0; i < columns; i++) {
      for (int j = 0; j <= i; j++) {
        WatermarkCodec.bind(statement, index++, after, j);
      }
    }
    return index;
  }
}
