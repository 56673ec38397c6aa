package dev.custos.server.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.policies.keys.MasterKey;
import dev.custos.policies.keys.MasterKeyException;
import dev.custos.policies.keys.MasterKeyRing;
import dev.custos.policies.keys.SoftwareMasterKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blind indexes stay the same when a rotation activates a new master key version. */
class PrivacyCoreTest {

  private final PrivacyCore core = new PrivacyCore();

  @Test
  void aNewActiveMasterKeyVersionDoesNotChangeBlindIndexes() {
    MasterKeyRing before = MasterKeyRing.latestActive(List.of(key(1)));
    MasterKeyRing after = MasterKeyRing.latestActive(List.of(key(1), key(2)));

    String digestBefore =
        core.blindIndexer(before, settings(1)).email("a@example.com").orElseThrow();
    String digestAfter = core.blindIndexer(after, settings(1)).email("a@example.com").orElseThrow();

    assertThat(after.active().version()).isEqualTo(2);
    assertThat(digestAfter).isEqualTo(digestBefore);
  }

  @Test
  void aBlindIndexVersionTheKeyStoreLacksStopsTheStartNamingTheSetting() {
    MasterKeyRing ring = MasterKeyRing.latestActive(List.of(key(2)));

    assertThatThrownBy(() -> core.blindIndexer(ring, settings(1)))
        .isInstanceOf(MasterKeyException.class)
        .hasMessageContaining(PrivacySettings.BLIND_INDEX_KEY_VERSION);
  }

  private static PrivacySettings settings(int indexKeyVersion) {
    return new PrivacySettings("gdpr", "CN", 10, Duration.ofMinutes(5), indexKeyVersion);
  }

  private static MasterKey key(int version) {
    byte[] kek = new byte[32];
    Arrays.fill(kek, (byte) version);
    return new SoftwareMasterKey(version, kek);
  }
}
