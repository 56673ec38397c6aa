package dev.custos.server.retention.store;

import dev.custos.policies.retention.DataCategory;
import dev.custos.server.retention.ItemView;
import dev.custos.server.retention.RunView;
import dev.custos.server.retention.RunView.CategoryProgress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Runs of the retention sweep: progress, checkpoint and report, in the caller's transaction. */
public final class RunStore {

  /** Where a run stands: the last stamp of its last committed batch, if any. */
  public record Checkpoint(
      UUID runId,
      boolean dryRun,
      String status,
      String startedBy,
      Instant asOf,
      int batchSize,
      Optional<Instant> deadline,
      Optional<UUID> record,
      Optional<String> category) {}

  /** A batch's counts by category: examined, acted, held, kept. */
  public record BatchCounts(Map<DataCategory, long[]> byCategory) {}

  private final EntityManager em;

  public RunStore(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  /** Starts a run that judges stamps due at {@code at}. */
  public UUID start(boolean dryRun, String startedBy, Instant at, int batchSize) {
    RunEntity run = new RunEntity(UUID.randomUUID(), dryRun, startedBy, at, batchSize);
    for (DataCategory category : DataCategory.values()) {
      run.counts().add(new CountRow(category.id()));
    }
    em.persist(run);
    return run.id();
  }

  /** Runs still marked running, oldest first: after a crash, the ones to resume. */
  public List<UUID> running() {
    return em.createQuery(
            "select r.id from RunEntity r where r.status = 'running' order by r.startedAt, r.id",
            UUID.class)
        .getResultList();
  }

  /** A run's checkpoint, read under a write lock so that one node at a time moves it. */
  public Optional<Checkpoint> checkpointForUpdate(UUID id) {
    RunEntity run = em.find(RunEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (run == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Checkpoint(
            run.id(),
            run.dryRun(),
            run.status(),
            run.startedBy(),
            run.asOf(),
            run.batchSize(),
            Optional.ofNullable(run.cursorDeadline()),
            Optional.ofNullable(run.cursorRecord()),
            Optional.ofNullable(run.cursorCategory())));
  }

  /** Marks a stopped run as running again; false when there is none or it has completed. */
  public boolean resume(UUID id) {
    RunEntity run = em.find(RunEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (run == null || run.status().equals("completed")) {
      return false;
    }
    run.resume();
    return true;
  }

  /**
   * Records a committed batch: its items, counts and the new checkpoint. Called in the batch's own
   * transaction, so that the checkpoint moves only together with what the batch did.
   */
  public void recordBatch(
      UUID id,
      List<ItemView> items,
      BatchCounts counts,
      Instant lastDeadline,
      UUID lastRecord,
      String lastCategory) {
    RunEntity run = em.find(RunEntity.class, id);
    long seq =
        em.createQuery(
                "select coalesce(max(i.seq), 0) from ItemEntity i where i.runId = :run", Long.class)
            .setParameter("run", id)
            .getSingleResult();
    for (ItemView item : items) {
      seq++;
      em.persist(
          new ItemEntity(
              id,
              seq,
              item.recordId(),
              item.category(),
              item.subjectId(),
              item.decision(),
              item.action(),
              item.rule(),
              item.deadline(),
              item.holdId(),
              item.explanation()));
    }
    for (CountRow row : run.counts()) {
      DataCategory.fromId(row.category())
          .map(counts.byCategory()::get)
          .ifPresent(c -> row.add(c[0], c[1], c[2], c[3]));
    }
    run.checkpoint(lastDeadline, lastRecord, lastCategory);
  }

  /** Ends a run: {@code completed}, or {@code failed} with the type of the error. */
  public void finish(UUID id, String status, Instant at, String failure) {
    RunEntity run = em.find(RunEntity.class, id);
    if (run != null) {
      run.finish(status, at, failure);
    }
  }

  public Optional<RunView> find(UUID id) {
    return Optional.ofNullable(em.find(RunEntity.class, id)).map(RunStore::view);
  }

  /** Runs, newest first. */
  public List<RunView> list(int offset, int limit) {
    return em.createQuery(
            "select r from RunEntity r order by r.startedAt desc, r.id", RunEntity.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultStream()
        .map(RunStore::view)
        .toList();
  }

  public long count() {
    return em.createQuery("select count(r) from RunEntity r", Long.class).getSingleResult();
  }

  /** A run's items in the order they were decided; only those of one decision when given. */
  public List<ItemView> items(UUID id, Optional<String> decision, int offset, int limit) {
    var query =
        em.createQuery(
                "select i from ItemEntity i where i.runId = :run"
                    + (decision.isPresent() ? " and i.decision = :decision" : "")
                    + " order by i.seq",
                ItemEntity.class)
            .setParameter("run", id);
    decision.ifPresent(d -> query.setParameter("decision", d));
    return query
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultStream()
        .map(RunStore::view)
        .toList();
  }

  public long itemCount(UUID id, Optional<String> decision) {
    var query =
        em.createQuery(
                "select count(i) from ItemEntity i where i.runId = :run"
                    + (decision.isPresent() ? " and i.decision = :decision" : ""),
                Long.class)
            .setParameter("run", id);
    decision.ifPresent(d -> query.setParameter("decision", d));
    return query.getSingleResult();
  }

  private static RunView view(RunEntity run) {
    List<CategoryProgress> categories = new ArrayList<>();
    long examined = 0;
    long acted = 0;
    long held = 0;
    long kept = 0;
    for (DataCategory category : DataCategory.values()) {
      for (CountRow row : run.counts()) {
        if (row.category().equals(category.id())) {
          categories.add(
              new CategoryProgress(
                  row.category(), row.examined(), row.acted(), row.held(), row.kept()));
          examined += row.examined();
          acted += row.acted();
          held += row.held();
          kept += row.kept();
        }
      }
    }
    return new RunView(
        run.id(),
        run.dryRun(),
        run.status(),
        run.startedBy(),
        run.startedAt(),
        run.asOf(),
        run.finishedAt(),
        run.batches(),
        run.failure(),
        categories,
        new CategoryProgress("all", examined, acted, held, kept));
  }

  private static ItemView view(ItemEntity item) {
    return new ItemView(
        item.seq(),
        item.recordId(),
        item.category(),
        item.subjectId(),
        item.decision(),
        item.action(),
        item.ruleText(),
        item.deadline(),
        item.holdId(),
        item.explanation());
  }
}
