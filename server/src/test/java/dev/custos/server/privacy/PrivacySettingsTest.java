package dev.custos.server.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Privacy settings are checked when read, and a wrong one names its setting. */
class PrivacySettingsTest {

  @Test
  void theShippedPacksAreChosenByName() {
    assertThat(settings(" PIPL ", "cn").pack().reference()).startsWith("pipl@");
    assertThat(settings("gdpr", "DE").pack().reference()).startsWith("gdpr@");
    assertThat(settings("gdpr", " de ").phoneRegion()).isEqualTo("DE");
  }

  @Test
  void anUnknownPackOrRegionIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> settings("ccpa", "CN"))
        .hasMessageContaining(PrivacySettings.POLICY_PACK);
    assertThatThrownBy(() -> settings("gdpr", "China"))
        .hasMessageContaining(PrivacySettings.PHONE_REGION);
    assertThatThrownBy(() -> new PrivacySettings("gdpr", "CN", 0, Duration.ofMinutes(5), 1))
        .hasMessageContaining(PrivacySettings.KEY_CACHE_SIZE);
    assertThatThrownBy(() -> new PrivacySettings("gdpr", "CN", 10, Duration.ZERO, 1))
        .hasMessageContaining(PrivacySettings.KEY_CACHE_TTL);
    assertThatThrownBy(() -> new PrivacySettings("gdpr", "CN", 10, Duration.ofMinutes(5), 0))
        .hasMessageContaining(PrivacySettings.BLIND_INDEX_KEY_VERSION);
  }

  private static PrivacySettings settings(String pack, String region) {
    return new PrivacySettings(pack, region, 100, Duration.ofMinutes(5), 1);
  }
}
