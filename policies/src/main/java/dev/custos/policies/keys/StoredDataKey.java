package dev.custos.policies.keys;

import dev.custos.policies.subject.SubjectId;
import java.util.Objects;

/**
 * A subject's data key as the database keeps it.
 *
 * @param subject whose key it is
 * @param keyId the id written into the subject's envelopes; a key created after an erasure gets a
 *     new one, so old envelopes are never mistaken for new ones
 * @param wrapped the key wrapped by a master key, with that key's version
 */
public record StoredDataKey(SubjectId subject, int keyId, WrappedKey wrapped) {

  public StoredDataKey {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(wrapped, "wrapped");
  }
}
