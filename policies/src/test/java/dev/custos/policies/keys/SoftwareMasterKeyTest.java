package dev.custos.policies.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.policies.crypto.Hkdf;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SoftwareMasterKeyTest {

  private final SoftwareMasterKey key = TestKeys.masterKey(7);

  @Test
  void derivationIsHkdfExpandOfTheMasterKeyWithAPurposeLabel() {
    byte[] kek = new byte[32];
    Arrays.fill(kek, (byte) 7);
    byte[] expected =
        Hkdf.expand(kek, "custos/derive/v1/blind-index:email".getBytes(StandardCharsets.UTF_8), 32);

    assertThat(key.derive("blind-index:email", 32)).isEqualTo(expected);
  }

  @Test
  void samePurposeGivesSameKeyAndOtherPurposesOthers() {
    assertThat(key.derive("blind-index:email", 32)).isEqualTo(key.derive("blind-index:email", 32));
    assertThat(key.derive("blind-index:email", 32))
        .isNotEqualTo(key.derive("blind-index:phone", 32));
    assertThat(key.derive("blind-index:email", 64)).hasSize(64);
  }

  @Test
  void wrappingUsesRfc5649SoTheWrappedKeyIsEightBytesLonger() {
    byte[] dataKey = new byte[32];

    byte[] wrapped = key.wrap(dataKey);

    assertThat(wrapped).hasSize(40);
    assertThat(key.unwrap(wrapped)).isEqualTo(dataKey);
  }

  @Test
  void keyWrappedByAnotherMasterKeyFailsItsIntegrityCheck() {
    byte[] wrapped = TestKeys.masterKey(8).wrap(new byte[32]);

    assertThatThrownBy(() -> key.unwrap(wrapped))
        .isInstanceOf(MasterKeyException.class)
        .hasMessageContaining("version 7");
  }

  @Test
  void onlyAes256KeysAndPositiveVersionsAreAccepted() {
    assertThatThrownBy(() -> new SoftwareMasterKey(1, new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SoftwareMasterKey(0, new byte[32]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> key.derive(" ", 32)).isInstanceOf(IllegalArgumentException.class);
  }
}
