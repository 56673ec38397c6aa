package dev.custos.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuditSettingsTest {

  @Test
  void defaultsAndValidValuesAreTaken() {
    AuditSettings settings = new AuditSettings("PT10S", "1000");

    assertThat(settings.interval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.batch()).isEqualTo(1000);
  }

  @Test
  void badValuesNameTheSetting() {
    assertThatThrownBy(() -> new AuditSettings("ten seconds", "1000"))
        .hasMessageContaining("custos.audit.seal-interval");
    assertThatThrownBy(() -> new AuditSettings("PT2H", "1000"))
        .hasMessageContaining("custos.audit.seal-interval");
    assertThatThrownBy(() -> new AuditSettings("PT10S", "0"))
        .hasMessageContaining("custos.audit.seal-batch");
    assertThatThrownBy(() -> new AuditSettings("PT10S", "many"))
        .hasMessageContaining("custos.audit.seal-batch");
  }
}
