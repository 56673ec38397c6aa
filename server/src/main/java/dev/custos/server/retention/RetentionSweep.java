package dev.custos.server.retention;

import dev.custos.policies.classification.FieldClass;
import dev.custos.policies.gate.PrivacyGate;
import dev.custos.policies.gate.RecordKind;
import dev.custos.policies.retention.DataCategory;
import dev.custos.policies.retention.EventTimes;
import dev.custos.policies.retention.LegalHolds;
import dev.custos.policies.retention.RecordMetadata;
import dev.custos.policies.retention.RetentionAction;
import dev.custos.policies.retention.RetentionDecision;
import dev.custos.policies.retention.RetentionEvent;
import dev.custos.policies.retention.RetentionPlanner;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.audit.AuditEvent;
import dev.custos.server.ingest.store.RetainedRecords;
import dev.custos.server.ingest.store.RetainedRecords.Stamp;
import dev.custos.server.problem.ProblemException;
import dev.custos.server.retention.store.LegalHoldStore;
import dev.custos.server.retention.store.RunStore;
import dev.custos.server.retention.store.RunStore.BatchCounts;
import dev.custos.server.retention.store.RunStore.Checkpoint;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The retention sweep: applies the planner's decisions to stored records in batches, each batch in
 * a transaction of its own that also moves the run's checkpoint, records its report lines and its
 * audit event. A run that stops (a crash, a lost database connection) resumes after its last
 * committed batch; what that batch did is never done again, because acting on a stamp removes it.
 *
 * <p>A run takes the stamps whose deadline had passed when it started, in (deadline, record,
 * category) order. Each batch reads the clock and the legal holds in force anew, so a hold placed
 * while a run goes on protects what the run has not reached yet. A dry run goes through the same
 * steps and writes the same report, but changes no record, key or stamp.
 *
 * <p>Crypto-shredding destroys the subject's data key, and with it every encrypted field of the
 * subject. It is done only when every stamp of every record of the subject is due and not held;
 * otherwise the due category's fields of that record are deleted instead ({@code delete-fields}),
 * so that data still within its period stays readable.
 */
public final class RetentionSweep {

  public static final String RUNNING = "running";
  public static final String COMPLETED = "completed";
  public static final String FAILED = "failed";

  private final RetentionPlanner planner;
  private final Clock clock;
  private final SweepTransactions transactions;
  private final SweepEffects effects;
  private final int batchSize;

  public RetentionSweep(
      RetentionPlanner planner,
      Clock clock,
      SweepTransactions transactions,
      SweepEffects effects,
      int batchSize) {
    this.planner = Objects.requireNonNull(planner, "planner");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.effects = Objects.requireNonNull(effects, "effects");
    if (batchSize < 1) {
      throw new IllegalArgumentException("A batch holds at least one stamp");
    }
    this.batchSize = batchSize;
  }

  /**
   * Starts a run (it does nothing until {@link #runToEnd}).
   *
   * @throws ProblemException 409 when another run has not finished
   */
  public UUID start(boolean dryRun, String startedBy) {
    return transactions.inNewTransaction(
        em -> {
          RunStore runs = new RunStore(em);
          if (!runs.running().isEmpty()) {
            throw ProblemException.conflict("retention-run-in-progress");
          }
          UUID id = runs.start(dryRun, startedBy, clock.instant(), batchSize);
          effects.audit(
              em,
              startedBy,
              AuditEvent.success(
                  dryRun ? "retention.dry-run" : "retention.sweep",
                  "retention-run",
                  id.toString()));
          return id;
        });
  }

  /**
   * Marks a stopped run as running again, so that {@link #runToEnd} goes on from its checkpoint.
   *
   * @return false when there is no such run or it has completed
   */
  public boolean reopen(UUID id) {
    return transactions.inNewTransaction(em -> new RunStore(em).resume(id));
  }

  /** Runs batch after batch until the run completes; a failing batch marks the run failed. */
  public void runToEnd(UUID id) {
    boolean more = true;
    while (more) {
      try {
        more = transactions.inNewTransaction(em -> batch(em, id));
      } catch (RuntimeException e) {
        markFailed(id, e);
        throw e;
      }
    }
  }

