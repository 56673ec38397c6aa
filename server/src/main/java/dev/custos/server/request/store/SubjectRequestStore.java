package dev.custos.server.request.store;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reads and writes data-subject requests in the caller's transaction. */
@Dependent
public class SubjectRequestStore {

  private final EntityManager em;

  @Inject
  public SubjectRequestStore(EntityManager em) {
    this.em = em;
  }

  public void add(SubjectRequestEntity request) {
    em.persist(request);
  }

  public Optional<SubjectRequestEntity> find(UUID id) {
    return Optional.ofNullable(em.find(SubjectRequestEntity.class, id));
  }

  /** Writes pending changes now, so that a concurrent change surfaces inside the caller. */
  public void flush() {
    em.flush();
  }

  /**
   * Requests matching the filter, soonest deadline first.
   *
   * @param filter statuses, type and overdue condition; {@code overdueAt} set means only requests
   *     in an open status whose deadline lies before it
   */
  public List<SubjectRequestEntity> list(Filter filter, int offset, int limit) {
    TypedQuery<SubjectRequestEntity> query =
        em.createQuery(
            "select r from SubjectRequestEntity r" + where(filter) + " order by r.dueAt, r.id",
            SubjectRequestEntity.class);
    bind(query, filter);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  public long count(Filter filter) {
    TypedQuery<Long> query =
        em.createQuery("select count(r) from SubjectRequestEntity r" + where(filter), Long.class);
    bind(query, filter);
    return query.getSingleResult();
  }

  /**
   * What to list.
   *
   * @param statuses only these statuses; empty for all
   * @param type only this type, or empty
   * @param overdueAt only open requests ({@code openStatuses}) due before this time, or empty
   * @param openStatuses the statuses in which a request is still open
   */
  public record Filter(
      Set<String> statuses,
      Optional<String> type,
      Optional<Instant> overdueAt,
      Set<String> openStatuses) {}

  private static String where(Filter filter) {
    List<String> terms = new ArrayList<>();
    if (!filter.statuses().isEmpty()) {
      terms.add("r.status in :statuses");
    }
    if (filter.type().isPresent()) {
      terms.add("r.type = :type");
    }
    if (filter.overdueAt().isPresent()) {
      terms.add("r.status in :open and r.dueAt < :now");
    }
    return terms.isEmpty() ? "" : " where " + String.join(" and ", terms);
  }

  private static void bind(TypedQuery<?> query, Filter filter) {
    if (!filter.statuses().isEmpty()) {
      query.setParameter("statuses", filter.statuses());
    }
    filter.type().ifPresent(t -> query.setParameter("type", t));
    filter
        .overdueAt()
        .ifPresent(
            now -> {
              query.setParameter("open", filter.openStatuses());
              query.setParameter("now", now);
            });
  }
}
