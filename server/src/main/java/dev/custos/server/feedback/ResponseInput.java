package dev.custos.server.feedback;

import dev.custos.server.problem.Violations;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A survey response as a client sends it, read field by field from JSON so that a wrong type in one
 * item of a bulk request is reported against that item and field, not as an unreadable body.
 *
 * @param externalId the source system's key for the response; makes re-sending idempotent
 * @param account the external id of the account the respondent belongs to
 */
public record ResponseInput(
    String externalId,
    String account,
    String touchpoint,
    Channel channel,
    String product,
    Integer nps,
    Integer csat,
    Integer ces,
    Instant respondedAt) {

  static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}");
  static final Pattern TOUCHPOINT = Pattern.compile("[a-z0-9-]{1,64}");

  /** Clock skew tolerated for a response time in the future. */
  static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

  /**
   * Reads and validates one response. Returns empty, with the problems added to {@code violations},
   * when anything is wrong.
   */
  static Optional<ResponseInput> read(JsonValue value, Violations violations, Clock clock) {
    if (!(value instanceof JsonObject json)) {
      violations.add("", "object");
      return Optional.empty();
    }
    Fields f = new Fields(json, violations);
    String externalId = f.text("externalId", false);
    if (externalId != null && !EXTERNAL_ID.matcher(externalId).matches()) {
      violations.add("externalId", "external-id", 128);
    }
    String account = f.text("account", true);
    String touchpoint = f.text("touchpoint", true);
    if (touchpoint != null && !TOUCHPOINT.matcher(touchpoint).matches()) {
      violations.add("touchpoint", "touchpoint");
    }
    String channelName = f.text("channel", true);
    Channel channel = channelName == null ? null : Channel.of(channelName).orElse(null);
    if (channelName != null && channel == null) {
      violations.add("channel", "one-of", Channel.names());
    }
    String product = f.text("product", false);
    if (product != null && product.length() > 100) {
      violations.add("product", "too-long", 100);
    }
    Integer nps = f.score("nps", 0, 10);
    Integer csat = f.score("csat", 1, 5);
    Integer ces = f.score("ces", 1, 7);
    if (nps == null && csat == null && ces == null && !f.anyPresent("nps", "csat", "ces")) {
      violations.add("nps", "score-required");
    }
    Instant respondedAt = f.instant("respondedAt");
    if (respondedAt != null && respondedAt.isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
      violations.add("respondedAt", "future");
    }
    if (!violations.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ResponseInput(
            externalId, account, touchpoint, channel, product, nps, csat, ces, respondedAt));
  }

  /** Typed access to the fields of one JSON object, reporting absent and mistyped fields. */
  private record Fields(JsonObject json, Violations violations) {

    String text(String name, boolean required) {
      JsonValue value = json.get(name);
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        if (required) {
          violations.add(name, "required");
        }
        return null;
      }
      if (!(value instanceof JsonString string)) {
        violations.add(name, "type-text");
        return null;
      }
      String text = string.getString().strip();
      if (text.isEmpty()) {
        if (required) {
          violations.add(name, "required");
        }
        return null;
      }
      return text;
    }

    Integer score(String name, int min, int max) {
      JsonValue value = json.get(name);
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
        violations.add(name, "range", min, max);
        return null;
      }
      long score = number.longValue();
      if (score < min || score > max) {
        violations.add(name, "range", min, max);
        return null;
      }
      return (int) score;
    }

    boolean anyPresent(String... names) {
      for (String name : names) {
        JsonValue value = json.get(name);
        if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
          return true;
        }
      }
      return false;
    }

    Instant instant(String name) {
      String text = text(name, true);
      if (text == null) {
        return null;
      }
      try {
        return java.time.OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        violations.add(name, "timestamp");
        return null;
      }
    }
  }
}
