package dev.custos.server.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.server.testing.Api;
import dev.custos.server.testing.CustosServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The accountability documents of the running server, generated from its live configuration. */
@ExtendWith(CustosServer.class)
class AccountabilityIT {

  private final CustosServer.Running server = CustosServer.get();
  private final Api api = Api.of(server);
  private final String admin = api.adminToken(server);
  private final String auditor = api.userToken(admin, "auditor");

  @Test
  void recordsOfProcessingNameTheServersOwnConnectorAndPack() {
    Api.Reply md = api.get("/api/v1/accountability/records-of-processing", auditor);

    assertThat(md.status()).isEqualTo(200);
    assertThat(md.header("Content-Type")).startsWith("text/markdown");
    assertThat(md.body())
        .startsWith("# Records of processing activities")
        .contains("gdpr@")
        .contains(CustosServer.FILE_CONNECTOR)
        .contains("email (contact)");
  }

  @Test
  void theImpactAssessmentComesInChineseAndAsPdf() {
    Api.Reply zh = api.get("/api/v1/accountability/impact-assessment", auditor, "zh-CN,zh;q=0.9");
    assertThat(zh.status()).isEqualTo(200);
    assertThat(zh.header("Content-Language")).isEqualTo("zh-CN");
    assertThat(zh.body()).startsWith("# 个人信息保护影响评估").contains(CustosServer.FILE_CONNECTOR);

    Api.Reply pdf =
        api.get("/api/v1/accountability/impact-assessment?format=pdf&lang=zh-CN", auditor);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF-");

    Api.Reply english =
        api.get("/api/v1/accountability/records-of-processing?lang=en&format=pdf", auditor);
    assertThat(english.status()).isEqualTo(200);
    assertThat(english.body()).startsWith("%PDF-");
  }

  @Test
  void anUnknownFormatIsRefusedAndOtherRolesAreNot() {
    assertThat(
            api.get("/api/v1/accountability/records-of-processing?format=docx", auditor).status())
        .isEqualTo(400);
    String analyst = api.userToken(admin, "analyst");
    assertThat(api.get("/api/v1/accountability/records-of-processing", analyst).status())
        .isEqualTo(403);
  }
}
