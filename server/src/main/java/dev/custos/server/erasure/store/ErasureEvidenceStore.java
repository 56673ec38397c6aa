package dev.custos.server.erasure.store;

import dev.custos.server.erasure.ErasedItems;
import dev.custos.server.erasure.ErasureEvidence;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Evidence packs in {@code erasure_evidence}, in the caller's transaction. */
public final class ErasureEvidenceStore {

  private final EntityManager em;

  public ErasureEvidenceStore(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /** Stores the pack. */
  public void save(ErasureEvidence evidence) {
    em.persist(
        new ErasureEvidenceEntity(
            evidence.requestReference(),
            evidence.subjectId(),
            evidence.erasedAt(),
            evidence.destroyedKeyIds().stream()
                .map(String::valueOf)
                .collect(Collectors.joining(",")),
            evidence.suppressedDigests(),
            evidence.journalLineHash(),
            evidence.replayedAt(),
            evidence.items().stream()
                .map(i -> new EvidenceItemRow(i.location(), i.category(), i.count(), i.treatment()))
                .toList()));
    em.flush();
  }

  /** The pack of a data-subject request, if it was erased. */
  public Optional<ErasureEvidence> find(String requestReference) {
    return Optional.ofNullable(em.find(ErasureEvidenceEntity.class, requestReference))
        .map(ErasureEvidenceStore::toEvidence);
  }

  /**
   * The packs answering either the request or the subject, in one query: an erasure checks both
   * before it starts (a retried request, a subject erased under another request).
   */
  public List<ErasureEvidence> findByReferenceOrSubject(String requestReference, String subjectId) {
    return em.createQuery(
            "select e from ErasureEvidenceEntity e"
                + " where e.requestReference = :reference or e.subjectId = :subject",
            ErasureEvidenceEntity.class)
        .setParameter("reference", requestReference)
        .setParameter("subject", subjectId)
        .getResultStream()
        .map(ErasureEvidenceStore::toEvidence)
        .toList();
  }

  /** The journal line hash of every stored pack. */
  public List<String> journalLineHashes() {
    return em.createQuery("select e.journalLineHash from ErasureEvidenceEntity e", String.class)
        .getResultList();
  }

  private static ErasureEvidence toEvidence(ErasureEvidenceEntity e) {
    List<Integer> keyIds =
        e.destroyedKeyIds().isEmpty()
            ? List.of()
            : Arrays.stream(e.destroyedKeyIds().split(",")).map(Integer::valueOf).toList();
    return new ErasureEvidence(
        e.requestReference(),
        e.subjectId(),
        e.erasedAt(),
        keyIds,
        e.suppressedDigests(),
        e.items().stream()
            .map(i -> new ErasedItems(i.location(), i.category(), i.count(), i.treatment()))
            .toList(),
        e.journalLineHash(),
        e.replayedAt());
  }
}
