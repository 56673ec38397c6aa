package dev.custos.server.retention.store;

import dev.custos.policies.retention.DataCategory;
import dev.custos.policies.retention.HoldScope;
import dev.custos.policies.retention.LegalHold;
import dev.custos.policies.retention.LegalHolds;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.retention.HoldInput;
import dev.custos.server.retention.LegalHoldView;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Places, releases and reads legal holds, in the caller's transaction. */
public final class LegalHoldStore {

  private final EntityManager em;

  public LegalHoldStore(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /** Places a hold that applies from {@code at} until it is released. */
  public LegalHoldView place(HoldInput input, String placedBy, Instant at) {
    LegalHoldEntity hold =
        new LegalHoldEntity(
            UUID.randomUUID().toString(),
            input.scope().id(),
            input.subjectId().orElse(null),
            input.accountId().orElse(null),
            input.category().map(DataCategory::id).orElse(null),
            input.reasonCode(),
            placedBy,
            at);
    em.persist(hold);
    return view(hold);
  }

  /** The hold with this id, if there is one. */
  public Optional<LegalHoldView> find(String id) {
    return Optional.ofNullable(em.find(LegalHoldEntity.class, id)).map(LegalHoldStore::view);
  }

  /**
   * Releases a hold; empty when there is no hold with this id. A hold released before stays as it
   * was (the first release counts).
   */
  public Optional<LegalHoldView> release(String id, String releasedBy, Instant at) {
    LegalHoldEntity hold = em.find(LegalHoldEntity.class, id);
    if (hold == null) {
      return Optional.empty();
    }
    if (hold.releasedAt() == null) {
      hold.release(releasedBy, at);
    }
    return Optional.of(view(hold));
  }

  /** Holds, newest first; only those in force when {@code activeOnly}. */
  public List<LegalHoldView> list(boolean activeOnly, int offset, int limit) {
    return em.createQuery(
            "select h from LegalHoldEntity h"
                + (activeOnly ? " where h.releasedAt is null" : "")
                + " order by h.placedAt desc, h.id",
            LegalHoldEntity.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultStream()
        .map(LegalHoldStore::view)
        .toList();
  }

  public long count(boolean activeOnly) {
    return em.createQuery(
            "select count(h) from LegalHoldEntity h"
                + (activeOnly ? " where h.releasedAt is null" : ""),
            Long.class)
        .getSingleResult();
  }

  /** The holds in force, as the retention planner takes them. */
  public LegalHolds inForce() {
    return LegalHolds.of(
        em.createQuery(
                "select h from LegalHoldEntity h where h.releasedAt is null order by h.placedAt, h.id",
                LegalHoldEntity.class)
            .getResultStream()
            .map(LegalHoldStore::toHold)
            .toList());
  }

  private static LegalHold toHold(LegalHoldEntity h) {
    HoldScope scope =
        switch (h.scope()) {
          case "subject" -> new HoldScope.OfSubject(new SubjectId(h.subjectId()));
          case "account" -> new HoldScope.OfAccount(h.accountId());
          case "category" -> new HoldScope.OfCategory(category(h));
          case "subject-category" ->
              new HoldScope.OfSubjectInCategory(new SubjectId(h.subjectId()), category(h));
          default -> throw new IllegalStateException("Legal hold " + h.id() + " has no scope");
        };
    return LegalHold.indefinite(h.id(), scope, h.reasonCode(), h.placedAt(), h.placedBy());
  }

  private static DataCategory category(LegalHoldEntity h) {
    return DataCategory.fromId(h.category())
        .orElseThrow(() -> new IllegalStateException("Legal hold " + h.id() + ": bad category"));
  }

  private static LegalHoldView view(LegalHoldEntity h) {
    return new LegalHoldView(
        h.id(),
        h.scope(),
        h.subjectId(),
        h.accountId(),
        h.category(),
        h.reasonCode(),
        h.placedBy(),
        h.placedAt(),
        h.releasedBy(),
        h.releasedAt(),
        h.releasedAt() == null);
  }
}
