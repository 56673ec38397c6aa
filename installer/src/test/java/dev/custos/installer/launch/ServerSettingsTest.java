package dev.custos.installer.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {

  private static final Path JAVA = Path.of("/opt/java/bin/java");
  private static final Distribution DISTRIBUTION = new Distribution(Path.of("/opt/custos"));

  @Test
  void runsPayaraMicroWithTheWarPortAndDataDirectory() {
    ServerSettings settings =
        new ServerSettings(
            JAVA, DISTRIBUTION, Path.of("/var/custos"), 9090, DatabaseSettings.EMBEDDED);

    assertThat(settings.commandLine())
        .containsExactly(
            "/opt/java/bin/java",
            "-Dcustos.data.dir=/var/custos",
            "-jar",
            "/opt/custos/lib/payara-micro.jar",
            "--deploy",
            "/opt/custos/lib/custos.war",
            "--port",
            "9090",
            "--rootdir",
            "/var/custos/payara",
            "--nocluster");
  }

  @Test
  void databaseOptionsBecomeSystemPropertiesBeforeTheJar() {
    ServerSettings settings =
        new ServerSettings(
            JAVA,
            DISTRIBUTION,
            Path.of("/var/custos"),
            8080,
            new DatabaseSettings(
                "jdbc:postgresql://db:5432/custos", "custos", Path.of("/etc/custos/db-password")));

    assertThat(settings.commandLine())
        .containsSequence(
            "-Dcustos.data.dir=/var/custos",
            "-Dcustos.db.url=jdbc:postgresql://db:5432/custos",
            "-Dcustos.db.user=custos",
            "-Dcustos.db.password-file=/etc/custos/db-password",
            "-jar");
  }

  @Test
  void relativeDataDirectoriesBecomeAbsolute() {
    ServerSettings settings =
        new ServerSettings(JAVA, DISTRIBUTION, Path.of("data"), 8080, DatabaseSettings.EMBEDDED);

    assertThat(settings.dataDir()).isAbsolute();
    assertThat(settings.initialAdminPasswordFile())
        .isEqualTo(settings.dataDir().resolve("initial-admin-password.txt"));
  }

  @Test
  void theServerIsReachedOnTheLoopbackAddress() {
    ServerSettings settings =
        new ServerSettings(JAVA, DISTRIBUTION, Path.of("/d"), 8181, DatabaseSettings.EMBEDDED);

    assertThat(settings.localUri()).isEqualTo(URI.create("http://127.0.0.1:8181/"));
  }

  @Test
  void portsOutsideTheTcpRangeAreRefused() {
    assertThatThrownBy(
            () ->
                new ServerSettings(
                    JAVA, DISTRIBUTION, Path.of("/d"), 70_000, DatabaseSettings.EMBEDDED))
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("between 1 and 65535");
  }

  @Test
  void anHttpsListenerAddsPayarasSslOptionsAndTellsTheServerItsPort() {
    ServerSettings settings =
        new ServerSettings(
            JAVA,
            DISTRIBUTION,
            Path.of("/var/custos"),
            8080,
            DatabaseSettings.EMBEDDED,
            java.util.Optional.of(
                new TlsSettings(8443, "custos-tls", Path.of("/var/custos/tls/payara.properties"))));

    assertThat(settings.commandLine())
        .containsSequence("-Dcustos.data.dir=/var/custos", "-Dcustos.http.https-port=8443", "-jar")
        .endsWith(
            "--nocluster",
            "--sslport",
            "8443",
            "--sslcert",
            "custos-tls",
            "--systemproperties",
            "/var/custos/tls/payara.properties");
    assertThat(String.join(" ", settings.commandLine())).doesNotContain("keyStorePassword");
  }

  @Test
  void theHttpsPortMustDifferFromTheHttpPort() {
    assertThatThrownBy(
            () ->
                new ServerSettings(
                    JAVA,
                    DISTRIBUTION,
                    Path.of("/d"),
                    8443,
                    DatabaseSettings.EMBEDDED,
                    java.util.Optional.of(new TlsSettings(8443, "a", Path.of("/d/p")))))
        .isInstanceOf(LaunchException.class);
  }
}
