package dev.custos.server.consent;

import dev.custos.policies.consent.ProcessingLimit;

/**
 * A restriction, lifting or objection just recorded (or recorded before for the same request).
 *
 * @param kind restricted, restriction-lifted or objected
 * @param purpose the purpose objected to; null for a restriction or its lifting
 */
public record LimitView(
    String eventId, String subjectId, String kind, String purpose, String at, String requestRef) {

  static LimitView of(ProcessingLimit limit) {
    return switch (limit) {
      case ProcessingLimit.Restricted r -> of(limit, "restricted", null);
      case ProcessingLimit.RestrictionLifted l -> of(limit, "restriction-lifted", null);
      case ProcessingLimit.Objected o -> of(limit, "objected", o.purpose().value());
    };
  }

  private static LimitView of(ProcessingLimit limit, String kind, String purpose) {
    return new LimitView(
        limit.id().toString(),
        limit.subject().value(),
        kind,
        purpose,
        limit.at().toString(),
        limit.requestRef());
  }
}
