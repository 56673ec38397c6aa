package dev.custos.server.request;

import dev.custos.policies.blindindex.BlindIndexer;
import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.export.SubjectExport;
import dev.custos.policies.pii.PiiScanner;
import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.audit.AuditEvent;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.platform.Page;
import dev.custos.server.problem.ProblemException;
import dev.custos.server.problem.Violations;
import dev.custos.server.request.store.SubjectRequestEntity;
import dev.custos.server.request.store.SubjectRequestStore;
import dev.custos.server.subject.store.SubjectLookup;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The lifecycle of data-subject requests. Each step checks that the request is in the status the
 * step starts from, changes it, and appends its audit event in the same transaction.
 */
@Dependent
@Transactional
public class Requests {

  /** The purpose audit events of request work are recorded under. */
  static final String PURPOSE = "data-subject-request";

  private final SubjectRequestStore store;
  private final SubjectLookup lookup;
  private final BlindIndexer indexer;
  private final PiiScanner scanner;
  private final PolicyPack pack;
  private final Deadlines deadlines;
  private final SubjectExports exports;
  private final Rectifications rectifications;
  private final RequestExecution execution;
  private final AuditTrail audit;
  private final Clock clock;

  @Inject
  public Requests(
      SubjectRequestStore store,
      SubjectLookup lookup,
      BlindIndexer indexer,
      PiiScanner scanner,
      PolicyPack pack,
      Deadlines deadlines,
      SubjectExports exports,
      Rectifications rectifications,
      RequestExecution execution,
      AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.lookup = lookup;
    this.indexer = indexer;
    this.scanner = scanner;
    this.pack = pack;
    this.deadlines = deadlines;
    this.exports = exports;
    this.rectifications = rectifications;
    this.execution = execution;
    this.audit = audit;
    this.clock = clock;
  }

  /** Records a new request and looks the person up by the blind indexes of their identifiers. */
  public RequestView create(RequestInput input, String actor, Violations violations) {
    input.validate(violations, clock);
    Map<IndexKind, String> indexes = BlindIndexes.index(input.identifiers(), indexer, violations);
    if (input.purpose() != null
        && (!PurposeId.isValid(input.purpose())
            || pack.purpose(PurposeId.of(input.purpose())).isEmpty())) {
      violations.add("purpose", "unknown-purpose", pack.reference());
    }
    violations.throwIfAny();
    RequestType type = RequestType.fromId(input.type()).orElseThrow();
    Jurisdiction jurisdiction = Jurisdiction.fromId(input.jurisdiction()).orElseThrow();
    Instant received = input.received(clock);
    Optional<SubjectId> subject = lookup.find(indexes);
    SubjectRequestEntity request =
        new SubjectRequestEntity(
            UUID.randomUUID(),
            type.id(),
            jurisdiction.id(),
            RequestStatus.RECEIVED.id(),
            subject.map(SubjectId::value).orElse(null),
            BlindIndexes.text(indexes),
            type == RequestType.OBJECTION ? input.purpose() : null,
            received,
            deadlines.due(jurisdiction, received, false),
            actor);
    store.add(request);
    audit.record(step("request.create", request));
    subject.ifPresent(
        s ->
            audit.record(
                AuditEvent.success("subject.lookup", "subject", s.value()).forPurpose(PURPOSE)));
    return view(request);
  }

  public RequestView get(UUID id) {
    return view(find(id));
  }

  public Page<RequestView> list(
      Set<RequestStatus> statuses,
      Optional<RequestType> type,
      boolean overdue,
      int offset,
      int limit) {
    SubjectRequestStore.Filter filter =
        new SubjectRequestStore.Filter(
            RequestStatus.ids(statuses),
            type.map(RequestType::id),
            overdue ? Optional.of(clock.instant()) : Optional.empty(),
            RequestStatus.ids(RequestStatus.OPEN));
    Instant now = clock.instant();
    return new Page<>(
        store.list(filter, offset, limit).stream().map(r -> RequestView.of(r, now)).toList(),
        store.count(filter),
        limit,
        offset);
  }

  /**
   * Identity verified: how, by whom. The person is looked up again, since their data may have
   * arrived since the request was received.
   */
  public RequestView verify(UUID id, StepInput input, String actor, Violations violations) {
    SubjectRequestEntity request = find(id);
    input.validateMethod(violations);
    input.validateNote(violations, scanner);
    violations.throwIfAny();
    requireStatus(request, RequestStatus.RECEIVED);
    String subject =
        request.subjectId() != null
            ? request.subjectId()
            : lookup
                .find(BlindIndexes.parse(request.identifiers()))
                .map(SubjectId::value)
                .orElse(null);
    request.verified(subject, clock.instant(), actor, input.method());
    request.moveTo(RequestStatus.IDENTITY_VERIFIED.id());
    return save(request, "request.verify");
  }

