package dev.custos.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.server.testing.Api;
import dev.custos.server.testing.CustosServer;
import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the first start leaves behind, and what it must not. */
@ExtendWith(CustosServer.class)
class FirstStartIT {

  private final CustosServer.Running server = CustosServer.get();
  private final Api api = Api.of(server);

  @Test
  void theAdminPasswordIsInAnOwnerOnlyFileAndNeverInTheLog() throws Exception {
    Path file = server.dataDir().resolve("initial-admin-password.txt");
    String password = Files.readString(file).strip();

    assertThat(password).hasSizeGreaterThanOrEqualTo(20);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.dataDir())))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(
                    server.dataDir().resolve("keys/token-signing-private.pem"))))
        .isEqualTo("rw-------");
    assertThat(server.log()).doesNotContain(password);
  }

  @Test
  void tokensAndPasswordsNeverReachTheLog() {
    String admin = api.adminToken(server);
    api.signIn("admin", "canary-password-" + UUID.randomUUID());

    assertThat(server.log())
        .doesNotContain(admin)
        .doesNotContain(admin.substring(admin.lastIndexOf('.') + 1))
        .doesNotContain("canary-password-");
  }

  @Test
  void aUserChangesTheirPasswordAndTheOldOneStopsWorking() {
    String admin = api.adminToken(server);
    String name = "user-" + UUID.randomUUID().toString().substring(0, 8);
    api.post(
        "/api/v1/users",
        admin,
        Json.createObjectBuilder()
            .add("username", name)
            .add("initialPassword", "initial-password-1")
            .add("roles", Json.createArrayBuilder().add(Role.ANALYST))
            .build());
    Api.Reply first = api.signIn(name, "initial-password-1");
    assertThat(first.json().getBoolean("password_change_required")).isTrue();

    Api.Reply tooShort =
        api.post(
            "/api/v1/auth/password",
            first.json().getString("access_token"),
            Json.createObjectBuilder()
                .add("currentPassword", "initial-password-1")
                .add("newPassword", "short")
                .build());
    Api.Reply changed =
        api.post(
            "/api/v1/auth/password",
            first.json().getString("access_token"),
            Json.createObjectBuilder()
                .add("currentPassword", "initial-password-1")
                .add("newPassword", "a much longer passphrase")
                .build());

    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(changed.status()).isEqualTo(204);
    assertThat(api.signIn(name, "initial-password-1").status()).isEqualTo(401);
    Api.Reply again = api.signIn(name, "a much longer passphrase");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().getBoolean("password_change_required")).isFalse();
  }
}
