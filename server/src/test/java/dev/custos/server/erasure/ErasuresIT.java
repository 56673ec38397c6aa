package dev.custos.server.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.server.testing.Api;
import dev.custos.server.testing.CustosServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The running server replays its erasure journal at start-up and answers evidence packs to
 * compliance officers and auditors only. There is no endpoint that erases.
 */
@ExtendWith(CustosServer.class)
class ErasuresIT {

  private final CustosServer.Running server = CustosServer.get();
  private final Api api = Api.of(server);
  private final String admin = api.adminToken(server);

  @Test
  void theJournalIsCheckedAtStartUpBeforeConnectorsRun() {
    String log = server.log();

    assertThat(log).contains("Erasure journal").contains("re-applied to the database");
    assertThat(log.indexOf("Erasure journal")).isLessThan(log.indexOf("Connectors started"));
  }

  @Test
  void anUnknownReferenceIsNotFoundInBothLanguages() {
    String officer = api.userToken(admin, "compliance-officer");

    Api.Reply english = api.get("/api/v1/erasures/DSR-never-made", officer);
    Api.Reply chinese = api.get("/api/v1/erasures/DSR-never-made", officer, "zh-CN");

    assertThat(english.status()).isEqualTo(404);
    assertThat(english.json().getString("title")).isEqualTo("Erasure not found");
    assertThat(chinese.json().getString("title")).isEqualTo("未找到删除记录");
    assertThat(api.get("/api/v1/erasures/DSR-never-made", api.userToken(admin, "auditor")).status())
        .isEqualTo(404);
  }

  @Test
  void evidenceIsRefusedToOtherRolesAndErasingHasNoEndpoint() {
    assertThat(api.get("/api/v1/erasures/DSR-1", api.userToken(admin, "analyst")).status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/erasures/DSR-1", admin).status()).isEqualTo(403);
    String officer = api.userToken(admin, "compliance-officer");
    assertThat(api.send("POST", "/api/v1/erasures/DSR-1", officer).status()).isEqualTo(405);
  }
}
