package dev.custos.server.scores;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Aggregates responses in the database, one row per group, so that metrics over millions of
 * responses move a few rows, not the responses. Plain JPQL that runs the same on H2 and PostgreSQL;
 * grouping paths come only from {@link Dimension}, never from the request.
 */
public final class ScoreQuery {

  /** One group: its key (dimension name to value) and the metric's aggregates. */
  public record Row(Map<String, String> key, long[] aggregates) {}

  private final EntityManager em;

  public ScoreQuery(EntityManager em) {
    this.em = em;
  }

  public List<Row> run(
      Metric metric,
      List<Dimension> groupBy,
      Instant from,
      Instant to,
      Optional<Set<String>> accountScope) {
    if (accountScope.isPresent() && accountScope.get().isEmpty()) {
      return groupBy.isEmpty()
          ? List.of(new Row(Map.of(), new long[metric.aggregates().length]))
          : List.of();
    }
    String dims = groupBy.stream().map(Dimension::path).collect(Collectors.joining(", "));
    StringBuilder jpql = new StringBuilder("select ");
    if (!dims.isEmpty()) {
      jpql.append(dims).append(", ");
    }
    jpql.append(String.join(", ", metric.aggregates()))
        .append(" from ResponseEntity r join AccountEntity a on a.id = r.accountId")
        .append(" where ")
        .append(metric.column())
        .append(" is not null");
    if (from != null) {
      jpql.append(" and r.respondedAt >= :from");
    }
    if (to != null) {
      jpql.append(" and r.respondedAt < :to");
    }
    if (accountScope.isPresent()) {
      jpql.append(" and a.externalId in :scope");
    }
    if (!dims.isEmpty()) {
      jpql.append(" group by ").append(dims).append(" order by ").append(dims);
    }
    var query = em.createQuery(jpql.toString(), Object[].class);
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    accountScope.ifPresent(scope -> query.setParameter("scope", scope));

    List<Row> rows = new ArrayList<>();
    for (Object[] values : query.getResultList()) {
      Map<String, String> key = new LinkedHashMap<>();
      for (int i = 0; i < groupBy.size(); i++) {
        key.put(groupBy.get(i).apiName(), values[i] == null ? null : values[i].toString());
      }
      long[] aggregates = new long[values.length - groupBy.size()];
      for (int i = 0; i < aggregates.length; i++) {
        Object v = values[groupBy.size() + i];
        aggregates[i] = v == null ? 0 : ((Number) v).longValue();
      }
      rows.add(new Row(key, aggregates));
    }
    return rows;
  }
}
