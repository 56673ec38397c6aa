package dev.custos.installer.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The realm admins import is the one the other tests prove: the distribution carries it as is. */
class KeycloakRealmInDistributionIT {

  // Failsafe runs in the module directory, after the package phase assembled target/custos/.
  private static final Path DISTRIBUTED = Path.of("target/custos/keycloak/custos-realm.json");

  @Test
  void theDistributionShipsTheTestedRealmFileUnchanged() {
    assertThat(DISTRIBUTED).hasSameBinaryContentAs(KeycloakServer.shippedRealm());
  }
}