  private void markFailed(UUID id, RuntimeException cause) {
    try {
      transactions.inNewTransaction(
          em -> {
            new RunStore(em).finish(id, FAILED, clock.instant(), cause.getClass().getName());
            return null;
          });
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /** One batch; false when the run has nothing left to do. */
  private boolean batch(EntityManager em, UUID id) {
    RunStore runs = new RunStore(em);
    Checkpoint checkpoint =
        runs.checkpointForUpdate(id)
            .orElseThrow(() -> new IllegalStateException("No retention run " + id));
    if (!checkpoint.status().equals(RUNNING)) {
      return false;
    }
    Instant now = clock.instant();
    RetainedRecords records = new RetainedRecords(em);
    Optional<Stamp> after =
        checkpoint
            .deadline()
            .map(
                d ->
                    new Stamp(
                        checkpoint.record().orElseThrow(),
                        checkpoint.category().orElseThrow(),
                        Optional.of(d),
                        "",
                        Optional.empty(),
                        d,
                        Optional.empty()));
    List<Stamp> page = records.due(checkpoint.asOf(), after, checkpoint.batchSize());
    if (page.isEmpty()) {
      runs.finish(id, COMPLETED, now, null);
      return false;
    }
    Batch batch =
        new Batch(
            em,
            records,
            new LegalHoldStore(em).inForce(),
            now,
            checkpoint.dryRun(),
            checkpoint.startedBy());
    page.forEach(batch::handle);
    Stamp last = page.getLast();
    runs.recordBatch(
        id,
        batch.items,
        new BatchCounts(batch.counts),
        last.deadline().orElseThrow(),
        last.recordId(),
        last.category());
    if (!checkpoint.dryRun()) {
      effects.audit(
          em,
          checkpoint.startedBy(),
          AuditEvent.success("retention.batch", "retention-run", batch.summary(id)));
    }
    if (page.size() < checkpoint.batchSize()) {
      runs.finish(id, COMPLETED, now, null);
      return false;
    }
    return true;
  }

  /** The work of one batch: decisions, actions (unless dry), report lines and counts. */
  private final class Batch {
    private final EntityManager em;
    private final RetainedRecords records;
    private final LegalHolds holds;
    private final Instant now;
    private final boolean dryRun;
    private final String actor;
    private final List<ItemView> items = new ArrayList<>();
    private final Map<DataCategory, long[]> counts = new EnumMap<>(DataCategory.class);
    private final Map<String, Optional<Instant>> lastInteraction = new HashMap<>();
    private final Map<String, Boolean> wholeSubjectDue = new HashMap<>();
    private final Set<String> shredded = new HashSet<>();

    Batch(
        EntityManager em,
        RetainedRecords records,
        LegalHolds holds,
        Instant now,
        boolean dryRun,
        String actor) {
      this.em = em;
      this.records = records;
      this.holds = holds;
      this.now = now;
      this.dryRun = dryRun;
      this.actor = actor;
    }

    void handle(Stamp stamp) {
      DataCategory category = category(stamp);
      RetentionDecision decision = decide(stamp, category);
      long[] count = counts.computeIfAbsent(category, c -> new long[4]);
      count[0]++;
      switch (decision) {
        case RetentionDecision.Act act -> {
          count[1]++;
          String action = act(stamp, category, act.action());
          item(stamp, "act", action, decision, act.deadline(), null);
        }
        case RetentionDecision.Hold hold -> {
          count[2]++;
          item(stamp, "hold", hold.rule().action().id(), decision, hold.deadline(), hold.holdId());
        }
        case RetentionDecision.Keep keep -> {
          count[3]++;
          if (!dryRun) {
            // The period restarted with a later interaction: the stamp's deadline moves with it.
            records.moveDeadline(stamp.recordId(), stamp.category(), keep.until());
          }
          item(stamp, "keep", null, decision, keep.until(), null);
        }
        case RetentionDecision.Pending pending -> {
          count[3]++;
          item(stamp, "keep", null, decision, null, null);
        }
      }
    }

    String summary(UUID id) {
      long examined = 0;
      long acted = 0;
      long held = 0;
      for (long[] c : counts.values()) {
        examined += c[0];
        acted += c[1];
        held += c[2];
      }
      return "%s/batch examined=%d acted=%d held=%d".formatted(id, examined, acted, held);
    }

    private RetentionDecision decide(Stamp stamp, DataCategory category) {
      Optional<SubjectId> subject = stamp.subjectId().map(SubjectId::new);
      Instant lastSeen =
          stamp
              .subjectId()
              .flatMap(s -> lastInteraction.computeIfAbsent(s, records::lastInteraction))
              .orElse(stamp.collectedAt());
      EventTimes events =
          EventTimes.of(
              Map.of(
                  RetentionEvent.COLLECTION,
                  stamp.collectedAt(),
                  RetentionEvent.LAST_INTERACTION,
                  lastSeen.isAfter(stamp.collectedAt()) ? lastSeen : stamp.collectedAt()));
      return planner.decide(
          new RecordMetadata(
              stamp.recordId().toString(), category, subject, events, stamp.account()),
          holds,
          now);
    }

    /** Takes the action (unless dry) and names it as the report shows it. */
    private String act(Stamp stamp, DataCategory category, RetentionAction action) {
      return switch (action) {
        case RetentionAction.Delete d -> {
          if (!dryRun) {
            removeFields(stamp, category, false);
            if (records.removeStamp(stamp.recordId(), stamp.category()) == 0) {
              records.delete(stamp.recordId());
            }
          }
          yield d.id();
        }
        case RetentionAction.Anonymise a -> {
          if (!dryRun) {
            removeFields(stamp, category, true);
            if (records.removeStamp(stamp.recordId(), stamp.category()) == 0) {
              records.anonymise(stamp.recordId());
            }
          }
          yield a.id();
        }
        case RetentionAction.CryptoShred c -> {
          boolean whole = stamp.subjectId().map(this::wholeSubjectDue).orElse(false);
          if (!dryRun) {
            if (whole) {
              shred(stamp.subjectId().orElseThrow());
            }
            removeFields(stamp, category, false);
            if (records.removeStamp(stamp.recordId(), stamp.category()) == 0) {
              records.delete(stamp.recordId());
            }
          }
          yield whole ? c.id() : "delete-fields";
        }
      };
    }

    private void shred(String subjectId) {
      if (shredded.add(subjectId) && effects.shredKey(em, new SubjectId(subjectId))) {
        effects.audit(
            em, actor, AuditEvent.success("retention.crypto-shred", "subject", subjectId));
      }
    }

    /** Whether every stamp of every record of the subject is due now and not held. */
    private boolean wholeSubjectDue(String subjectId) {
      return wholeSubjectDue.computeIfAbsent(
          subjectId,
          s ->
              records.ofSubject(s).stream()
                  .allMatch(
                      other -> decide(other, category(other)) instanceof RetentionDecision.Act));
    }

    /** Removes the record's fields of the category; only those that are not plain when asked. */
    private void removeFields(Stamp stamp, DataCategory category, boolean keepPlain) {
      RecordKind kind = kind(stamp);
      List<String> names =
          records.fields(stamp.recordId()).stream()
              .filter(f -> !(keepPlain && f.plain()))
              .filter(
                  f ->
                      FieldClass.fromId(f.fieldClass())
                          .flatMap(cls -> PrivacyGate.category(kind, cls))
                          .filter(category::equals)
                          .isPresent())
              .map(RetainedRecords.StoredField::name)
              .toList();
      records.removeFields(stamp.recordId(), names);
    }

    private void item(
        Stamp stamp,
        String decision,
        String action,
        RetentionDecision why,
        Instant deadline,
        String holdId) {
      items.add(
          new ItemView(
              0,
              stamp.recordId(),
              stamp.category(),
              stamp.subjectId().orElse(null),
              decision,
              action,
              why.rule().describe(),
              deadline,
              holdId,
              explain(why, action)));
    }

    private String explain(RetentionDecision why, String action) {
      String text = why.explain();
      return "delete-fields".equals(action)
          ? "delete-fields (crypto-shred of the whole subject waits until all their data is due): "
              + text
          : text;
    }
  }

  private static DataCategory category(Stamp stamp) {
    return DataCategory.fromId(stamp.category())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Record " + stamp.recordId() + " has an unknown category " + stamp.category()));
  }

  private static RecordKind kind(Stamp stamp) {
    for (RecordKind kind : RecordKind.values()) {
      if (kind.id().equals(stamp.kind())) {
        return kind;
      }
    }
    throw new IllegalStateException("Record " + stamp.recordId() + " has an unknown kind");
  }
}
