package dev.custos.policies.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AesKeyWrapTest {

  private static final HexFormat HEX = HexFormat.of();
  // RFC 5649, section 6: a 192-bit key-encryption key.
  private static final byte[] KEK =
      HEX.parseHex("5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a8");

  @Test
  void wrapsTwentyOctetsAsInRfc5649() {
    byte[] key = HEX.parseHex("c37b7e6492584340bed12207808941155068f738");

    byte[] wrapped = AesKeyWrap.wrap(KEK, key);

    assertThat(HEX.formatHex(wrapped))
        .isEqualTo("138bdeaa9b8fa7fc61f97742e72248ee5ae6ae5360d1ae6a5f54f373fa543b6a");
    assertThat(AesKeyWrap.unwrap(KEK, wrapped)).isEqualTo(key);
  }

  @Test
  void wrapsSevenOctetsAsInRfc5649() {
    byte[] key = HEX.parseHex("466f7250617369");

    byte[] wrapped = AesKeyWrap.wrap(KEK, key);

    assertThat(HEX.formatHex(wrapped)).isEqualTo("afbeb0f07dfbf5419200f2ccb50bb24f");
    assertThat(AesKeyWrap.unwrap(KEK, wrapped)).isEqualTo(key);
  }

  @Test
  void alteredWrappedKeyIsRejected() {
    byte[] wrapped =
        HEX.parseHex("138bdeaa9b8fa7fc61f97742e72248ee5ae6ae5360d1ae6a5f54f373fa543b6a");
    wrapped[9] ^= 0x01;

    assertThatThrownBy(() -> AesKeyWrap.unwrap(KEK, wrapped))
        .isInstanceOf(KeyUnwrapException.class)
        .hasMessageNotContaining("138b");
  }

  @Test
  void keyWrappedUnderAnotherKekIsRejected() {
    byte[] otherKek = new byte[32];
    byte[] wrapped = AesKeyWrap.wrap(otherKek, new byte[32]);

    assertThatThrownBy(() -> AesKeyWrap.unwrap(KEK, wrapped))
        .isInstanceOf(KeyUnwrapException.class);
  }

  @Test
  void impossibleLengthIsRejectedBeforeDecrypting() {
    assertThatThrownBy(() -> AesKeyWrap.unwrap(KEK, new byte[15]))
        .isInstanceOf(KeyUnwrapException.class);
  }
}
