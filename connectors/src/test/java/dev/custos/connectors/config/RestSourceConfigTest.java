package dev.custos.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.connectors.config.SourceSettings.Rest;
import dev.custos.policies.purpose.PolicyPacks;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestSourceConfigTest {

  private final ConnectorConfigLoader loader = new ConnectorConfigLoader(PolicyPacks.gdpr());

  static final String REST =
      """
      id: helpdesk-tickets
      kind: rest-poll
      recordKind: contact
      collectedFor: [service-delivery]
      schedule: PT5M
      source:
        baseUrl: https://helpdesk.example.com
        path: /api/v2/contacts
        items: result.items
        paging:
          cursor: {field: meta.next, parameter: after, sizeParameter: limit}
        auth:
          bearer: {file: /etc/custos/helpdesk-token}
        watermark: cursor
        timeout: PT20S
        pageSize: 200
      mapping:
        sourceKey: id
        sourceVersion: updated_at
        fields:
          name: {column: name, class: identifier, required: true}
      """;

  @Test
  void readsARestConnectorWithCursorPagingAndABearerToken() {
    ConnectorConfig config = loader.parse("helpdesk.yaml", REST);

    assertThat(config.kind()).isEqualTo(ConnectorKind.REST_POLL);
    assertThat(config.source())
        .isEqualTo(
            new Rest(
                URI.create("https://helpdesk.example.com"),
                "/api/v2/contacts",
                new Rest.Paging.Cursor("meta.next", "after", Optional.of("limit")),
                "result.items",
                Optional.of(
                    new Rest.Auth.Bearer(
                        new SecretReference.FromFile(Path.of("/etc/custos/helpdesk-token")))),
                new Rest.Position.LastCursor(),
                Duration.ofSeconds(20),
                200));
  }

  @Test
  void readsPagePagingWithBasicAuthAndAnUpdatedSinceWatermark() {
    String yaml =
        REST.replace(
                "cursor: {field: meta.next, parameter: after, sizeParameter: limit}",
                "page: {parameter: offset, sizeParameter: limit, offset: true}")
            .replace(
                "bearer: {file: /etc/custos/helpdesk-token}",
                "basic: {user: custos, password: {env: HELPDESK_PASSWORD}}")
            .replace(
                "watermark: cursor",
                "watermark: {updatedSince: {field: updated_at, parameter: since}}");

    Rest rest = (Rest) loader.parse("helpdesk.yaml", yaml).source();

    assertThat(rest.paging())
        .isEqualTo(new Rest.Paging.Pages("offset", Optional.of("limit"), true));
    assertThat(rest.auth())
        .contains(new Rest.Auth.Basic("custos", new SecretReference.FromEnv("HELPDESK_PASSWORD")));
    assertThat(rest.position()).isEqualTo(new Rest.Position.UpdatedSince("updated_at", "since"));
  }

  @Test
  void refusesALiteralTokenAndPlainHttpToAnotherHost() {
    String yaml =
        REST.replace("bearer: {file: /etc/custos/helpdesk-token}", "bearer: s3cr3t-t0ken")
            .replace("https://helpdesk.example.com", "http://helpdesk.example.com");

    assertThatThrownBy(() -> loader.parse("helpdesk.yaml", yaml))
        .isInstanceOf(InvalidConnectorConfigException.class)
        .hasMessageContaining(
            "source.baseUrl: expected a URL such as https://crm.example.com without user or"
                + " query; plain http only for 127.0.0.1 or localhost")
        .hasMessageContaining(
            "source.auth.bearer: a literal bearer is refused; keep it in a file or an environment"
                + " variable")
        .hasMessageNotContaining("s3cr3t");
  }

  @Test
  void refusesACursorWatermarkWithPagePaging() {
    String yaml =
        REST.replace(
            "cursor: {field: meta.next, parameter: after, sizeParameter: limit}",
            "page: {parameter: page}");

    assertThatThrownBy(() -> loader.parse("helpdesk.yaml", yaml))
        .isInstanceOf(InvalidConnectorConfigException.class)
        .hasMessageContaining("source.watermark: watermark: cursor needs cursor paging");
  }
}
