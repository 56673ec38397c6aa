package dev.custos.policies.purpose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Broken packs under src/test/resources/packs/broken and the exact problems they produce. */
class PolicyPackValidationTest {

  private static final Path BROKEN = Path.of("src", "test", "resources", "packs", "broken");
  private static final String ALL_BASES =
      "consent, contract, legal-obligation, vital-interests, public-task, legitimate-interest,"
          + " emergency, news-reporting, publicly-disclosed, other-statutory";

  private static List<String> problems(String file) {
    PolicyPackException failure =
        catchThrowableOfType(
            PolicyPackException.class, () -> PolicyPacks.fromFile(BROKEN.resolve(file)));
    assertThat(failure).as("%s should be refused", file).isNotNull();
    assertThat(failure.getMessage())
        .isEqualTo(String.join("\n", failure.problems().stream().map(Object::toString).toList()));
    return failure.problems().stream().map(PolicyPackProblem::toString).toList();
  }

  @Test
  void unknownLawfulBasisNamesFileLineAndListItem() {
    assertThat(problems("unknown-basis.yaml"))
        .containsExactly(
            "unknown-basis.yaml:12: purposes[0].lawfulBases[1]: unknown lawful basis"
                + " 'legit-interest'; expected one of "
                + ALL_BASES);
  }

  @Test
  void unknownKeysAreReportedAtEveryLevel() {
    assertThat(problems("unknown-keys.yaml"))
        .containsExactly(
            "unknown-keys.yaml:4: owner: unknown key; expected one of id, version, jurisdiction,"
                + " purposes",
            "unknown-keys.yaml:10: purposes[0].name.fr: unknown key; expected one of en, zh-Hans",
            "unknown-keys.yaml:12: purposes[0].legalBasis: unknown key; expected one of id, name,"
                + " description, lawfulBases, defaultBasis, separateConsent, fieldClasses");
  }

  @Test
  void missingRequiredKeysSayWhatIsExpected() {
    assertThat(problems("missing-keys.yaml"))
        .containsExactly(
            "missing-keys.yaml:1: version: missing required key; expected a positive integer",
            "missing-keys.yaml:4: purposes[0].description: missing required key; expected text",
            "missing-keys.yaml:4: purposes[0].defaultBasis: missing required key; expected one of "
                + ALL_BASES,
            "missing-keys.yaml:6: purposes[0].name.zh-Hans: missing required key; expected text");
  }

  @Test
  void wrongTypesSayWhatWasExpectedAndWhatWasFound() {
    assertThat(problems("wrong-types.yaml"))
        .containsExactly(
            "wrong-types.yaml:2: version: expected a positive integer but found 'one'",
            "wrong-types.yaml:6: purposes[0].name: expected a mapping with keys en, zh-Hans but"
                + " found 'Marketing'",
            "wrong-types.yaml:8: purposes[0].lawfulBases: expected a list of lawful bases but found"
                + " 'consent'",
            "wrong-types.yaml:9: purposes[0].defaultBasis: expected text but found a list",
            "wrong-types.yaml:10: purposes[0].separateConsent: expected true or false but found"
                + " 'no'",
            "wrong-types.yaml:11: purposes[0].fieldClasses[1]: expected text but found '3'");
  }

  @Test
  void duplicatePurposeIdPointsAtTheFirstDefinition() {
    assertThat(problems("duplicate-purpose.yaml"))
        .containsExactly(
            "duplicate-purpose.yaml:12: purposes[1].id: duplicate purpose id 'marketing'; first"
                + " defined on line 5");
  }

  @Test
  void unknownFieldClassListsTheClasses() {
    assertThat(problems("unknown-field-class.yaml"))
        .containsExactly(
            "unknown-field-class.yaml:11: purposes[0].fieldClasses[1]: unknown field class"
                + " 'freetext'; expected one of identifier, contact, sensitive, free-text,"
                + " operational");
  }

