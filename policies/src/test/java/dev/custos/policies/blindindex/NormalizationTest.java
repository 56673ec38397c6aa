package dev.custos.policies.blindindex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NormalizationTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        " Li.Wei@Example.COM |li.wei@example.com",
        "ＬＩ．ＷＥＩ＠ＥＸＡＭＰＬＥ．ＣＯＭ|li.wei@example.com",
        "wang_fang+cx@公司.cn|wang_fang+cx@公司.cn"
      })
  void emailsAreFoldedToOneForm(String raw, String expected) {
    assertThat(Normalization.email(raw)).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "li.wei",
        "@example.com",
        "li@",
        "li@wei@example.com",
        "li wei@example.com",
        "li@example"
      })
  void thingsThatAreNotEmailsGiveNothing(String raw) {
    assertThat(Normalization.email(raw)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "+86 138 0013 8000|+8613800138000",
        "13800138000|+8613800138000",
        "0086-138-0013-8000|+8613800138000",
        "１３８００１３８０００|+8613800138000",
        "(010) 1234 5678|+861012345678",
        "+1 (415) 555-2671|+14155552671",
        "+44 20 7946 0958|+442079460958"
      })
  void phoneNumbersBecomeE164(String raw, String expected) {
    assertThat(Normalization.phone(raw, "CN")).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12345", "call me", "+86 1"})
  void thingsThatAreNotPhoneNumbersGiveNothing(String raw) {
    assertThat(Normalization.phone(raw, "CN")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"11010519491231002X,11010519491231002X", "11010519491231002x,11010519491231002X"})
  void residentIdsWithTheRightCheckCharacterAreKept(String raw, String expected) {
    assertThat(Normalization.chineseResidentId(raw)).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "110105194912310021",
        "11010519491231002",
        "1101051949123100XX",
        "ABCDEFGHIJKLMNOPQR"
      })
  void residentIdsFailingTheCheckAreRefused(String raw) {
    assertThat(Normalization.chineseResidentId(raw)).isEmpty();
  }
}
