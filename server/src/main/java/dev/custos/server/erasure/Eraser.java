package dev.custos.server.erasure;

import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.keys.DataKeys;
import dev.custos.policies.keys.StoredDataKey;
import dev.custos.policies.keys.SubjectKeyStore;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.audit.AuditEvent;
import dev.custos.server.erasure.store.ErasureEvidenceStore;
import dev.custos.server.ingest.store.SubjectRecords;
import dev.custos.server.problem.ProblemException;
import dev.custos.server.subject.store.SubjectErasure;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Erases subjects, and applies journalled erasures again, inside the caller's transaction. Its work
 * does not grow with the amount of data held: one data key is deleted (which makes every envelope
 * of the subject unreadable, wherever it is), a handful of digests are suppressed, and the
 * subject's records are only counted, through an index, for the evidence. The records themselves
 * stay as ciphertext without a key until the retention sweep deletes them.
 */
public final class Eraser {

  /** Where audit events go; the server passes its {@code AuditTrail}. */
  @FunctionalInterface
  public interface Audit {
    void record(AuditEvent event);
  }

  private final EntityManager em;
  private final SubjectKeyStore keyStore;
  private final DataKeys dataKeys;
  private final ErasureJournal journal;
  private final Clock clock;
  private final Audit audit;

  public Eraser(
      EntityManager em,
      SubjectKeyStore keyStore,
      DataKeys dataKeys,
      ErasureJournal journal,
      Clock clock,
      Audit audit) {
    this.em = Objects.requireNonNull(em, "em");
    this.keyStore = Objects.requireNonNull(keyStore, "keyStore");
    this.dataKeys = Objects.requireNonNull(dataKeys, "dataKeys");
    this.journal = Objects.requireNonNull(journal, "journal");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.audit = Objects.requireNonNull(audit, "audit");
  }

  /**
   * Erases the subject for a data-subject request. Asked again with the same reference, answers the
   * evidence of the first time and does nothing more.
   *
   * @throws ProblemException 400 for a malformed id or reference, 404 for a subject Custos does not
   *     hold, 409 when the reference already answered another subject's erasure or the subject was
   *     erased under another reference
   */
  public ErasureEvidence erase(String subjectId, String requestReference) {
    SubjectId subject = parseSubject(subjectId);
    String reference = parseReference(requestReference);
    ErasureEvidenceStore evidenceStore = new ErasureEvidenceStore(em);
    List<ErasureEvidence> earlier =
        evidenceStore.findByReferenceOrSubject(reference, subject.value());
    for (ErasureEvidence e : earlier) {
      if (e.requestReference().equals(reference)) {
        if (!e.subjectId().equals(subject.value())) {
          throw ProblemException.conflict("erasure-reference-taken");
        }
        return e;
      }
    }
    if (!earlier.isEmpty()) {
      throw ProblemException.conflict("erasure-subject-already-erased");
    }
    Instant now = clock.instant();
    SubjectErasure subjects = new SubjectErasure(em);
    Optional<StoredDataKey> key = keyStore.find(subject);
    Map<String, Long> records = new SubjectRecords(em).byKind(subject);
    if (!subjects.exists(subject) && key.isEmpty() && records.isEmpty()) {
      throw ProblemException.notFound("erasure-subject-not-found");
    }
    List<Map.Entry<IndexKind, String>> indexes = subjects.indexes(subject);
    long matches = subjects.matches(subject);
    Applied applied = apply(subject, indexes, key, now);
    List<Integer> keyIds = key.map(k -> List.of(k.keyId())).orElse(List.of());
    String lineHash =
        journal.append(new JournalEntry(now, subject, reference, keyIds, digests(indexes)));
    ErasureEvidence evidence =
        new ErasureEvidence(
            reference,
            subject.value(),
            now,
            keyIds,
            indexes.size(),
            items(keyIds.size(), indexes, matches, applied.subjectDeleted(), records),
            lineHash,
            null);
    evidenceStore.save(evidence);
    audit.record(AuditEvent.success("erasure.execute", "subject", subject.value()));
    audit.record(AuditEvent.success("erasure.evidence", "erasure", reference));
    return evidence;
  }

