package dev.custos.server.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.server.problem.FieldError;
import dev.custos.server.problem.Messages;
import dev.custos.server.problem.Violations;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResponseInputTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void readsACompleteResponse() {
    Violations violations = new Violations(Locale.ENGLISH);

    var input =
        ResponseInput.read(
            json(
                """
                {"externalId":"s-1","account":"ACC-1","touchpoint":"delivery","channel":"wechat",
                 "product":"Mobile App","nps":9,"csat":5,"ces":2,"respondedAt":"2026-01-10T08:00:00+08:00"}
                """),
            violations,
            CLOCK);

    assertThat(violations.isEmpty()).isTrue();
    assertThat(input)
        .hasValue(
            new ResponseInput(
                "s-1",
                "ACC-1",
                "delivery",
                Channel.WECHAT,
                "Mobile App",
                9,
                5,
                2,
                Instant.parse("2026-01-10T00:00:00Z")));
  }

  @Test
  void reportsEveryBadFieldWithoutItsValue() {
    Violations violations = new Violations(Locale.ENGLISH);

    var input =
        ResponseInput.read(
            json(
                """
                {"account":42,"touchpoint":"Support Call","channel":"fax","nps":11,"csat":"five",
                 "ces":0,"respondedAt":"yesterday"}
                """),
            violations,
            CLOCK);

    assertThat(input).isEmpty();
    assertThat(violations.list())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder(
            "account", "touchpoint", "channel", "nps", "csat", "ces", "respondedAt");
    assertThat(violations.list())
        .extracting(FieldError::message)
        .noneMatch(m -> m.contains("fax") || m.contains("five") || m.contains("yesterday"));
  }

  @Test
  void needsAtLeastOneScore() {
    Violations violations = new Violations(Locale.ENGLISH);

    ResponseInput.read(
        json(
            """
            {"account":"A","touchpoint":"checkout","channel":"web","respondedAt":"2026-01-01T00:00:00Z"}
            """),
        violations,
        CLOCK);

    assertThat(violations.list()).extracting(FieldError::field).containsExactly("nps");
  }

  @Test
  void refusesResponsesFromTheFutureBeyondClockSkew() {
    Violations violations = new Violations(Locale.ENGLISH);

    ResponseInput.read(
        json(
            """
            {"account":"A","touchpoint":"checkout","channel":"web","nps":3,
             "respondedAt":"2026-01-15T12:10:00Z"}
            """),
        violations,
        CLOCK);

    assertThat(violations.list()).extracting(FieldError::field).containsExactly("respondedAt");
  }

  @Test
  void explainsInChineseWhenAskedTo() {
    Violations violations = new Violations(Messages.CHINESE);

    ResponseInput.read(Json.createValue(3), violations, CLOCK);

    assertThat(violations.list())
        .extracting(FieldError::message)
        .containsExactly("每个条目必须是 JSON 对象");
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
