package dev.custos.server.audit;

import java.util.Objects;

/**
 * One thing that happened to personal data or to the administration of Custos, as the audit trail
 * keeps it: what was done ({@code action}, for example {@code consent.withdraw}), to which resource
 * (type and pseudonymous id, never a personal value), for which purpose, and with what outcome. Who
 * did it and when is added by {@link AuditTrail}.
 */
public record AuditEvent(
    String action, String resourceType, String resourceId, String purpose, Outcome outcome) {

  /** How the action ended. */
  public enum Outcome {
    SUCCESS,
    DENIED,
    FAILED
  }

  public AuditEvent {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** A successful action on a resource, with no particular purpose. */
  public static AuditEvent success(String action, String resourceType, String resourceId) {
    return new AuditEvent(action, resourceType, resourceId, null, Outcome.SUCCESS);
  }

  /** The same event for a purpose. */
  public AuditEvent forPurpose(String newPurpose) {
    return new AuditEvent(action, resourceType, resourceId, newPurpose, outcome);
  }

  /** The same event with another outcome. */
  public AuditEvent withOutcome(Outcome newOutcome) {
    return new AuditEvent(action, resourceType, resourceId, purpose, newOutcome);
  }
}