  /**
   * Applies a journalled erasure again where the database does not reflect it, for example after a
   * restore of a backup older than the erasure: the data key is deleted, the digests suppressed,
   * the subject forgotten, and a missing evidence pack stored again (marked as replayed).
   *
   * @return true when anything had to be re-applied
   */
  public boolean reapply(ErasureJournal.Line line) {
    JournalEntry entry = line.entry();
    SubjectId subject = entry.subject();
    SubjectErasure subjects = new SubjectErasure(em);
    List<Map.Entry<IndexKind, String>> indexes = new ArrayList<>(subjects.indexes(subject));
    for (JournalEntry.Digest digest : entry.digests()) {
      Map.Entry<IndexKind, String> journalled = Map.entry(digest.kind(), digest.value());
      if (!indexes.contains(journalled)) {
        indexes.add(journalled);
      }
    }
    Optional<StoredDataKey> key = keyStore.find(subject);
    Map<String, Long> records = new SubjectRecords(em).byKind(subject);
    long matches = subjects.matches(subject);
    Applied applied = apply(subject, indexes, key, entry.erasedAt());
    ErasureEvidenceStore evidenceStore = new ErasureEvidenceStore(em);
    boolean evidenceMissing = evidenceStore.find(entry.requestReference()).isEmpty();
    boolean changed = key.isPresent() || applied.suppressed() > 0 || applied.subjectDeleted();
    if (evidenceMissing) {
      evidenceStore.save(
          new ErasureEvidence(
              entry.requestReference(),
              subject.value(),
              entry.erasedAt(),
              entry.keyIds(),
              indexes.size(),
              items(key.isPresent() ? 1 : 0, indexes, matches, applied.subjectDeleted(), records),
              line.hash(),
              clock.instant()));
    }
    if (changed || evidenceMissing) {
      audit.record(AuditEvent.success("erasure.replay", "subject", subject.value()));
    }
    return changed || evidenceMissing;
  }

  private Applied apply(
      SubjectId subject,
      List<Map.Entry<IndexKind, String>> indexes,
      Optional<StoredDataKey> key,
      Instant at) {
    if (key.isPresent()) {
      dataKeys.shred(subject);
    } else {
      dataKeys.evict(subject);
    }
    SubjectErasure subjects = new SubjectErasure(em);
    int suppressed = subjects.suppress(indexes, at);
    boolean deleted = subjects.forget(subject);
    return new Applied(suppressed, deleted);
  }

  private record Applied(int suppressed, boolean subjectDeleted) {}

  private static List<ErasedItems> items(
      int keys,
      List<Map.Entry<IndexKind, String>> indexes,
      long matches,
      boolean subjectDeleted,
      Map<String, Long> records) {
    List<ErasedItems> items = new ArrayList<>();
    items.add(new ErasedItems("subject_key", "data-key", keys, ErasedItems.DESTROYED));
    Map<String, Long> byKind = new TreeMap<>();
    indexes.forEach(i -> byKind.merge(i.getKey().id(), 1L, Long::sum));
    byKind.forEach(
        (kind, n) -> items.add(new ErasedItems("suppression", kind, n, ErasedItems.ADDED)));
    byKind.forEach(
        (kind, n) -> items.add(new ErasedItems("subject_index", kind, n, ErasedItems.DELETED)));
    items.add(new ErasedItems("subject_match", "resolution", matches, ErasedItems.DELETED));
    items.add(new ErasedItems("subject", "subject", subjectDeleted ? 1 : 0, ErasedItems.DELETED));
    records.forEach(
        (kind, n) -> items.add(new ErasedItems("gated_record", kind, n, ErasedItems.UNREADABLE)));
    return items;
  }

  private static List<JournalEntry.Digest> digests(List<Map.Entry<IndexKind, String>> indexes) {
    return indexes.stream().map(i -> new JournalEntry.Digest(i.getKey(), i.getValue())).toList();
  }

  private static SubjectId parseSubject(String subjectId) {
    try {
      return new SubjectId(subjectId);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ProblemException.badRequest("erasure-subject-invalid");
    }
  }

  private static String parseReference(String reference) {
    if (reference == null || !JournalEntry.REFERENCE.matcher(reference).matches()) {
      throw ProblemException.badRequest("erasure-reference-invalid");
    }
    return reference;
  }
}
