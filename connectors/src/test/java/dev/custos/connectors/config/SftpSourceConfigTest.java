package dev.custos.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.connectors.config.SourceSettings.SftpCredential;
import dev.custos.connectors.config.SourceSettings.SftpServer;
import dev.custos.policies.purpose.PolicyPacks;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SftpSourceConfigTest {

  private final ConnectorConfigLoader loader = new ConnectorConfigLoader(PolicyPacks.gdpr());

  static final String SFTP =
      """
      id: partner-drop
      kind: file-drop
      recordKind: contact
      collectedFor: [service-delivery]
      schedule: PT1M
      source:
        protocol: sftp
        host: sftp.partner.example.com
        user: custos
        privateKey: {file: /etc/custos/partner-key}
        knownHostsFile: /etc/custos/known_hosts
        directory: /exports/in
        pattern: .*\\.csv
        format: csv
        doneDirectory: /exports/done
        failedDirectory: /exports/failed
      mapping:
        sourceKey: id
        sourceVersion: updated_at
        fields:
          name: {column: name, class: identifier, required: true}
      """;

  @Test
  void readsAnSftpDropWithAPrivateKeyAndKnownHosts() {
    var files = (SourceSettings.Files) loader.parse("partner.yaml", SFTP).source();

    assertThat(files.sftp())
        .contains(
            new SftpServer(
                "sftp.partner.example.com",
                22,
                "custos",
                new SftpCredential.PrivateKey(Path.of("/etc/custos/partner-key")),
                Optional.of(Path.of("/etc/custos/known_hosts")),
                true));
    assertThat(files.directory()).isEqualTo(Path.of("/exports/in"));
  }

  @Test
  void refusesStrictHostKeyCheckingWithoutKnownHostsAndALiteralPassword() {
    String yaml =
        SFTP.replace("  knownHostsFile: /etc/custos/known_hosts\n", "")
            .replace("privateKey: {file: /etc/custos/partner-key}", "password: hunter2");

    assertThatThrownBy(() -> loader.parse("partner.yaml", yaml))
        .isInstanceOf(InvalidConnectorConfigException.class)
        .hasMessageContaining(
            "source.knownHostsFile: missing; the server's host key is checked against it")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void refusesSftpKeysOnALocalDrop() {
    String yaml = SFTP.replace("  protocol: sftp\n", "");

    assertThatThrownBy(() -> loader.parse("partner.yaml", yaml))
        .isInstanceOf(InvalidConnectorConfigException.class)
        .hasMessageContaining("source.host: only for protocol: sftp");
  }
}