  @Test
  void defaultBasisMustBeAmongTheAllowedBases() {
    assertThat(problems("default-not-allowed.yaml"))
        .containsExactly(
            "default-not-allowed.yaml:9: purposes[0].defaultBasis: default basis 'consent' is not"
                + " in lawfulBases; expected one of contract, legal-obligation");
  }

  @Test
  void separateConsentNeedsConsentAmongTheBases() {
    assertThat(problems("separate-without-consent.yaml"))
        .containsExactly(
            "separate-without-consent.yaml:10: purposes[0].separateConsent: separate consent"
                + " requires 'consent' in lawfulBases; found only contract");
  }

  @Test
  void everyProblemOfAFileIsReportedInFileOrder() {
    assertThat(problems("several-errors.yaml"))
        .containsExactly(
            "several-errors.yaml:1: id: pack id 'Broken Pack' is not kebab-case; expected for"
                + " example pipl",
            "several-errors.yaml:2: version: expected a positive integer but found '0'",
            "several-errors.yaml:3: jurisdiction: jurisdiction 'eu' is not an upper-case code;"
                + " expected for example EU or CN",
            "several-errors.yaml:5: purposes[0].id: purpose id 'Marketing' is not kebab-case;"
                + " expected for example feedback-analysis",
            "several-errors.yaml:7: purposes[0].description: expected text but found blank text",
            "several-errors.yaml:8: purposes[0].lawfulBases[1]: duplicate lawful basis 'consent'",
            "several-errors.yaml:11: purposes[0].fieldClasses: expected at least one field class",
            "several-errors.yaml:16: purposes[1].defaultBasis: default basis 'consent' is not in"
                + " lawfulBases; expected one of contract",
            "several-errors.yaml:17: purposes[1].separateConsent: separate consent requires"
                + " 'consent' in lawfulBases; found only contract",
            "several-errors.yaml:19: purposes[1].fieldClasses: duplicate key; already given on line"
                + " 18");
  }

  @Test
  void yamlSyntaxErrorsAreLocated() {
    List<String> problems = problems("syntax-error.yaml");

    assertThat(problems).hasSize(1);
    assertThat(problems.getFirst()).startsWith("syntax-error.yaml:7: (syntax): ");
  }

  @Test
  void anEmptyFileIsNotAPack() {
    assertThat(problems("empty.yaml"))
        .containsExactly("empty.yaml:1: (pack): the file is empty; expected a policy pack");
  }

  @Test
  void aMissingFileIsReportedByName() {
    assertThat(problems("no-such-pack.yaml"))
        .containsExactly("no-such-pack.yaml:1: (file): cannot be read (NoSuchFileException)");
  }

  @Test
  void brokenPacksAreRefusedFromTheClassPathToo() {
    PolicyPackException failure =
        catchThrowableOfType(
            PolicyPackException.class,
            () -> PolicyPacks.fromResource("packs/broken/unknown-field-class.yaml"));

    assertThat(failure.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.file()).isEqualTo("unknown-field-class.yaml");
              assertThat(problem.line()).isEqualTo(11);
              assertThat(problem.column()).isEqualTo(33);
              assertThat(problem.field()).isEqualTo("purposes[0].fieldClasses[1]");
            });
  }

  @Test
  void aMissingResourceIsReportedByName() {
    PolicyPackException failure =
        catchThrowableOfType(
            PolicyPackException.class, () -> PolicyPacks.fromResource("packs/none.yaml"));

    assertThat(failure.getMessage())
        .isEqualTo("none.yaml:1: (file): no such resource on the class path");
  }

  @Test
  void textThatIsNotUtf8IsRefused() throws Exception {
    Path file = java.nio.file.Files.createTempFile("latin1", ".yaml");
    try {
      java.nio.file.Files.write(
          file, "id: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      PolicyPackException failure =
          catchThrowableOfType(PolicyPackException.class, () -> PolicyPacks.fromFile(file));

      assertThat(failure.problems())
          .singleElement()
          .extracting(PolicyPackProblem::message)
          .isEqualTo("is not valid UTF-8");
    } finally {
      java.nio.file.Files.delete(file);
    }
  }
}
