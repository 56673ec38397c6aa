package dev.custos.policies.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MasterKeyRingTest {

  private final byte[] dataKey = new byte[32];

  @Test
  void newDataKeysAreWrappedByTheActiveVersionAndRecordIt() {
    MasterKeyRing ring = TestKeys.ring(3);

    WrappedKey wrapped = ring.wrap(dataKey);

    assertThat(wrapped.kekVersion()).isEqualTo(3);
    assertThat(ring.unwrap(wrapped)).isEqualTo(dataKey);
  }

  @Test
  void keysWrappedByAnOlderVersionStayReadable() {
    WrappedKey underVersion1 = TestKeys.ring(1).wrap(dataKey);

    assertThat(TestKeys.ring(2).unwrap(underVersion1)).isEqualTo(dataKey);
  }

  @Test
  void aChosenVersionCanBeActiveWhileNewerOnesWait() {
    MasterKeyRing ring =
        new MasterKeyRing(List.of(TestKeys.masterKey(1), TestKeys.masterKey(2)), 1);

    assertThat(ring.wrap(dataKey).kekVersion()).isEqualTo(1);
    assertThat(ring.versions()).containsExactly(1, 2);
  }

  @Test
  void aVersionMissingFromTheRingIsNamedInTheError() {
    WrappedKey underVersion2 = TestKeys.ring(2).wrap(dataKey);

    assertThatThrownBy(() -> TestKeys.ring(1).unwrap(underVersion2))
        .isInstanceOf(MasterKeyException.class)
        .hasMessageContaining("version 2");
  }

  @Test
  void aWrappedKeyAlteredInStorageIsRejected() {
    MasterKeyRing ring = TestKeys.ring(1);
    byte[] bytes = ring.wrap(dataKey).bytes();
    bytes[5] ^= 0x40;

    assertThatThrownBy(() -> ring.unwrap(new WrappedKey(1, bytes)))
        .isInstanceOf(MasterKeyException.class)
        .hasMessageContaining("integrity");
  }

  @Test
  void duplicateOrAbsentVersionsAreRefused() {
    assertThatThrownBy(
            () -> new MasterKeyRing(List.of(TestKeys.masterKey(1), TestKeys.masterKey(1)), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MasterKeyRing(List.of(TestKeys.masterKey(1)), 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
