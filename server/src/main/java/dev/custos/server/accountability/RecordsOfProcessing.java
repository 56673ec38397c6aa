package dev.custos.server.accountability;

import dev.custos.connectors.config.ConnectorConfig;
import dev.custos.connectors.config.FieldMapping;
import dev.custos.policies.classification.FieldClass;
import dev.custos.policies.purpose.PurposeId;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of processing activities (GDPR Art. 30(1); 处理活动记录), in the order of the article:
 * controller, purposes, data subjects and data, recipients, transfers, time limits for erasure and
 * security measures, plus the sources the data comes from.
 */
public final class RecordsOfProcessing {

  private RecordsOfProcessing() {}

  public static Doc build(Facts facts, Lang lang) {
    List<Doc.Section> sections = new ArrayList<>();
    sections.add(
        new Doc.Section(
            lang.pick("Controller", "控制者"),
            List.of(
                new Doc.Paragraph(
                    lang.pick(
                        "Name and contact details of the controller, its representative and the data protection officer: to be completed by the controller (Art. 30(1)(a)).",
                        "控制者、其代表及数据保护官的名称与联系方式：由控制者填写（第 30 条第 1 款 (a) 项）。")))));
    List<Doc.Block> purposes = new ArrayList<>();
    purposes.add(Shared.purposes(facts, lang));
    purposes.addAll(Shared.purposeDescriptions(facts, lang));
    sections.add(new Doc.Section(lang.pick("Purposes and lawful bases", "处理目的与合法性基础"), purposes));
    sections.add(
        new Doc.Section(
            lang.pick("Data subjects and categories of personal data", "数据主体与个人数据类别"),
            List.of(
                new Doc.Paragraph(
                    lang.pick(
                        "Data subjects: customers and the contacts of B2B client companies whose records the connectors below bring in, and people who answer surveys.",
                        "数据主体：下列连接器导入其记录的客户及客户企业联系人，以及回答调研的人员。")),
                Shared.fieldClasses(lang),
                Shared.categories(facts, lang),
                new Doc.Paragraph(sensitive(facts, lang)))));
    sections.add(
        new Doc.Section(lang.pick("Sources", "数据来源"), List.of(Shared.sources(facts, lang))));
    sections.add(
        new Doc.Section(
            lang.pick("Recipients", "接收方"),
            List.of(
                new Doc.Paragraph(
                    lang.pick(
                        "Within the controller, by role. No recipient outside the controller: Custos discloses no personal data to third parties.",
                        "仅限控制者内部，按角色划分。控制者以外无接收方：Custos 不向第三方披露个人信息。")),
                Shared.recipients(lang))));
    sections.add(
        new Doc.Section(
            lang.pick("Transfers to third countries", "向第三国传输"), List.of(transfers(facts, lang))));
    sections.add(
        new Doc.Section(
            lang.pick("Time limits for erasure", "删除时限"),
            List.of(
                Shared.retention(facts, lang),
                new Doc.Paragraph(
                    lang.pick(
                        "Legal holds placed by the compliance officer suspend these limits for the data they cover.",
                        "合规官设置的法律保全会暂停其所覆盖数据的上述时限。")))));
    sections.add(
        new Doc.Section(
            lang.pick("Technical and organisational security measures", "技术与组织安全措施"),
            List.of(Shared.security(facts, lang))));
    return new Doc(
        lang.pick("Records of processing activities (GDPR Art. 30)", "处理活动记录（GDPR 第 30 条）"),
        List.of(Shared.generated(facts, lang)),
        sections);
  }

  /** Which connectors bring in sensitive fields, if any. */
  static String sensitive(Facts facts, Lang lang) {
    List<String> sources = new ArrayList<>();
    for (ConnectorConfig c : facts.connectors()) {
      for (FieldMapping f : c.mapping().fields()) {
        if (f.classification() == FieldClass.SENSITIVE) {
          sources.add(c.id() + "." + f.field());
        }
      }
    }
    return sources.isEmpty()
        ? lang.pick("No configured source brings in sensitive personal data.", "现有配置的来源均不导入敏感个人信息。")
        : lang.pick("Sensitive personal data comes from: ", "敏感个人信息来自：")
            + String.join(", ", sources);
  }

  static Doc.Paragraph transfers(Facts facts, Lang lang) {
    boolean defined = facts.pack().purposes().containsKey(PurposeId.of("cross-border-transfer"));
    return new Doc.Paragraph(
        lang.pick(
            "Custos itself transfers no personal data abroad; it runs on premises. "
                + (defined
                    ? "The policy pack defines the purpose cross-border-transfer: any transfer made for it must have its mechanism recorded here by the controller."
                    : "The policy pack defines no cross-border purpose."),
            "Custos 本身不向境外传输个人信息，它部署在本地。"
                + (defined
                    ? "政策包定义了 cross-border-transfer（跨境传输）目的：为此进行的任何传输，须由控制者在此记录其传输机制。"
                    : "政策包未定义跨境传输目的。")));
  }
}
