package dev.custos.policies.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The fields of one audit event that its hash covers. Every value is pseudonymous (subject ids,
 * record ids, user ids), never a personal value. Times are kept to the microsecond, the precision
 * both supported databases store.
 */
public record EventFields(
    Instant occurredAt,
    String actor,
    String roles,
    String action,
    String resourceType,
    String resourceId,
    String purpose,
    String outcome) {

  /** Version of {@link #canonical()}; changing the encoding means a new version. */
  static final byte ENCODING_VERSION = 1;

  public EventFields {
    Objects.requireNonNull(occurredAt, "occurredAt");
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * The bytes the hash covers: a version byte, the time in microseconds since the epoch, then each
   * text field as a presence byte, its UTF-8 length and its bytes. Lengths make the encoding
   * unambiguous, so that no two different events share it (moving text from one field to the next
   * changes the bytes).
   */
  public byte[] canonical() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(ENCODING_VERSION);
      out.writeLong(epochMicros(occurredAt));
      for (String field :
          new String[] {actor, roles, action, resourceType, resourceId, purpose, outcome}) {
        if (field == null) {
          out.writeByte(0);
        } else {
          byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
          out.writeByte(1);
          out.writeInt(utf8.length);
          out.write(utf8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static long epochMicros(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
  }
}
