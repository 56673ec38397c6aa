package dev.custos.server.accountability;

import dev.custos.policies.purpose.Purpose;
import java.util.ArrayList;
import java.util.List;

/**
 * A draft personal-information protection impact assessment (PIPL Art. 55–56; 个人信息保护影响评估): the
 * facts Custos knows from its configuration, with the judgements a person must make marked as such.
 * Art. 56 asks for the report and the processing records to be kept at least three years.
 */
public final class ImpactAssessment {

  private ImpactAssessment() {}

  public static Doc build(Facts facts, Lang lang) {
    List<Doc.Section> sections = new ArrayList<>();
    sections.add(
        new Doc.Section(
            lang.pick("Why this assessment", "评估缘由"),
            List.of(
                new Doc.Paragraph(
                    lang.pick(
                        "PIPL Art. 55 requires an assessment before processing sensitive personal information, using it for automated decisions, entrusting or disclosing it, transferring it abroad, or other processing with a major impact on individuals. Custos analyses customer feedback and joins records of one person across systems, which calls for one.",
                        "《个人信息保护法》第五十五条要求在处理敏感个人信息、利用个人信息进行自动化决策、委托处理或向他人提供、向境外提供以及其他对个人权益有重大影响的处理活动之前进行评估。Custos 分析客户反馈并跨系统关联同一人的记录，因此需要评估。")))));
    List<Doc.Block> purposes = new ArrayList<>();
    purposes.add(Shared.purposes(facts, lang));
    purposes.add(
        new Doc.Paragraph(
            lang.pick(
                "To assess (Art. 56(1)): whether each purpose and method is lawful, proper and necessary.",
                "待评估（第五十六条第一项）：各处理目的与处理方式是否合法、正当、必要。")));
    sections.add(
        new Doc.Section(lang.pick("Purposes and methods of processing", "处理目的与处理方式"), purposes));
    sections.add(
        new Doc.Section(
            lang.pick("Personal information processed and its sources", "处理的个人信息及其来源"),
            List.of(
                Shared.fieldClasses(lang),
                Shared.sources(facts, lang),
                new Doc.Paragraph(RecordsOfProcessing.sensitive(facts, lang)),
                new Doc.Paragraph(separateConsent(facts, lang)))));
    sections.add(
        new Doc.Section(lang.pick("Who has access", "访问权限"), List.of(Shared.recipients(lang))));
    sections.add(
        new Doc.Section(lang.pick("Retention", "保存期限"), List.of(Shared.retention(facts, lang))));
    sections.add(
        new Doc.Section(
            lang.pick("Cross-border transfer", "跨境传输"),
            List.of(RecordsOfProcessing.transfers(facts, lang))));
    sections.add(
        new Doc.Section(
            lang.pick("Risks to individuals' rights and interests", "对个人权益的影响及安全风险"),
            List.of(
                new Doc.Bullets(
                    List.of(
                        lang.pick(
                            "Re-identification through free text: comments may contain contact details; they are scanned, redacted for analysis and encrypted.",
                            "自由文本导致重新识别：评论中可能含有联系方式；系统会扫描、为分析脱敏并加密。"),
                        lang.pick(
                            "Wrong linkage of two people in the one customer view: matches are recorded with their evidence and conflicts are kept apart for review.",
                            "统一客户视图中误将两人关联：匹配依据被记录，冲突单独留存待审核。"),
                        lang.pick(
                            "Contact against a person's wishes: follow-up contact needs the person's consent.",
                            "违背个人意愿的联系：回访需取得本人同意。"),
                        lang.pick(
                            "Excessive retention: the retention sweep applies the rules daily and reports each run.",
                            "超期保存：保存期限清理每日执行规则并对每次运行出具报告。"),
                        lang.pick(
                            "Unauthorised access: field-level encryption, role-based access and the audit trail.",
                            "未经授权的访问：字段级加密、基于角色的访问控制与审计日志。"))),
                new Doc.Paragraph(
                    lang.pick(
                        "To assess (Art. 56(2)): the impact on individuals and its likelihood, for this installation.",
                        "待评估（第五十六条第二项）：对本部署中个人权益的影响及其可能性。")))));
    sections.add(
        new Doc.Section(
            lang.pick("Protective measures", "保护措施"),
            List.of(
                Shared.security(facts, lang),
                new Doc.Paragraph(
                    lang.pick(
                        "To assess (Art. 56(3)): whether these measures are lawful, effective and proportionate to the risk.",
                        "待评估（第五十六条第三项）：上述保护措施是否合法、有效并与风险程度相适应。")))));
    sections.add(
        new Doc.Section(
            lang.pick("Conclusion and sign-off", "结论与签署"),
            List.of(
                new Doc.Paragraph(
                    lang.pick(
                        "Conclusion, assessor, date and approval: to be completed. Keep this report and the processing records for at least three years (Art. 56).",
                        "结论、评估人、日期与批准：待填写。本报告及处理情况记录应至少保存三年（第五十六条）。")))));
    return new Doc(
        lang.pick(
            "Personal information protection impact assessment — draft (PIPL Art. 55–56)",
            "个人信息保护影响评估（草案）（《个人信息保护法》第五十五至五十六条）"),
        List.of(Shared.generated(facts, lang)),
        sections);
  }

  private static String separateConsent(Facts facts, Lang lang) {
    List<String> ids = new ArrayList<>();
    for (Purpose p : facts.pack().purposes().values()) {
      if (p.separateConsent()) {
        ids.add(p.id().value());
      }
    }
    return ids.isEmpty()
        ? lang.pick("No purpose needs separate consent.", "无需要单独同意的处理目的。")
        : lang.pick("Purposes that need separate consent: ", "需要单独同意的处理目的：")
            + String.join(", ", ids);
  }
}
