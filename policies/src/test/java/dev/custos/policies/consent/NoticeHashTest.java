package dev.custos.policies.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class NoticeHashTest {

  @Test
  void hashesTheTextWithSha256() {
    // FIPS 180-2, appendix B.1.
    assertThat(NoticeHash.of("abc").hex())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void hashesChineseTextAsUtf8() throws Exception {
    String notice = "我们会使用您的反馈改进服务。";
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(notice.getBytes(StandardCharsets.UTF_8)));

    assertThat(NoticeHash.of(notice).hex()).isEqualTo(expected);
  }

  @Test
  void composedAndDecomposedAccentsHashAlike() {
    NoticeHash composed = NoticeHash.of("Caf\u00e9 survey");
    NoticeHash decomposed = NoticeHash.of("Cafe\u0301 survey");

    assertThat(decomposed).isEqualTo(composed);
    assertThat(NoticeHash.of("Cafe survey")).isNotEqualTo(composed);
  }

  @Test
  void aNoticeMatchesOnlyItsOwnText() {
    Notice notice = Notice.of("survey-consent", "3", "We use your feedback to improve.");

    assertThat(notice.textHash().matches("We use your feedback to improve.")).isTrue();
    assertThat(notice.textHash().matches("We use your feedback to market.")).isFalse();
  }

  @Test
  void refusesAnythingButSixtyFourLowerCaseHexDigits() {
    assertThatThrownBy(
            () ->
                new NoticeHash("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NoticeHash("ba78")).isInstanceOf(IllegalArgumentException.class);
  }
}
