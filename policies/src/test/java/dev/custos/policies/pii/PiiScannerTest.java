package dev.custos.policies.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PiiScannerTest {

  private final PiiScanner scanner = new PiiScanner();

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          zhang.san@example.com                      | EMAIL
          li_si+cx@mail.example.com.cn               | EMAIL
          13800138000@qq.com                         | EMAIL
          O'Brien-1@sub.example-mail.org             | EMAIL
          +86 138 0013 8000                          | PHONE
          +8613800138000                             | PHONE
          +86-138-0013-8000                          | PHONE
          0086 13800138000                           | PHONE
          0086-138-0013-8000                         | PHONE
          13800138000                                | PHONE
          138-0013-8000                              | PHONE
          199 1234 5678                              | PHONE
          010-12345678                               | PHONE
          0755-1234567                               | PHONE
          021 87654321                               | PHONE
          (010)12345678                              | PHONE
          (0755) 1234567                             | PHONE
          +86 10 1234 5678                           | PHONE
          +1 (415) 555-0132                          | PHONE
          +44 20 7946 0958                           | PHONE
          +44 (0)20 7946 0958                        | PHONE
          +49-30-1234567                             | PHONE
          +33.1.23.45.67.89                          | PHONE
          11010519491231002X                         | CN_ID
          11010519491231002x                         | CN_ID
          440308199901011234                         | CN_ID
          320106199007151207                         | CN_ID
          4111 1111 1111 1111                        | CARD
          4111111111111111                           | CARD
          5500-0000-0000-0004                        | CARD
          378282246310005                            | CARD
          6222 0212 3456 7890 128                    | CARD
          6011000090123450                           | CARD
          4222222222222                              | CARD
          DE89 3704 0044 0532 0130 00                | IBAN
          DE89370400440532013000                     | IBAN
          GB82 WEST 1234 5698 7654 32                | IBAN
          FR14 2004 1010 0505 0001 3M02 606          | IBAN
          NL91ABNA0417164300                         | IBAN
          CH93 0076 2011 6238 5295 7                 | IBAN
          192.168.1.10                               | IP
          8.8.8.8                                    | IP
          255.255.255.255                            | IP
          0.0.0.0                                    | IP
          2001:0db8:85a3:0000:0000:8a2e:0370:7334    | IP
          2001:db8::1                                | IP
          fe80::1ff:fe23:4567:890a                   | IP
          ::ffff:192.0.2.128                         | IP
          2001:DB8::8:800:200C:417A                  | IP
          """)
  void findsTheValueInEnglishAndChineseSentences(String value, PiiKind kind) {
    for (String[] around :
        new String[][] {
          {"Contact me at ", " please."},
          {"我的联系方式是", "谢谢"},
          {"", ""},
          {"(", ")"},
          {"“", "”。"},
        }) {
      String text = around[0] + value + around[1];

      assertThat(scanner.find(text))
          .as(text)
          .containsExactly(
              new PiiSpan(around[0].length(), around[0].length() + value.length(), kind));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "ORD-20240115-4242",
        "ORD-13800138000",
        "INV_4111111111111111",
        "abc13800138000",
        "13800138000abc",
        "1380013800",
        "138001380001",
        "12800138000",
        "138-0013-80001",
        "138 0013-8000",
        "4111111111111112",
        "4111 1111 1111 1112",
        "4111 1111-1111 1111",
        "0111111111111111",
        "20240115000012345",
        "110105194912310021",
        "440308199901011235",
        "110105194913310021",
        "110105194902300020",
        "011010519491231002X",
        "999.1.1.1",
        "256.10.10.10",
        "1.2.3",
        "1.2.3.4.5",
        "01.2.3.4",
        "v1.2.3.4",
        "3.14159265358979",
        "12:30:45",
        "std::vector",
        "::1",
        "dead::beef",
        "1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:8:9",
        ":1:2:3:4:5:6:7:8:9",
        "2001:db8::1::2",
        "DE89 3704 0044 0532 0130 01",
        "DE89370400440532013001",
        "de89370400440532013000",
        "user@localhost",
        "@username",
        "a@b.c",
        "+1 555",
        "+0 123 456 789",
        "2024-01-15",
        "000-12345678",
        "010-1234567890",
        "010-0123456",
        "(010)",
        "NPS 9/10",
      })
  void nearMissIsNotFound(String value) {
    for (String text :
        List.of(value, "Contact me at " + value + " please.", "订单" + value + "已发货")) {
      assertThat(scanner.find(text)).as(text).isEmpty();
    }
  }

  @Test
  void mixedEnglishAndChineseCommentHasEveryFindingInOrder() {
    String text =
        "Hi, I'm Li. 我的手机是13800138000，邮箱 li.lei@example.cn，卡号 6222 0212 3456 7890 128."
            + " Order ORD-20240115-4242 was sent from 10.0.0.1 on 2024-01-15.";

    assertThat(scanner.find(text))
        .extracting(PiiSpan::kind)
        .containsExactly(PiiKind.PHONE, PiiKind.EMAIL, PiiKind.CARD, PiiKind.IP);
    assertThat(scanner.redact(text))
        .isEqualTo(
            "Hi, I'm Li. 我的手机是[PHONE]，邮箱 [EMAIL]，卡号 [CARD]. Order ORD-20240115-4242 was"
                + " sent from [IP] on 2024-01-15.");
  }

  @Test
  void redactionKeepsEverythingElseExactly() {
    String text = "\t身份证 11010519491231002X\r\n IBAN:DE89370400440532013000; 电话+86 138 0013 8000!!";

    PiiScan scan = scanner.scan(text);

    assertThat(scan.redacted()).isEqualTo("\t身份证 [CN_ID]\r\n IBAN:[IBAN]; 电话[PHONE]!!");
    assertThat(scan.kinds()).containsExactlyInAnyOrder(PiiKind.CN_ID, PiiKind.IBAN, PiiKind.PHONE);
    assertThat(scan.isClean()).isFalse();
  }

  @Test
  void textWithoutPersonalDataIsReturnedAsTheSameInstance() {
    String text = "服务很好，but delivery took 3 days (order 2024-01-15). NPS 9/10!";

    assertThat(scanner.redact(text)).isSameAs(text);
    assertThat(scanner.scan(text).isClean()).isTrue();
  }

  @Test
  void residentIdWinsOverCardWhenBothChecksPass() {
    // 320106199007151207 passes the ID check and Luhn; an ID is the more specific reading.
    assertThat(Checksums.luhn("320106199007151207", 0, 18)).isTrue();

    assertThat(scanner.find("证件320106199007151207"))
        .containsExactly(new PiiSpan(2, 20, PiiKind.CN_ID));
  }

  @Test
  void numbersNextToEachOtherAreFoundSeparately() {
    String text = "13800138000 13900139000,8.8.8.8";

    assertThat(scanner.find(text))
        .containsExactly(
            new PiiSpan(0, 11, PiiKind.PHONE),
            new PiiSpan(12, 23, PiiKind.PHONE),
            new PiiSpan(24, 31, PiiKind.IP));
  }

  @Test
  void internationalNumberLeavesAStrayDigitOutside() {
    String text = "call +1 415 555 0132 2 times";

    assertThat(scanner.find(text)).containsExactly(new PiiSpan(5, 20, PiiKind.PHONE));
  }

  @Test
  void cardGroupingStopsBeforeAFollowingNumber() {
    String text = "4111 1111 1111 1111 2024";

    assertThat(scanner.find(text)).containsExactly(new PiiSpan(0, 19, PiiKind.CARD));
  }

  @Test
  void labelWithAColonDoesNotHideTheValueAfterIt() {
    assertThat(scanner.redact("IPv6:2001:db8::1, add:13800138000, tel:+86 138 0013 8000"))
        .isEqualTo("IPv6:[IP], add:[PHONE], tel:[PHONE]");
  }

  @Test
  void emailLocalPartThatLooksLikeAPhoneIsOneEmail() {
    assertThat(scanner.redact("QQ邮箱13800138000@qq.com。")).isEqualTo("QQ邮箱[EMAIL]。");
  }

  @Test
  void redactingWithForeignSpansChecksThem() {
    assertThatThrownBy(
            () ->
                PiiScanner.redact(
                    "abcdef",
                    List.of(new PiiSpan(2, 4, PiiKind.IP), new PiiSpan(3, 5, PiiKind.IP))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PiiScanner.redact("abc", List.of(new PiiSpan(1, 4, PiiKind.IP))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emptyTextHasNoFindings() {
    assertThat(scanner.find("")).isEmpty();
    assertThat(scanner.redact("")).isEmpty();
  }
}
