package dev.custos.server.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.policies.retention.DataCategory;
import dev.custos.server.problem.FieldError;
import dev.custos.server.problem.Violations;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A legal hold request is read field by field; every problem names its field. */
class HoldInputTest {

  @Test
  void eachScopeTakesExactlyTheIdsItNeeds() {
    assertThat(read(json("subject", "subject-0000001", null, null)))
        .hasValueSatisfying(
            h -> {
              assertThat(h.scope()).isEqualTo(HoldInput.HoldScopeKind.SUBJECT);
              assertThat(h.subjectId()).contains("subject-0000001");
              assertThat(h.reasonCode()).isEqualTo("litigation");
            });
    assertThat(read(json("account", null, "ACC-42", null))).isPresent();
    assertThat(read(json("category", null, null, "tickets")))
        .hasValueSatisfying(h -> assertThat(h.category()).contains(DataCategory.TICKETS));
    assertThat(read(json("subject-category", "subject-0000001", null, "scores"))).isPresent();
  }

  @Test
  void missingAndSurplusIdsAreNamed() {
    assertThat(fields(json("subject-category", null, "ACC-1", null)))
        .containsExactly("subjectId", "category", "accountId");
  }

  @Test
  void badValuesAreNamedWithoutBeingRepeated() {
    Violations violations = new Violations(Locale.ENGLISH);
    JsonObject body =
        Json.createObjectBuilder()
            .add("scope", "planet")
            .add("reasonCode", "Call 13800138000")
            .add("category", 7)
            .build();

    assertThat(HoldInput.read(body, violations)).isEmpty();
    assertThat(violations.list())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("scope", "reasonCode", "category");
    assertThat(violations.list().toString()).doesNotContain("13800138000");
  }

  @Test
  void theDailyScheduleIsATimeOfDayOrOff() {
    assertThat(RetentionSweeps.parseDailyAt("02:00")).contains(LocalTime.of(2, 0));
    assertThat(RetentionSweeps.parseDailyAt(" OFF ")).isEmpty();
    assertThatThrownBy(() -> RetentionSweeps.parseDailyAt("2am"))
        .hasMessageContaining(RetentionSweeps.DAILY_AT);
  }

  private static Optional<HoldInput> read(JsonObject body) {
    Violations violations = new Violations(Locale.ENGLISH);
    Optional<HoldInput> input = HoldInput.read(body, violations);
    assertThat(violations.list()).isEmpty();
    return input;
  }

  private static List<String> fields(JsonObject body) {
    Violations violations = new Violations(Locale.ENGLISH);
    assertThat(HoldInput.read(body, violations)).isEmpty();
    return violations.list().stream().map(FieldError::field).toList();
  }

  private static JsonObject json(String scope, String subject, String account, String category) {
    var body = Json.createObjectBuilder().add("scope", scope).add("reasonCode", "litigation");
    if (subject != null) {
      body.add("subjectId", subject);
    }
    if (account != null) {
      body.add("accountId", account);
    }
    if (category != null) {
      body.add("category", category);
    }
    return body.build();
  }
}
