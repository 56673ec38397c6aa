package dev.custos.server.erasure;

import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.subject.SubjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One erasure as the journal keeps it: enough to apply it again to a database restored from an
 * older backup (the subject, the key ids, the blind-index digests to suppress), and nothing
 * personal. Digests are keyed HMACs; the key never sits with the journal.
 *
 * @param erasedAt when the erasure was made
 * @param subject the erased subject
 * @param requestReference the data-subject request the erasure answers
 * @param keyIds the ids of the destroyed data keys (empty when the subject had none)
 * @param digests the blind indexes put on the suppression list
 */
public record JournalEntry(
    Instant erasedAt,
    SubjectId subject,
    String requestReference,
    List<Integer> keyIds,
    List<Digest> digests) {

  /** What a request reference may look like: an id, never free text (it goes into the journal). */
  public static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

  private static final Pattern DIGEST = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public JournalEntry {
    Objects.requireNonNull(erasedAt, "erasedAt");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(requestReference, "requestReference");
    if (!REFERENCE.matcher(requestReference).matches()) {
      throw new IllegalArgumentException(
          "A request reference is 1-128 characters of [A-Za-z0-9._:-], starting with a letter or"
              + " digit");
    }
    keyIds = List.copyOf(keyIds);
    digests = List.copyOf(digests);
  }

  /** A blind index: its kind and its digest. */
  public record Digest(IndexKind kind, String value) {
    public Digest {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(value, "value");
      if (!DIGEST.matcher(value).matches()) {
        throw new IllegalArgumentException("A blind-index digest is Base64url text");
      }
    }

    static Digest parse(String text) {
      int colon = text.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("A digest is written kind:value");
      }
      return new Digest(kindOf(text.substring(0, colon)), text.substring(colon + 1));
    }

    /** The kind whose stable id is {@code id}. */
    public static IndexKind kindOf(String id) {
      for (IndexKind kind : IndexKind.values()) {
        if (kind.id().equals(id)) {
          return kind;
        }
      }
      throw new IllegalArgumentException("Unknown blind index kind: " + id);
    }

    @Override
    public String toString() {
      return kind.id() + ":" + value;
    }
  }

  /** The entry's fields, '|'-separated; no field can hold a '|'. */
  String body() {
    return erasedAt
        + "|"
        + subject.value()
        + "|"
        + requestReference
        + "|"
        + String.join(",", keyIds.stream().map(String::valueOf).toList())
        + "|"
        + String.join(",", digests.stream().map(Digest::toString).toList());
  }

  static JournalEntry parse(String body) {
    String[] parts = body.split("\\|", -1);
    if (parts.length != 5) {
      throw new IllegalArgumentException("An entry has 5 fields, not " + parts.length);
    }
    List<Integer> keyIds = new ArrayList<>();
    for (String id : list(parts[3])) {
      keyIds.add(Integer.valueOf(id));
    }
    List<Digest> digests = new ArrayList<>();
    for (String digest : list(parts[4])) {
      digests.add(Digest.parse(digest));
    }
    return new JournalEntry(
        Instant.parse(parts[0]), new SubjectId(parts[1]), parts[2], keyIds, digests);
  }

  private static List<String> list(String text) {
    return text.isEmpty() ? List.of() : List.of(text.split(",", -1));
  }
}
