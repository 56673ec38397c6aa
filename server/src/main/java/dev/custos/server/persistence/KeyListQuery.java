package dev.custos.server.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.Session;

/**
 * Looks rows up by a list of keys (a page's source keys, digests, subject ids) passed as one array
 * and joined to the table: {@code select … from } {@link #KEYS} {@code join t on t.col = wanted.k}.
 *
 * <p>Not {@code col in (?, ?, …)}: a prepared statement with a long list gets a generic plan, and
 * while a table has no column statistics yet (a first load; a database whose autovacuum is off)
 * PostgreSQL estimates the list to match a large part of the table, scans the whole table and
 * compares every row with every key. The time of each page then grows with the table. Joined as a
 * set, the keys are looked up one by one in the index whatever the statistics say. Portable to H2.
 */
public final class KeyListQuery {

  /** The keys as a table {@code wanted} with one column {@code k}, for the FROM clause. */
  public static final String KEYS = "unnest(cast(? as varchar(255) array)) as wanted(k)";

  /** Reads one result row. */
  @FunctionalInterface
  public interface Row<T> {
    T read(ResultSet row) throws SQLException;
  }

  private KeyListQuery() {}

  /**
   * Runs the query (whose one parameter is {@link #KEYS}) in the caller's transaction, after
   * flushing what the persistence context holds, as a query through it would.
   *
   * @return the rows, in the database's order
   */
  public static <T> List<T> select(
      EntityManager em, String sql, Collection<String> keys, Row<T> reader) {
    if (keys.isEmpty()) {
      return List.of();
    }
    em.flush();
    return em.unwrap(Session.class)
        .doReturningWork(
            c -> {
              Array array = c.createArrayOf("varchar", keys.toArray());
              try (PreparedStatement query = c.prepareStatement(sql)) {
                query.setArray(1, array);
                List<T> rows = new ArrayList<>();
                try (ResultSet result = query.executeQuery()) {
                  while (result.next()) {
                    rows.add(reader.read(result));
                  }
                }
                return rows;
              } finally {
                array.free();
              }
            });
  }
}
