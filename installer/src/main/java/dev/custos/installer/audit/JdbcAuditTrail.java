package dev.custos.installer.audit;

import dev.custos.policies.audit.ChainedEvent;
import dev.custos.policies.audit.Checkpoint;
import dev.custos.policies.audit.EventFields;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads the sealed trail over JDBC in sequence order, streaming (a fetch size, and no auto-commit
 * so that PostgreSQL uses a cursor), so that a long trail needs constant memory.
 */
public final class JdbcAuditTrail implements AutoCloseable {

  private static final int FETCH = 1_000;

  private final Connection connection;
  private final PreparedStatement events;
  private final PreparedStatement checkpoints;

  public JdbcAuditTrail(Connection connection) throws SQLException {
    this.connection = connection;
    connection.setAutoCommit(false);
    this.events =
        connection.prepareStatement(
            "select seq, occurred_at, actor, roles, action, resource_type, resource_id, purpose,"
                + " outcome, prev_hash, hash from audit_event where seq is not null"
                + " order by seq, id");
    this.checkpoints =
        connection.prepareStatement(
            "select seq, hash, signature, key_id, signed_at from audit_checkpoint order by seq");
    events.setFetchSize(FETCH);
    checkpoints.setFetchSize(FETCH);
  }

  public Iterator<ChainedEvent> events() throws SQLException {
    return new Rows<>(
        events.executeQuery(),
        rs ->
            new ChainedEvent(
                rs.getLong(1),
                new EventFields(
                    rs.getObject(2, OffsetDateTime.class).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9)),
                rs.getString(10),
                rs.getString(11)));
  }

  public Iterator<Checkpoint> checkpoints() throws SQLException {
    return new Rows<>(
        checkpoints.executeQuery(),
        rs ->
            new Checkpoint(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant()));
  }

  /** Events written but not sealed yet. */
  public long unsealed() throws SQLException {
    try (PreparedStatement count =
            connection.prepareStatement("select count(*) from audit_event where seq is null");
        ResultSet rs = count.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      events.close();
      checkpoints.close();
      connection.rollback();
    } finally {
      connection.close();
    }
  }

  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private static final class Rows<T> implements Iterator<T> {
    private final ResultSet rs;
    private final RowMapper<T> mapper;
    private Boolean ahead;

    Rows(ResultSet rs, RowMapper<T> mapper) {
      this.rs = rs;
      this.mapper = mapper;
    }

    @Override
    public boolean hasNext() {
      if (ahead == null) {
        try {
          ahead = rs.next();
        } catch (SQLException e) {
          throw new AuditReadException(
              "Reading the audit trail failed (" + e.getSQLState() + ")", e);
        }
      }
      return ahead;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ahead = null;
      try {
        return mapper.map(rs);
      } catch (SQLException e) {
        throw new AuditReadException("Reading the audit trail failed (" + e.getSQLState() + ")", e);
      }
    }
  }
}
