package dev.custos.policies.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RetentionRulesReaderTest {

  @Test
  void shippedDefaultsCoverEveryCategoryWithTheDocumentedChoices() {
    RetentionRules rules = RetentionRules.defaults();

    assertThat(rules.all())
        .containsExactly(
            rule(
                DataCategory.CONTACT_DATA,
                "P3Y",
                RetentionEvent.LAST_INTERACTION,
                RetentionAction.CRYPTO_SHRED),
            rule(
                DataCategory.COMMENTS, "P2Y", RetentionEvent.COLLECTION, RetentionAction.ANONYMISE),
            rule(DataCategory.SCORES, "P3Y", RetentionEvent.COLLECTION, RetentionAction.ANONYMISE),
            rule(
                DataCategory.TICKETS,
                "P3Y",
                RetentionEvent.TICKET_CLOSURE,
                RetentionAction.ANONYMISE),
            rule(
                DataCategory.AUDIT_TRAIL, "P6Y", RetentionEvent.COLLECTION, RetentionAction.DELETE),
            rule(
                DataCategory.CONSENT_RECORDS,
                "P5Y",
                RetentionEvent.CONSENT_WITHDRAWAL,
                RetentionAction.DELETE));
  }

  @Test
  void aValidFileReadsLikeTheDefaults() throws IOException {
    assertThat(resource("valid-full.yaml")).isEqualTo(RetentionRules.defaults());
  }

  @Test
  void loadingFromAPathNamesThePathInErrors(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("site-retention.yaml");
    Files.writeString(file, "rules: []\n");

    assertThatThrownBy(() -> RetentionRules.load(file))
        .isInstanceOf(InvalidRetentionRulesException.class)
        .hasMessage(
            "1 problem in retention rules:\n"
                + file
                + ":1: rules: no rule for contact-data, comments, scores, tickets, audit-trail,"
                + " consent-records");
  }

  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        Arguments.of(
            "unknown-values.yaml",
            List.of(
                "unknown-values.yaml:1: rules: no rule for comments",
                "unknown-values.yaml:6: rules[1].category: unknown category 'comment'; expected one"
                    + " of contact-data, comments, scores, tickets, audit-trail, consent-records",
                "unknown-values.yaml:12: rules[2].counts-from: unknown event 'closing'; expected one"
                    + " of collection, last-interaction, ticket-closure, consent-withdrawal",
                "unknown-values.yaml:17: rules[3].action: unknown action 'shred'; expected one of"
                    + " delete, anonymise, crypto-shred")),
        Arguments.of(
            "missing-fields.yaml",
            List.of(
                "missing-fields.yaml:1: rules: no rule for consent-records",
                "missing-fields.yaml:6: rules[1].period: missing field",
                "missing-fields.yaml:6: rules[1].action: missing field",
                "missing-fields.yaml:11: rules[2].action: missing value",
                "missing-fields.yaml:20: rules[5].category: missing field")),
        Arguments.of(
            "bad-periods.yaml",
            List.of(
                "bad-periods.yaml:3: rules[0].period: must be a positive period, was 'P0D'",
                "bad-periods.yaml:7: rules[1].period: must be a positive period, was 'P-1Y'",
                "bad-periods.yaml:11: rules[2].period: 'two years' is not an ISO-8601 period such"
                    + " as P2Y, P18M or P90D",
                "bad-periods.yaml:15: rules[3].period: must be a positive period, was 'P1Y-1M'",
                "bad-periods.yaml:19: rules[4].period: expected a single value")),
        Arguments.of(
            "conflict.yaml",
            List.of(
                "conflict.yaml:26: rules[6].category: second rule for 'comments'; the first is at"
                    + " line 6")),
        Arguments.of(
            "inapplicable-event.yaml",
            List.of(
                "inapplicable-event.yaml:12: rules[2].counts-from: 'ticket-closure' cannot apply to"
                    + " category 'scores'; it applies to collection, last-interaction,"
                    + " consent-withdrawal",
                "inapplicable-event.yaml:20: rules[4].counts-from: 'consent-withdrawal' cannot"
                    + " apply to category 'audit-trail'; it applies to collection")),
        Arguments.of(
            "incomplete.yaml",
            List.of("incomplete.yaml:2: rules: no rule for scores, consent-records")),
        Arguments.of(
            "unknown-fields.yaml",
            List.of(
                "unknown-fields.yaml:1: version: unsupported version; expected 1",
                "unknown-fields.yaml:2: retention: unknown field; expected one of version, rules",
                "unknown-fields.yaml:3: rules: no rule for consent-records",
                "unknown-fields.yaml:9: rules[1].perod: unknown field; expected one of category,"
                    + " period, counts-from, action",
                "unknown-fields.yaml:13: rules[1].action: duplicate field",
                "unknown-fields.yaml:26: rules[5]: expected a mapping with category, period,"
                    + " counts-from, action")),
        Arguments.of(
            "not-a-list.yaml", List.of("not-a-list.yaml:2: rules: expected a list of rules")),
        Arguments.of(
            "empty.yaml",
            List.of("empty.yaml:1: (document): empty file; expected a 'rules' list")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void brokenFileIsRejectedWithEveryProblemLocated(String file, List<String> expected) {
    assertThatThrownBy(() -> resource("broken/" + file, file))
        .isInstanceOfSatisfying(
            InvalidRetentionRulesException.class,
            e -> {
              assertThat(e.errors()).map(RuleError::toString).containsExactlyElementsOf(expected);
              assertThat(e.getMessage()).endsWith(String.join("\n", expected));
            });
  }

  @Test
  void yamlSyntaxErrorNamesTheLineOfTheProblem() {
    assertThatThrownBy(() -> resource("broken/not-yaml.yaml", "not-yaml.yaml"))
        .isInstanceOfSatisfying(
            InvalidRetentionRulesException.class,
            e -> {
              assertThat(e.errors()).hasSize(1);
              RuleError error = e.errors().getFirst();
              assertThat(error.file()).isEqualTo("not-yaml.yaml");
              assertThat(error.line()).isEqualTo(4);
              assertThat(error.field()).isEqualTo("(yaml)");
            });
  }

  @Test
  void aDocumentThatIsNotAMappingIsRejected() {
    assertThatThrownBy(() -> RetentionRules.read("list.yaml", new StringReader("- a\n- b\n")))
        .hasMessageEndingWith("list.yaml:1: (document): expected a mapping with a 'rules' list");
  }

  private static RetentionRule rule(
      DataCategory category, String period, RetentionEvent event, RetentionAction action) {
    return new RetentionRule(category, Period.parse(period), event, action);
  }

  private static RetentionRules resource(String name) throws IOException {
    return resource(name, name);
  }

  private static RetentionRules resource(String name, String label) throws IOException {
    try (InputStream in = RetentionRulesReaderTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return RetentionRules.read(label, new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }
}
