package dev.custos.policies.consent;

import dev.custos.policies.purpose.LawfulBasis;
import dev.custos.policies.purpose.PurposeId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a purpose may be processed for a subject at an instant, on which lawful basis, and why.
 * The reason cites ids and instants only, so a decision can be stored with a gated record and shown
 * in the audit trail without exposing personal data.
 *
 * @param purpose the purpose decided on
 * @param allowed whether processing is allowed
 * @param basis the lawful basis the decision was made under: the purpose's default basis in the
 *     pack
 * @param pack the reference ({@code id@version}) of the policy pack the decision was made under
 * @param reason why
 */
public record ConsentDecision(
    PurposeId purpose, boolean allowed, LawfulBasis basis, String pack, Reason reason) {

  public ConsentDecision {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(reason, "reason");
    if (allowed != reason.allows()) {
      throw new IllegalArgumentException("A decision's outcome must follow from its reason");
    }
  }

  static ConsentDecision of(PurposeId purpose, LawfulBasis basis, String pack, Reason reason) {
    return new ConsentDecision(purpose, reason.allows(), basis, pack, reason);
  }

  /** A sentence saying why, for people: ids and instants only. */
  public String explanation() {
    return reason.explain();
  }

  /** Why a decision came out the way it did. */
  public sealed interface Reason {

    /** Whether this reason allows processing. */
    boolean allows();

    /** A sentence for people, citing ids and instants only. */
    String explain();

    /** The deciding ledger event, if one decided. */
    default Optional<UUID> eventId() {
      return java.util.Optional.empty();
    }
  }

  /** A consent given in the cited event is in force. */
  public record ConsentInForce(UUID event, ConsentForm form) implements Reason {
    @Override
    public boolean allows() {
      return true;
    }

    @Override
    public String explain() {
      return "consent in force, given in event " + event + " (" + form + ")";
    }

    @Override
    public Optional<UUID> eventId() {
      return java.util.Optional.of(event);
    }
  }

  /** The pack rests the purpose on a basis other than consent, so no consent is needed. */
  public record BasisWithoutConsent(LawfulBasis basis, String pack) implements Reason {
    @Override
    public boolean allows() {
      return true;
    }

    @Override
    public String explain() {
      return "basis " + basis + " from pack " + pack + " without consent needed";
    }
  }

  /** The purpose needs consent and the ledger holds no event for it up to the instant asked. */
  public record NoConsentRecorded() implements Reason {
    @Override
    public boolean allows() {
      return false;
    }

    @Override
    public String explain() {
      return "no consent recorded";
    }
  }

  /** The consent was withdrawn in the cited event. */
  public record WithdrawnAt(UUID event, Instant at) implements Reason {
    @Override
    public boolean allows() {
      return false;
    }

    @Override
    public String explain() {
      return "withdrawn at " + at + " (event " + event + ")";
    }

    @Override
    public Optional<UUID> eventId() {
      return java.util.Optional.of(event);
    }
  }

  /** The person refused consent in the cited event. */
  public record RefusedAt(UUID event, Instant at) implements Reason {
    @Override
    public boolean allows() {
      return false;
    }

    @Override
    public String explain() {
      return "refused at " + at + " (event " + event + ")";
    }

    @Override
    public Optional<UUID> eventId() {
      return java.util.Optional.of(event);
    }
  }

  /**
   * The consent expired at the instant: the expiry of the cited given event, or the time of the
   * cited expired event.
   */
  public record ExpiredAt(UUID event, Instant at) implements Reason {
    @Override
    public boolean allows() {
      return false;
    }

    @Override
    public String explain() {
      return "expired at " + at + " (event " + event + ")";
    }

    @Override
    public Optional<UUID> eventId() {
      return java.util.Optional.of(event);
    }
  }

  /** The pack requires separate consent and the consent in force was given bundled. */
  public record SeparateConsentRequired(UUID event) implements Reason {
    @Override
    public boolean allows() {
      return false;
    }

    @Override
    public String explain() {
      return "separate consent required but only bundled consent given (event " + event + ")";
    }

    @Override
    public Optional<UUID> eventId() {
      return java.util.Optional.of(event);
    }
  }

  /** Processing of the subject is restricted by the cited limit event (GDPR Art. 18). */
  public record RestrictedAt(UUID event, Instant at) implements Reason {
    @Override
    public boolean allows() {
      return false;
    }

    @Override
    public String explain() {
      return "processing restricted since " + at + " (event " + event + ")";
    }

    @Override
    public Optional<UUID> eventId() {
      return java.util.Optional.of(event);
    }
  }

  /** The subject objected to the purpose in the cited limit event (GDPR Art. 21). */
  public record ObjectedAt(UUID event, Instant at) implements Reason {
    @Override
    public boolean allows() {
      return false;
    }

    @Override
    public String explain() {
      return "objected to at " + at + " (event " + event + ")";
    }

    @Override
    public Optional<UUID> eventId() {
      return java.util.Optional.of(event);
    }
  }
}
