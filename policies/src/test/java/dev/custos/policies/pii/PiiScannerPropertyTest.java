package dev.custos.policies.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class PiiScannerPropertyTest {

  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");

  private final PiiScanner scanner = new PiiScanner();

  @Property
  void textWithoutDigitsOrAtSignIsLeftUnchanged(@ForAll("digitFreeText") String text) {
    assertThat(scanner.find(text)).isEmpty();
    assertThat(scanner.redact(text)).isSameAs(text);
  }

  @Property
  void validIdBetweenChineseCharactersIsFound(
      @ForAll("chinese") String before,
      @ForAll("cnIds") String id,
      @ForAll("chinese") String after) {
    assertFoundExactly(before, id, after, PiiKind.CN_ID);
  }

  @Property
  void validCardBetweenChineseCharactersIsFound(
      @ForAll("chinese") String before,
      @ForAll("cards") String card,
      @ForAll("chinese") String after) {
    assertFoundExactly(before, card, after, PiiKind.CARD);
  }

  @Property
  void validIbanBetweenChineseCharactersIsFound(
      @ForAll("chinese") String before,
      @ForAll("ibans") String iban,
      @ForAll("chinese") String after) {
    assertFoundExactly(before, iban, after, PiiKind.IBAN);
  }

  @Property
  void spansAreOrderedApartAndWithinTheText(@ForAll("noisyText") String text) {
    List<PiiSpan> spans = scanner.find(text);

    int last = 0;
    for (PiiSpan span : spans) {
      assertThat(span.start()).isGreaterThanOrEqualTo(last);
      assertThat(span.end()).isLessThanOrEqualTo(text.length());
      last = span.end();
    }
  }

  @Property
  void redactionKeepsTheTextBetweenFindings(@ForAll("noisyText") String text) {
    List<PiiSpan> spans = scanner.find(text);
    String redacted = scanner.redact(text);

    int inText = 0;
    int inRedacted = 0;
    for (PiiSpan span : spans) {
      String kept = text.substring(inText, span.start());
      assertThat(redacted.startsWith(kept, inRedacted)).isTrue();
      inRedacted += kept.length();
      assertThat(redacted.startsWith(span.kind().placeholder(), inRedacted)).isTrue();
      inRedacted += span.kind().placeholder().length();
      inText = span.end();
    }
    assertThat(redacted.substring(inRedacted)).isEqualTo(text.substring(inText));
  }

  private void assertFoundExactly(String before, String value, String after, PiiKind kind) {
    String text = before + value + after;

    assertThat(scanner.find(text))
        .as(text)
        .containsExactly(new PiiSpan(before.length(), before.length() + value.length(), kind));
  }

  @Provide
  Arbitrary<String> digitFreeText() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withCharRange('\u4e00', '\u9fa5')
        .withChars("，。！？：；“”（）\t\n")
        .excludeChars('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '@')
        .ofMaxLength(200);
  }

  @Provide
  Arbitrary<String> chinese() {
    return Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').withChars("，。").ofMaxLength(6);
  }

  @Provide
  Arbitrary<String> noisyText() {
    Arbitrary<String> noise =
        Arbitraries.strings().withChars("0123456789 .-+:()@abcDEFxX_，。手机号").ofMaxLength(30);
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            Tuple.of(6, noise),
            Tuple.of(1, cnIds()),
            Tuple.of(1, cards()),
            Tuple.of(1, ibans()),
            Tuple.of(1, Arbitraries.of("13800138000", "a.b@example.com", "::ffff:1.2.3.4")));
    return piece.list().ofMaxSize(8).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<String> cnIds() {
    Arbitrary<String> region = Arbitraries.strings().numeric().ofLength(5).map(r -> "3" + r);
    Arbitrary<String> birth =
        Arbitraries.longs()
            .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2025, 12, 31).toEpochDay())
            .map(day -> LocalDate.ofEpochDay(day).format(YYYYMMDD));
    Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
    return Combinators.combine(region, birth, sequence)
        .as((r, b, q) -> r + b + q)
        .map(body -> body + IdGenerators.cnIdCheck(body));
  }

  @Provide
  Arbitrary<String> cards() {
    Arbitrary<String> digits =
        Arbitraries.integers()
            .between(12, 18)
            .flatMap(n -> Arbitraries.strings().numeric().ofLength(n))
            .filter(body -> body.charAt(0) != '0')
            .map(body -> body + IdGenerators.luhnCheck(body))
            // An 18-digit number that is also a valid resident ID is reported as the ID.
            .filter(card -> AccountNumbers.cnId(card, 0) == AccountNumbers.NO_MATCH);
    return Combinators.combine(digits, Arbitraries.of("", " ", "-")).as(IdGenerators::groupInFours);
  }

  @Provide
  Arbitrary<String> ibans() {
    Arbitrary<String> country = Arbitraries.strings().withCharRange('A', 'Z').ofLength(2);
    Arbitrary<String> bban =
        Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(11).ofMaxLength(30);
    return Combinators.combine(country, bban, Arbitraries.of("", " "))
        .as((c, b, separator) -> IdGenerators.groupInFours(IdGenerators.iban(c, b), separator));
  }
}
