package dev.custos.server.request;

import dev.custos.server.request.store.SubjectRequestEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A request as the API shows it. The person appears only as the pseudonymous subject id their
 * identifiers led to ({@code subjectFound} false when none is held).
 *
 * @param daysLeft whole days until the deadline, rounded up, while the request is open (0 or less
 *     once passed); null once it is closed
 * @param overdue open and past its deadline
 */
public record RequestView(
    UUID id,
    String type,
    String jurisdiction,
    String status,
    boolean subjectFound,
    String subjectId,
    String purpose,
    Instant receivedAt,
    Instant dueAt,
    Long daysLeft,
    boolean overdue,
    boolean extended,
    String extensionReason,
    String createdBy,
    Instant verifiedAt,
    String verifiedBy,
    String verificationMethod,
    Instant startedAt,
    Instant closedAt,
    String closedBy,
    String note,
    long version) {

  static RequestView of(SubjectRequestEntity r, Instant now) {
    boolean open = RequestStatus.fromId(r.status()).map(RequestStatus::isOpen).orElse(false);
    return new RequestView(
        r.id(),
        r.type(),
        r.jurisdiction(),
        r.status(),
        r.subjectId() != null,
        r.subjectId(),
        r.purpose(),
        r.receivedAt(),
        r.dueAt(),
        open ? Deadlines.daysLeft(r.dueAt(), now) : null,
        open && now.isAfter(r.dueAt()),
        r.extendedAt() != null,
        r.extensionReason(),
        r.createdBy(),
        r.verifiedAt(),
        r.verifiedBy(),
        r.verificationMethod(),
        r.startedAt(),
        r.closedAt(),
        r.closedBy(),
        r.closingNote(),
        r.version());
  }
}
