package dev.custos.server.request;

import dev.custos.policies.blindindex.BlindIndexer;
import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.classification.FieldClass;
import dev.custos.policies.encryption.FieldCipher;
import dev.custos.policies.encryption.FieldContext;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.audit.AuditEvent;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.ingest.store.SubjectRecords;
import dev.custos.server.problem.ProblemException;
import dev.custos.server.problem.Violations;
import dev.custos.server.subject.store.SubjectLookup;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Replaces the value of a personal field of a subject in every record that holds it: encrypted
 * again under the subject's data key, and its blind index (and the subject's index used to find
 * them) moved to the new value, so that the next sync from a source finds the person by the
 * corrected identifier. Runs in the caller's transaction; every field changed is audited.
 *
 * <p>Only identifier, contact and sensitive fields are replaced: a comment also has a redacted copy
 * for analysis, which a correction would leave stale.
 */
@Dependent
public class Rectifications {

  static final int MAX_VALUE = 4000;
  private static final Set<String> RECTIFIABLE =
      Set.of(FieldClass.IDENTIFIER.id(), FieldClass.CONTACT.id(), FieldClass.SENSITIVE.id());

  private final SubjectRecords records;
  private final SubjectLookup lookup;
  private final FieldCipher cipher;
  private final BlindIndexer indexer;
  private final AuditTrail audit;
  private final Clock clock;

  @Inject
  public Rectifications(
      SubjectRecords records,
      SubjectLookup lookup,
      FieldCipher cipher,
      BlindIndexer indexer,
      AuditTrail audit,
      Clock clock) {
    this.records = records;
    this.lookup = lookup;
    this.cipher = cipher;
    this.indexer = indexer;
    this.audit = audit;
    this.clock = clock;
  }

  /** Checks every correction first, then applies them all; a bad one changes nothing. */
  public void apply(SubjectId subject, List<StepInput.Correction> corrections, Violations v) {
    if (corrections == null || corrections.isEmpty()) {
      v.add("corrections", "required");
      v.throwIfAny();
    }
    Map<StepInput.Correction, Plan> plans = new LinkedHashMap<>();
    for (int i = 0; i < corrections.size(); i++) {
      StepInput.Correction c = corrections.get(i);
      String at = "corrections[" + i + "]";
      if (c == null || c.field() == null || c.field().isBlank()) {
        v.add(at + ".field", "required");
        continue;
      }
      if (c.value() == null || c.value().isBlank()) {
        v.add(at + ".value", "required");
        continue;
      }
      if (c.value().length() > MAX_VALUE) {
        v.add(at + ".value", "too-long", MAX_VALUE);
        continue;
      }
      Map<UUID, SubjectRecords.NamedField> held = records.fieldsNamed(subject, c.field());
      if (held.isEmpty()) {
        v.add(at + ".field", "unknown-field");
        continue;
      }
      if (held.values().stream().anyMatch(f -> !RECTIFIABLE.contains(f.fieldClass()))) {
        v.add(at + ".field", "not-rectifiable");
        continue;
      }
      plan(subject, c, held, at, v).ifPresent(p -> plans.put(c, p));
    }
    v.throwIfAny();
    plans.forEach((correction, plan) -> execute(subject, correction, plan));
  }

  /** Where the field is held and, when it is indexed, its old and new digests. */
  private record Plan(
      Map<UUID, SubjectRecords.NamedField> held,
      Map<String, IndexKind> oldIndexes,
      String digest) {}

  private Optional<Plan> plan(
      SubjectId subject,
      StepInput.Correction c,
      Map<UUID, SubjectRecords.NamedField> held,
      String at,
      Violations v) {
    Map<String, IndexKind> oldIndexes = new LinkedHashMap<>();
    for (SubjectRecords.NamedField f : held.values()) {
      if (f.blindIndex() != null) {
        lookup.kindOf(subject, f.blindIndex()).ifPresent(k -> oldIndexes.put(f.blindIndex(), k));
      }
    }
    Set<IndexKind> kinds = Set.copyOf(oldIndexes.values());
    if (kinds.size() > 1) {
      v.add(at + ".field", "not-rectifiable");
      return Optional.empty();
    }
    if (kinds.isEmpty()) {
      return Optional.of(new Plan(held, oldIndexes, null));
    }
    IndexKind kind = kinds.iterator().next();
    Optional<String> digest =
        switch (kind) {
          case EMAIL -> indexer.email(c.value());
          case PHONE -> indexer.phone(c.value());
          case CN_RESIDENT_ID -> indexer.chineseResidentId(c.value());
        };
    if (digest.isEmpty()) {
      v.add(at + ".value", "identifier-" + kind.id());
      return Optional.empty();
    }
    return Optional.of(new Plan(held, oldIndexes, digest.get()));
  }

  private void execute(SubjectId subject, StepInput.Correction c, Plan plan) {
    for (var entry : plan.oldIndexes().entrySet()) {
      if (!lookup.reindex(
          subject, entry.getValue(), entry.getKey(), plan.digest(), clock.instant())) {
        throw ProblemException.conflict("rectification-conflict", c.field());
      }
    }
    plan.held()
        .forEach(
            (recordId, field) -> {
              byte[] envelope =
                  cipher.encryptText(
                      new FieldContext(field.recordKind(), c.field(), subject), c.value().strip());
              Optional<String> index =
                  field.blindIndex() == null
                      ? Optional.empty()
                      : Optional.ofNullable(plan.digest());
              records.replace(recordId, c.field(), envelope, index);
            });
    audit.record(
        AuditEvent.success("subject.rectify", "subject", subject.value())
            .forPurpose(Requests.PURPOSE));
  }
}
