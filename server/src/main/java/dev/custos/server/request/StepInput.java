package dev.custos.server.request;

import dev.custos.policies.pii.PiiScanner;
import dev.custos.server.problem.Violations;
import java.util.List;
import java.util.Set;

/**
 * What a compliance officer sends with a step of a request. Which members a step needs:
 *
 * <ul>
 *   <li>verify: {@code method} (how identity was checked), optional {@code note};
 *   <li>complete: optional {@code note}; for a rectification, {@code corrections};
 *   <li>refuse and extend: {@code reason} (the person is told it).
 * </ul>
 *
 * Notes and reasons are stored in clear, so they must not hold personal data: text in which the PII
 * scanner finds an e-mail address, phone number, ID or card number is refused.
 */
public record StepInput(String method, String note, String reason, List<Correction> corrections) {

  /** How identity may have been verified. */
  static final Set<String> METHODS =
      Set.of(
          "signed-in-account",
          "email-confirmation",
          "phone-confirmation",
          "id-document",
          "in-person",
          "other");

  static final int MAX_TEXT = 2000;

  /** A new value for one personal field. The value is personal data: never logged or echoed. */
  public record Correction(String field, String value) {
    @Override
    public String toString() {
      return "Correction[" + field + ", ***]";
    }
  }

  static StepInput orEmpty(StepInput input) {
    return input == null ? new StepInput(null, null, null, null) : input;
  }

  void validateMethod(Violations violations) {
    if (method == null || method.isBlank()) {
      violations.add("method", "required");
    } else if (!METHODS.contains(method)) {
      violations.add("method", "one-of", String.join(", ", METHODS.stream().sorted().toList()));
    }
  }

  void validateReason(Violations violations, PiiScanner scanner) {
    if (reason == null || reason.isBlank()) {
      violations.add("reason", "required");
    } else {
      text(violations, scanner, "reason", reason);
    }
  }

  void validateNote(Violations violations, PiiScanner scanner) {
    if (note != null && !note.isBlank()) {
      text(violations, scanner, "note", note);
    }
  }

  private static void text(Violations violations, PiiScanner scanner, String field, String text) {
    if (text.strip().length() > MAX_TEXT) {
      violations.add(field, "too-long", MAX_TEXT);
    } else if (!scanner.scan(text).isClean()) {
      violations.add(field, "personal-data");
    }
  }

  static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  @Override
  public String toString() {
    return "StepInput[" + method + "]";
  }
}
