package dev.custos.server.request;

import dev.custos.policies.consent.ConsentEvent;
import dev.custos.policies.consent.ProcessingLimit;
import dev.custos.policies.encryption.Decryption;
import dev.custos.policies.encryption.FieldCipher;
import dev.custos.policies.encryption.FieldContext;
import dev.custos.policies.export.SubjectExport;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.consent.Consents;
import dev.custos.server.consent.store.LedgerEntry;
import dev.custos.server.consent.store.LedgerRow;
import dev.custos.server.ingest.store.SubjectRecords;
import dev.custos.server.problem.ProblemException;
import dev.custos.server.request.store.SubjectRequestEntity;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Gathers everything held about a subject and decrypts it under the subject's data key, for the
 * export archive. Runs in the caller's transaction; the result holds personal data in clear and
 * lives only while the archive is streamed.
 */
@Dependent
public class SubjectExports {

  private final SubjectRecords records;
  private final FieldCipher cipher;
  private final Function<SubjectId, List<LedgerRow>> ledger;

  @Inject
  public SubjectExports(SubjectRecords records, FieldCipher cipher, Consents consents) {
    this(records, cipher, subject -> ledgerOf(consents, subject));
  }

  /** The subject's ledger; none once the subject was erased (its ledger went with it). */
  private static List<LedgerRow> ledgerOf(Consents consents, SubjectId subject) {
    try {
      return consents.history(subject);
    } catch (ProblemException e) {
      if (e.status() == 404) {
        return List.of();
      }
      throw e;
    }
  }

  /** With the consent ledger read by {@code ledger}: for tests outside the container. */
  SubjectExports(
      SubjectRecords records, FieldCipher cipher, Function<SubjectId, List<LedgerRow>> ledger) {
    this.records = records;
    this.cipher = cipher;
    this.ledger = ledger;
  }

  public SubjectExport of(SubjectRequestEntity request, SubjectId subject, Instant now) {
    List<SubjectExport.Record> out = new ArrayList<>();
    for (SubjectRecords.Stored stored : records.of(subject)) {
      out.add(record(stored, subject));
    }
    return new SubjectExport(
        request.id().toString(),
        request.type(),
        request.receivedAt(),
        now,
        subject.value(),
        out,
        ledger.apply(subject).stream().map(SubjectExports::consent).toList());
  }

  /**
   * A ledger row as the person reads it: what happened to which purpose, when, and on what basis.
   */
  private static SubjectExport.Consent consent(LedgerRow row) {
    return switch (row.entry()) {
      case LedgerEntry.Consent c -> {
        ConsentEvent event = c.event();
        String kind =
            switch (event) {
              case ConsentEvent.Given g -> "given";
              case ConsentEvent.Withdrawn w -> "withdrawn";
              case ConsentEvent.Refused r -> "refused";
              case ConsentEvent.Expired e -> "expired";
            };
        var context = event.context();
        yield new SubjectExport.Consent(
            context.purpose().value(),
            kind,
            event.at(),
            context.lawfulBasis().id(),
            context.notice().id() + " " + context.notice().version(),
            context.channel(),
            context.jurisdiction());
      }
      case LedgerEntry.Limit l ->
          switch (l.limit()) {
            case ProcessingLimit.Restricted r ->
                new SubjectExport.Consent(null, "restricted", r.at(), null, null, null, null);
            case ProcessingLimit.RestrictionLifted r ->
                new SubjectExport.Consent(
                    null, "restriction-lifted", r.at(), null, null, null, null);
            case ProcessingLimit.Objected o ->
                new SubjectExport.Consent(
                    o.purpose().value(), "objected", o.at(), null, null, null, null);
          };
    };
  }

  private SubjectExport.Record record(SubjectRecords.Stored stored, SubjectId subject) {
    List<SubjectExport.Field> fields = new ArrayList<>(stored.fields().size());
    for (SubjectRecords.Field f : stored.fields()) {
      fields.add(field(stored.kind(), f, subject));
    }
    return new SubjectExport.Record(
        stored.id().toString(),
        stored.kind(),
        stored.source(),
        stored.sourceKey(),
        stored.sourceVersion(),
        stored.collectedAt(),
        stored.gatedAt(),
        stored.pack(),
        fields,
        stored.decisions().stream()
            .map(
                d ->
                    new SubjectExport.Decision(
                        d.field(), d.fieldClass(), d.outcome(), purposes(d.purposes()), d.reason()))
            .toList(),
        stored.stamps().stream()
            .map(
                s ->
                    new SubjectExport.Retention(
                        s.category(), s.countsFrom(), Optional.ofNullable(s.deadline())))
            .toList());
  }

  private SubjectExport.Field field(String kind, SubjectRecords.Field f, SubjectId subject) {
    List<String> purposes = purposes(f.purposes());
    if (f.envelope() == null) {
      return new SubjectExport.Field(
          f.name(), f.fieldClass(), Optional.ofNullable(f.plainValue()), false, purposes);
    }
    // The context the gate sealed the field with: the record's kind, the field, the subject.
    Decryption<String> value =
        cipher.decryptText(new FieldContext(kind, f.name(), subject), f.envelope());
    return switch (value) {
      case Decryption.Decrypted<String> d ->
          new SubjectExport.Field(
              f.name(), f.fieldClass(), Optional.ofNullable(d.value()), false, purposes);
      case Decryption.Erased<String> e ->
          new SubjectExport.Field(f.name(), f.fieldClass(), Optional.empty(), true, purposes);
    };
  }

  private static List<String> purposes(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
  }
}
