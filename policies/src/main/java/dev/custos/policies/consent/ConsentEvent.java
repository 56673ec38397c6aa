package dev.custos.policies.consent;

import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.subject.SubjectId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of the append-only consent ledger (同意记录). Events are never changed or removed: a
 * withdrawal is a new event, not an edit of the consent it ends. All kinds are immutable records.
 *
 * <p>Events are ordered by {@link #at()}; events at the same instant are ordered by {@link
 * #sequence()}, the position the ledger gave the event when it was appended. That order makes the
 * state folded from a ledger independent of the order the events are read in.
 */
public sealed interface ConsentEvent
    permits ConsentEvent.Given, ConsentEvent.Withdrawn, ConsentEvent.Refused, ConsentEvent.Expired {

  /** The event's id, unique in the ledger; decisions cite it. */
  UUID id();

  /** The ledger position, unique and increasing in append order; breaks ties in {@link #at()}. */
  long sequence();

  /**
   * When the event happened: when the person gave, withdrew or refused, or when consent expired.
   */
  Instant at();

  /** The consent-record fields: subject, purpose, notice, language, method, collector, ... */
  ConsentContext context();

  /** The subject the event is about. */
  default SubjectId subject() {
    return context().subject();
  }

  /** The purpose the event is about. */
  default PurposeId purpose() {
    return context().purpose();
  }

  /**
   * The person gave consent to the purpose.
   *
   * @param form whether the consent was given separately or bundled with other purposes
   * @param expiresAt when the consent lapses without further action, if it does; after {@code at}
   */
  record Given(
      UUID id,
      long sequence,
      Instant at,
      ConsentContext context,
      ConsentForm form,
      Optional<Instant> expiresAt)
      implements ConsentEvent {
    public Given {
      Events.check(id, sequence, at, context);
      Objects.requireNonNull(form, "form");
      Objects.requireNonNull(expiresAt, "expiresAt");
      if (expiresAt.isPresent() && !expiresAt.get().isAfter(at)) {
        throw new IllegalArgumentException("Consent " + id + " expires before it is given");
      }
    }
  }

  /** The person withdrew a consent they had given (撤回同意). */
  record Withdrawn(UUID id, long sequence, Instant at, ConsentContext context)
      implements ConsentEvent {
    public Withdrawn {
      Events.check(id, sequence, at, context);
    }
  }

  /** The person was asked and said no. */
  record Refused(UUID id, long sequence, Instant at, ConsentContext context)
      implements ConsentEvent {
    public Refused {
      Events.check(id, sequence, at, context);
    }
  }

  /**
   * A consent lapsed, for example because the notice it was given under was retired or a renewal
   * was due. A consent with an expiry lapses at that instant without this event; the event records
   * a lapse the ledger could not know in advance.
   */
  record Expired(UUID id, long sequence, Instant at, ConsentContext context)
      implements ConsentEvent {
    public Expired {
      Events.check(id, sequence, at, context);
    }
  }
}
