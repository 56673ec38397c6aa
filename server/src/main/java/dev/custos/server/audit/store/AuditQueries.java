package dev.custos.server.audit.store;

import dev.custos.server.audit.AuditEventView;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Searches the audit trail, newest first, in the caller's transaction. */
public final class AuditQueries {

  private final EntityManager em;

  public AuditQueries(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /**
   * What to search for; null parts match everything. Times are a half-open interval {@code [from,
   * to)}.
   */
  public record Filter(
      Instant from,
      Instant to,
      String actor,
      String action,
      String resourceType,
      String resourceId) {}

  public List<AuditEventView> list(Filter filter, int offset, int limit) {
    TypedQuery<AuditEventEntity> query =
        em.createQuery(
            "select e from AuditEventEntity e" + where(filter) + " order by e.id desc",
            AuditEventEntity.class);
    parameters(filter).forEach(query::setParameter);
    return query
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultStream()
        .map(AuditEventEntity::view)
        .toList();
  }

  public long count(Filter filter) {
    TypedQuery<Long> query =
        em.createQuery("select count(e) from AuditEventEntity e" + where(filter), Long.class);
    parameters(filter).forEach(query::setParameter);
    return query.getSingleResult();
  }

  private static String where(Filter f) {
    List<String> conditions = new ArrayList<>();
    parameters(f)
        .keySet()
        .forEach(
            name ->
                conditions.add(
                    switch (name) {
                      case "from" -> "e.occurredAt >= :from";
                      case "to" -> "e.occurredAt < :to";
                      default -> "e." + name + " = :" + name;
                    }));
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private static Map<String, Object> parameters(Filter f) {
    Map<String, Object> p = new LinkedHashMap<>();
    putIfPresent(p, "from", f.from());
    putIfPresent(p, "to", f.to());
    putIfPresent(p, "actor", f.actor());
    putIfPresent(p, "action", f.action());
    putIfPresent(p, "resourceType", f.resourceType());
    putIfPresent(p, "resourceId", f.resourceId());
    return p;
  }

  private static void putIfPresent(Map<String, Object> p, String name, Object value) {
    if (value != null) {
      p.put(name, value);
    }
  }
}
