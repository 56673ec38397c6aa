package dev.custos.policies.encryption;

import dev.custos.policies.subject.SubjectId;
import java.util.Objects;

/**
 * Where an encrypted value belongs: its entity (table), field (column) and subject. It is bound to
 * the ciphertext as associated data, so a ciphertext copied to another row, column or subject fails
 * to decrypt instead of showing one person's data as another's.
 *
 * <p>Encoded as associated data after the envelope header, each part as a 4-byte big-endian length
 * followed by its UTF-8 bytes: {@code len(entity) ‖ entity ‖ len(field) ‖ field ‖ len(subject) ‖
 * subject}. The length prefixes make the encoding unambiguous: ("ab", "c") and ("a", "bc") differ.
 *
 * @param entity the entity or table, such as {@code contact}; names, not data
 * @param field the field or column, such as {@code email}
 * @param subject the data subject the value is about
 */
public record FieldContext(String entity, String field, SubjectId subject) {

  public FieldContext {
    requireName(entity, "entity");
    requireName(field, "field");
    Objects.requireNonNull(subject, "subject");
  }

  private static void requireName(String name, String what) {
    Objects.requireNonNull(name, what);
    if (name.isEmpty()) {
      throw new IllegalArgumentException("A field context's " + what + " is not empty");
    }
  }

  @Override
  public String toString() {
    return entity + "." + field + " of " + subject;
  }
}
