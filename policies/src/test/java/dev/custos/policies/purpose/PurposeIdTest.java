package dev.custos.policies.purpose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PurposeIdTest {

  // The hand-written check must agree with this regular expression, which states the rule plainly.
  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  @Property
  void handWrittenCheckAgreesWithTheRule(
      @ForAll
          @StringLength(max = 70)
          @CharRange(from = 'a', to = 'e')
          @Chars({'-', '0', '9', 'A', ' '})
          String text) {
    boolean expected = text.length() <= 64 && KEBAB.matcher(text).matches();

    assertThat(PurposeId.isValid(text)).isEqualTo(expected);
  }

  @Test
  void acceptsThePurposeIdsOfThePacks() {
    for (String id : List.of("service-delivery", "cross-border-transfer", "marketing", "a1-b2")) {
      assertThat(new PurposeId(id).value()).isEqualTo(id);
    }
  }

  @Test
  void refusesMalformedIds() {
    for (String id :
        List.of("", "-marketing", "marketing-", "follow--up", "Marketing", "1st", "a_b")) {
      assertThatThrownBy(() -> new PurposeId(id)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