  public RequestView start(UUID id) {
    SubjectRequestEntity request = find(id);
    requireStatus(request, RequestStatus.IDENTITY_VERIFIED);
    request.started(clock.instant());
    request.moveTo(RequestStatus.IN_PROGRESS.id());
    return save(request, "request.start");
  }

  /**
   * Completes the request: rectification applies the corrections; erasure, restriction and
   * objection run in their services; access and portability are answered by the export.
   */
  public RequestView complete(UUID id, StepInput input, String actor, Violations violations) {
    SubjectRequestEntity request = find(id);
    input.validateNote(violations, scanner);
    violations.throwIfAny();
    requireStatus(request, RequestStatus.IN_PROGRESS);
    RequestType type = RequestType.fromId(request.type()).orElseThrow();
    Optional<SubjectId> subject = Optional.ofNullable(request.subjectId()).map(SubjectId::new);
    if (type == RequestType.RECTIFICATION) {
      SubjectId s = subject.orElseThrow(() -> ProblemException.conflict("request-subject-unknown"));
      rectifications.apply(s, input.corrections(), violations);
    } else if (input.corrections() != null && !input.corrections().isEmpty()) {
      throw ProblemException.badRequest("corrections-not-expected");
    } else if (subject.isPresent()) {
      execution.run(type, subject.get(), request);
    }
    request.closed(clock.instant(), actor, StepInput.clean(input.note()));
    request.moveTo(RequestStatus.COMPLETED.id());
    return save(request, "request.complete");
  }

  /** Refuses an open request; the reason is what the person is told. */
  public RequestView refuse(UUID id, StepInput input, String actor, Violations violations) {
    SubjectRequestEntity request = find(id);
    input.validateReason(violations, scanner);
    violations.throwIfAny();
    requireOpen(request);
    request.closed(clock.instant(), actor, input.reason().strip());
    request.moveTo(RequestStatus.REFUSED.id());
    return save(request, "request.refuse");
  }

  /** Extends the deadline of an open GDPR request, once, by two months; the reason is required. */
  public RequestView extend(UUID id, StepInput input, Violations violations) {
    SubjectRequestEntity request = find(id);
    input.validateReason(violations, scanner);
    violations.throwIfAny();
    requireOpen(request);
    Jurisdiction jurisdiction = Jurisdiction.fromId(request.jurisdiction()).orElseThrow();
    if (!Deadlines.extendable(jurisdiction)) {
      throw ProblemException.conflict("deadline-not-extendable", jurisdiction.id());
    }
    if (request.extendedAt() != null) {
      throw ProblemException.conflict("deadline-already-extended");
    }
    request.extend(
        deadlines.due(jurisdiction, request.receivedAt(), true),
        clock.instant(),
        input.reason().strip());
    return save(request, "request.extend");
  }

  /**
   * Everything held about the person of an access or portability request, decrypted, for the
   * archive. The export is audited as an access to the subject's data.
   */
  public SubjectExport export(UUID id) {
    SubjectRequestEntity request = find(id);
    RequestType type = RequestType.fromId(request.type()).orElseThrow();
    if (!type.exports()) {
      throw ProblemException.conflict("request-not-exportable", type.id());
    }
    RequestStatus status = status(request);
    if (status != RequestStatus.IN_PROGRESS && status != RequestStatus.COMPLETED) {
      throw ProblemException.conflict("request-wrong-status", status.id(), "in-progress");
    }
    if (request.subjectId() == null) {
      throw ProblemException.conflict("request-subject-unknown");
    }
    SubjectId subject = new SubjectId(request.subjectId());
    SubjectExport export = exports.of(request, subject, clock.instant());
    audit.record(
        AuditEvent.success("request.export", "subject", subject.value()).forPurpose(PURPOSE));
    return export;
  }

  private RequestView save(SubjectRequestEntity request, String action) {
    try {
      store.flush();
    } catch (OptimisticLockException e) {
      throw ProblemException.conflict("request-changed");
    }
    audit.record(step(action, request));
    return view(request);
  }

  private static AuditEvent step(String action, SubjectRequestEntity request) {
    return AuditEvent.success(action, "request", request.id().toString()).forPurpose(PURPOSE);
  }

  private SubjectRequestEntity find(UUID id) {
    return store.find(id).orElseThrow(() -> ProblemException.notFound("request-not-found"));
  }

  private static RequestStatus status(SubjectRequestEntity request) {
    return RequestStatus.fromId(request.status()).orElseThrow();
  }

  private static void requireStatus(SubjectRequestEntity request, RequestStatus expected) {
    RequestStatus status = status(request);
    if (status != expected) {
      throw ProblemException.conflict("request-wrong-status", status.id(), expected.id());
    }
  }

  private static void requireOpen(SubjectRequestEntity request) {
    RequestStatus status = status(request);
    if (!status.isOpen()) {
      throw ProblemException.conflict("request-closed", status.id());
    }
  }

  private RequestView view(SubjectRequestEntity request) {
    return RequestView.of(request, clock.instant());
  }
}
