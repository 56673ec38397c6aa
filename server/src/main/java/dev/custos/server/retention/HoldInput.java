package dev.custos.server.retention;

import dev.custos.policies.retention.DataCategory;
import dev.custos.policies.subject.SubjectId;
import dev.custos.server.problem.Violations;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A request to place a legal hold, checked field by field. The reason is a code such as {@code
 * litigation}, never free text, so that a hold cannot carry personal data.
 */
public record HoldInput(
    HoldScopeKind scope,
    Optional<String> subjectId,
    Optional<String> accountId,
    Optional<DataCategory> category,
    String reasonCode) {

  static final int MAX_ID = 64;
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");

  /** The kinds of scope, by their API names. */
  public enum HoldScopeKind {
    SUBJECT("subject"),
    ACCOUNT("account"),
    CATEGORY("category"),
    SUBJECT_CATEGORY("subject-category");

    private final String id;

    HoldScopeKind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    static Optional<HoldScopeKind> fromId(String id) {
      return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    static String allIds() {
      return Arrays.stream(values()).map(HoldScopeKind::id).collect(Collectors.joining(", "));
    }
  }

  /** Reads and checks the body; every problem is added to {@code violations}. */
  static Optional<HoldInput> read(JsonObject body, Violations violations) {
    Optional<String> scopeText = text(body, "scope", violations);
    Optional<String> reason = text(body, "reasonCode", violations);
    Optional<String> subject = text(body, "subjectId", violations);
    Optional<String> account = text(body, "accountId", violations);
    Optional<String> categoryText = text(body, "category", violations);
    HoldScopeKind scope = null;
    if (scopeText.isEmpty()) {
      violations.add("scope", "required");
    } else {
      scope = HoldScopeKind.fromId(scopeText.get()).orElse(null);
      if (scope == null) {
        violations.add("scope", "one-of", HoldScopeKind.allIds());
      }
    }
    if (reason.isEmpty()) {
      violations.add("reasonCode", "required");
    } else if (!CODE.matcher(reason.get()).matches()) {
      violations.add("reasonCode", "code");
    }
    Optional<DataCategory> category = categoryText.flatMap(DataCategory::fromId);
    if (categoryText.isPresent() && category.isEmpty()) {
      violations.add("category", "one-of", categoryIds());
    }
    subject.filter(s -> !validSubject(s)).ifPresent(s -> violations.add("subjectId", "subject-id"));
    account
        .filter(a -> !ACCOUNT.matcher(a).matches())
        .ifPresent(a -> violations.add("accountId", "external-id", MAX_ID));
    if (scope != null) {
      boolean needsSubject =
          scope == HoldScopeKind.SUBJECT || scope == HoldScopeKind.SUBJECT_CATEGORY;
      boolean needsCategory =
          scope == HoldScopeKind.CATEGORY || scope == HoldScopeKind.SUBJECT_CATEGORY;
      boolean needsAccount = scope == HoldScopeKind.ACCOUNT;
      expect(violations, "subjectId", needsSubject, subject, scope);
      expect(violations, "category", needsCategory, categoryText, scope);
      expect(violations, "accountId", needsAccount, account, scope);
    }
    if (!violations.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new HoldInput(scope, subject, account, category, reason.get()));
  }

  private static void expect(
      Violations violations,
      String field,
      boolean needed,
      Optional<String> value,
      HoldScopeKind scope) {
    if (needed && value.isEmpty()) {
      violations.add(field, "required-for-scope", scope.id());
    } else if (!needed && value.isPresent()) {
      violations.add(field, "not-for-scope", scope.id());
    }
  }

  private static boolean validSubject(String value) {
    try {
      new SubjectId(value);
      return value.length() <= MAX_ID;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String categoryIds() {
    return List.of(DataCategory.values()).stream()
        .map(DataCategory::id)
        .collect(Collectors.joining(", "));
  }

  /** The trimmed text of a field; a field that is not text is reported and read as absent. */
  private static Optional<String> text(JsonObject body, String name, Violations violations) {
    JsonValue value = body.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    if (!(value instanceof JsonString string)) {
      violations.add(name, "type-text");
      return Optional.empty();
    }
    String text = string.getString().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
