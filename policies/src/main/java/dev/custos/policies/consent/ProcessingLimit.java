package dev.custos.policies.consent;

import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.subject.SubjectId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A limit a data subject put on processing, kept in the consent ledger beside the consent events: a
 * restriction of processing (GDPR Art. 18, PIPL Art. 44 限制处理) or an objection to a purpose (GDPR
 * Art. 21, PIPL Art. 44 拒绝处理). Limits override consent and the pack's lawful basis in every
 * decision from their instant on, and the decision names the limit as its reason, so that every
 * later decision log shows why processing stopped.
 *
 * <p>Limits come from completed data-subject requests: {@link #requestRef()} names the request, an
 * opaque reference, never personal data. Like consent events, limits are never changed or removed;
 * lifting a restriction is a new limit event.
 */
public sealed interface ProcessingLimit
    permits ProcessingLimit.Restricted,
        ProcessingLimit.RestrictionLifted,
        ProcessingLimit.Objected {

  /** The event's id, unique in the ledger; decisions cite it. */
  UUID id();

  /** The ledger position; breaks ties in {@link #at()}. */
  long sequence();

  /** When the limit took effect. */
  Instant at();

  /** The subject who asked. */
  SubjectId subject();

  /** The data-subject request this limit completes. */
  String requestRef();

  /**
   * Processing of the subject's data is restricted: every purpose is denied except those the pack
   * rests on a legal obligation, until the restriction is lifted. Storage goes on; use does not.
   */
  record Restricted(UUID id, long sequence, Instant at, SubjectId subject, String requestRef)
      implements ProcessingLimit {
    public Restricted {
      check(id, sequence, at, subject, requestRef);
    }
  }

  /** A restriction ends, for example because the accuracy the person contested was verified. */
  record RestrictionLifted(UUID id, long sequence, Instant at, SubjectId subject, String requestRef)
      implements ProcessingLimit {
    public RestrictionLifted {
      check(id, sequence, at, subject, requestRef);
    }
  }

  /**
   * The subject objected to one purpose: it is denied whatever its lawful basis, until the person
   * gives consent to it again (a later consent event for the purpose).
   */
  record Objected(
      UUID id, long sequence, Instant at, SubjectId subject, PurposeId purpose, String requestRef)
      implements ProcessingLimit {
    public Objected {
      check(id, sequence, at, subject, requestRef);
      Objects.requireNonNull(purpose, "purpose");
    }
  }

  private static void check(
      UUID id, long sequence, Instant at, SubjectId subject, String requestRef) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(subject, "subject");
    Texts.requireToken(requestRef, "request reference");
    if (sequence < 0) {
      throw new IllegalArgumentException("Limit event " + id + " has a negative sequence");
    }
  }
}
