package dev.custos.server.feedback.store;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Writes survey responses in batches and reads them back. */
@Dependent
public class ResponseStore {

  private static final int IN_LIST_CHUNK = 1000;

  private final EntityManager em;

  @Inject
  public ResponseStore(EntityManager em) {
    this.em = em;
  }

  public void addAll(List<ResponseEntity> responses) {
    for (ResponseEntity response : responses) {
      em.persist(response);
    }
    em.flush();
  }

  public Optional<ResponseEntity> find(UUID id) {
    return Optional.ofNullable(em.find(ResponseEntity.class, id));
  }

  /** Which of these external ids are already stored. */
  public Set<String> existingExternalIds(Collection<String> externalIds) {
    Set<String> found = new HashSet<>();
    List<String> ids = List.copyOf(externalIds);
    for (int from = 0; from < ids.size(); from += IN_LIST_CHUNK) {
      found.addAll(
          em.createQuery(
                  "select r.externalId from ResponseEntity r where r.externalId in :ids",
                  String.class)
              .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST_CHUNK)))
              .getResultList());
    }
    return found;
  }
}
