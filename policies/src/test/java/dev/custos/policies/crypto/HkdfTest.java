package dev.custos.policies.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class HkdfTest {

  private static final HexFormat HEX = HexFormat.of();
  // RFC 5869, appendix A.1 (test case 1).
  private static final byte[] IKM = HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
  private static final byte[] SALT = HEX.parseHex("000102030405060708090a0b0c");
  private static final byte[] INFO = HEX.parseHex("f0f1f2f3f4f5f6f7f8f9");
  private static final String PRK =
      "077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5";
  private static final String OKM =
      "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865";

  @Test
  void extractAndExpandMatchesRfc5869TestCase1() {
    assertThat(HEX.formatHex(Hkdf.extractAndExpand(SALT, IKM, INFO, 42))).isEqualTo(OKM);
  }

  @Test
  void expandOfThePseudoRandomKeyMatchesRfc5869TestCase1() {
    assertThat(HEX.formatHex(Hkdf.expand(HEX.parseHex(PRK), INFO, 42))).isEqualTo(OKM);
  }

  @Test
  void differentInfoGivesUnrelatedOutput() {
    byte[] prk = HEX.parseHex(PRK);

    assertThat(Hkdf.expand(prk, "blind-index:email".getBytes(), 32))
        .isNotEqualTo(Hkdf.expand(prk, "blind-index:phone".getBytes(), 32));
  }

  @Test
  void shortPseudoRandomKeyAndOversizedOutputAreRefused() {
    assertThatThrownBy(() -> Hkdf.expand(new byte[16], INFO, 32))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Hkdf.expand(new byte[32], INFO, Hkdf.MAX_LENGTH + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
