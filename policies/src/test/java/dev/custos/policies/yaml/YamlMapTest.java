package dev.custos.policies.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.Node;

class YamlMapTest {

  /** A plain wording, so that these tests pin the shared reading rather than a loader's words. */
  private static final class TestWording implements YamlWording {

    @Override
    public String found(Node value) {
      return " (found " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    @Override
    public String notAMapping(Collection<String> keys, Node value) {
      return "expected a mapping" + found(value);
    }

    @Override
    public String notAKey(Node key) {
      return "expected text keys";
    }

    @Override
    public String unknownKey(Collection<String> keys) {
      return "unknown key; expected one of " + String.join(", ", keys);
    }

    @Override
    public String duplicateKey(Node first) {
      return "duplicate key; first on line " + YamlProblems.line(first);
    }

    @Override
    public String expectedText(String expected, Node value) {
      return "expected " + expected + found(value);
    }
  }

  private final YamlProblems problems = new YamlProblems("test.yaml", new TestWording());

  private static Node compose(String yaml) {
    return new Compose(LoadSettings.builder().build()).composeString(yaml).orElseThrow();
  }

  private Optional<YamlMap> read(String yaml, Collection<String> keys) {
    return YamlMap.read(compose(yaml), "", keys, problems);
  }

  private List<String> reported() {
    return problems.byPosition().stream().map(YamlProblem::toString).toList();
  }

  @Test
  void unknownAndRepeatedKeysAreReportedAtTheirLineAndTheFirstValueWins() {
    YamlMap map = read("a: one\nb: two\na: three\n", List.of("a", "c")).orElseThrow();

    assertThat(map.text("a")).contains("one");
    assertThat(reported())
        .containsExactly(
            "test.yaml:2: b: unknown key; expected one of a, c",
            "test.yaml:3: a: duplicate key; first on line 1");
  }

  @Test
  void anEmptyKeySetAcceptsAnyTextKey() {
    YamlMap map = read("anything: 1\nelse: 2\n", Set.of()).orElseThrow();

    assertThat(map.entries()).containsOnlyKeys("anything", "else");
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void aNonMappingIsReportedAndYieldsNothing() {
    assertThat(read("- a\n- b\n", List.of("a"))).isEmpty();
    assertThat(reported()).containsExactly("test.yaml:1: : expected a mapping (found sequence)");
  }

  @Test
  void nestedFieldsAndListElementsHaveDottedAndIndexedPaths() {
    YamlMap top = read("outer:\n  inner: [x, 5]\n", List.of("outer")).orElseThrow();
    YamlMap outer = top.map("outer", List.of("inner")).orElseThrow();
    List<Node> items = outer.list("inner", "a list").orElseThrow();

    Optional<String> second =
        YamlMap.text(items.get(1), YamlMap.element(outer.field("inner"), 1), "text", problems);

    assertThat(second).isEmpty();
    assertThat(reported())
        .containsExactly("test.yaml:2: outer.inner[1]: expected text (found scalar)");
  }

  @Test
  void missingRequiredKeysAreReportedOnTheMappingWithWhatIsExpected() {
    YamlMap map = read("a: x\n", List.of("a", "n")).orElseThrow();

    assertThat(map.positiveInteger("n")).isEmpty();
    assertThat(reported())
        .containsExactly("test.yaml:1: n: missing required key; expected a positive integer");
  }

  @Test
  void positiveIntegersHaveAtMostNineDigitsWhileBoundedIntegersMayUseTheWholeRange() {
    YamlMap map =
        read("p: 1000000000\nq: 1000000000\nr: 0\n", List.of("p", "q", "r")).orElseThrow();

    assertThat(map.positiveInteger("p")).isEmpty();
    assertThat(map.optionalInt("q", Integer.MAX_VALUE)).contains(1_000_000_000);
    assertThat(map.optionalInt("r", 10)).isEmpty();
    assertThat(map.optionalInt("absent", 10)).isEmpty();
    assertThat(reported())
        .containsExactly(
            "test.yaml:1: p: expected a positive integer (found scalar)",
            "test.yaml:3: r: expected an integer from 1 to 10 (found scalar)");
  }

  @Test
  void booleansAndTextListsAreTyped() {
    YamlMap map = read("b: yes\nt: true\nl: [a, '']\n", List.of("b", "t", "l")).orElseThrow();

    assertThat(map.bool("t")).contains(true);
    assertThat(map.optionalBool("b")).isEmpty();
    assertThat(map.textList("l", "names")).isEmpty();
    assertThat(reported())
        .containsExactly(
            "test.yaml:1: b: expected true or false (found scalar)",
            "test.yaml:3: l: expected names (found scalar)");
  }

  @Test
  void problemsCanBeOrderedByLineOnlyOrByLineAndColumn() {
    YamlMap map = read("a: 1\n", List.of("a")).orElseThrow();
    map.problem(map.at("a"), "a", "found at column four first");
    problems.add(1, "(file)", "found at column one second");

    assertThat(problems.byLine()).extracting(YamlProblem::column).containsExactly(4, 1);
    assertThat(problems.byPosition()).extracting(YamlProblem::column).containsExactly(1, 4);
  }
}
