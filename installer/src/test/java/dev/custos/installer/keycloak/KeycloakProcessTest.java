package dev.custos.installer.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up around a stand-in {@code kc.sh}, so failures are tested without a real server. */
class KeycloakProcessTest {

  @TempDir private Path home;

  @Test
  void aServerThatExitsBeforeItIsReadyFailsWithTheEndOfItsLog() throws IOException {
    kcScript("echo 'ERROR realm import failed: reason one'\nexit 3\n");
    Path log = home.resolve("logs/keycloak.log");

    assertThatThrownBy(() -> KeycloakProcess.start(home, realm("custos"), log))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Exited[exitCode=3]")
        .hasMessageContaining("realm import failed: reason one");
  }

  @Test
  void eachStartImportsIntoAFreshDataDirectory() throws IOException {
    kcScript("exit 1\n");
    Path stale = Files.createDirectories(home.resolve("data/h2")).resolve("keycloakdb.mv.db");
    Files.writeString(stale, "an earlier run");

    assertThatThrownBy(
        () -> KeycloakProcess.start(home, realm("custos"), home.resolve("keycloak.log")));

    assertThat(stale).doesNotExist();
    assertThat(home.resolve("data/import/custos-realm.json")).content().contains("\"custos\"");
  }

  private void kcScript(String body) throws IOException {
    Path script = Files.createDirectories(home.resolve("bin")).resolve("kc.sh");
    Files.writeString(script, "#!/bin/sh\n" + body);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static ObjectNode realm(String name) {
    return new ObjectMapper().createObjectNode().put("realm", name);
  }
}
