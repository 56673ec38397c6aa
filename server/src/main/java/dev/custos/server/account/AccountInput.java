package dev.custos.server.account;

import dev.custos.server.problem.Violations;
import java.util.regex.Pattern;

/** What a client sends to create or update an account. */
public record AccountInput(
    String externalId, String name, String tier, String region, String industry) {

  static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");

  /**
   * Adds this input's problems to {@code violations}; {@code creating} requires the external id.
   */
  void validate(Violations violations, boolean creating) {
    if (creating && (externalId == null || !EXTERNAL_ID.matcher(externalId).matches())) {
      violations.add("externalId", "external-id", 64);
    }
    if (name == null || name.isBlank()) {
      violations.add("name", "required");
    } else if (name.strip().length() > 200) {
      violations.add("name", "too-long", 200);
    }
    maxLength(violations, "tier", tier, 40);
    maxLength(violations, "region", region, 64);
    maxLength(violations, "industry", industry, 100);
  }

  private static void maxLength(Violations violations, String field, String value, int max) {
    if (value != null && value.strip().length() > max) {
      violations.add(field, "too-long", max);
    }
  }

  static String clean(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
