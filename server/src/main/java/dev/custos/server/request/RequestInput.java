package dev.custos.server.request;

import dev.custos.server.problem.Violations;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * What a compliance officer sends to record a new request. The identifiers are used once, to
 * compute their blind indexes and find the person; they are not stored.
 *
 * @param type one of {@link RequestType}
 * @param jurisdiction {@code gdpr} or {@code pipl}
 * @param identifiers at least one identifier of the person
 * @param purpose for an objection: the purpose objected to
 * @param receivedAt when the request reached the organisation (ISO-8601); now when left out. The
 *     deadline counts from here, so a letter that arrived days ago is entered with its date.
 */
public record RequestInput(
    String type, String jurisdiction, Identifiers identifiers, String purpose, String receivedAt) {

  /** The person's identifiers as they gave them. Personal data: never logged or stored. */
  public record Identifiers(String email, String phone, String cnResidentId) {
    boolean isEmpty() {
      return blank(email) && blank(phone) && blank(cnResidentId);
    }

    @Override
    public String toString() {
      return "Identifiers[***]";
    }
  }

  /** Adds this input's problems; the checks against the policy pack are the caller's. */
  void validate(Violations violations, Clock clock) {
    if (type == null) {
      violations.add("type", "required");
    } else if (RequestType.fromId(type).isEmpty()) {
      violations.add("type", "one-of", RequestType.allIds());
    }
    if (jurisdiction == null) {
      violations.add("jurisdiction", "required");
    } else if (Jurisdiction.fromId(jurisdiction).isEmpty()) {
      violations.add("jurisdiction", "one-of", "gdpr, pipl");
    }
    if (identifiers == null || identifiers.isEmpty()) {
      violations.add("identifiers", "identifier-required");
    }
    if (RequestType.OBJECTION.id().equals(type) && blank(purpose)) {
      violations.add("purpose", "required");
    }
    if (receivedAt != null) {
      try {
        if (Instant.parse(receivedAt).isAfter(clock.instant())) {
          violations.add("receivedAt", "future");
        }
      } catch (DateTimeParseException e) {
        violations.add("receivedAt", "timestamp");
      }
    }
  }

  Instant received(Clock clock) {
    return receivedAt == null ? clock.instant() : Instant.parse(receivedAt);
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  @Override
  public String toString() {
    return "RequestInput[" + type + ", " + jurisdiction + "]";
  }
}
