package dev.custos.installer.demo;

import java.util.List;

/**
 * The industries of generated client companies, with the words their invented names end in.
 *
 * <p>The word lists are written for this generator; combined with invented first words they make
 * names that sound plausible without copying any real company.
 */
enum Industry {
  RETAIL("Retail", List.of("Outfitters", "Market Group", "Retail"), List.of("商贸", "零售", "百货")),
  LOGISTICS(
      "Logistics", List.of("Logistics", "Freight", "Shipping Lines"), List.of("物流", "供应链", "运输")),
  MANUFACTURING(
      "Manufacturing",
      List.of("Manufacturing", "Industries", "Precision Works"),
      List.of("精密机械", "电子制造", "新材料")),
  FINANCIAL_SERVICES(
      "Financial Services",
      List.of("Capital", "Financial", "Trust"),
      List.of("金融服务", "融资租赁", "资产管理")),
  HEALTHCARE(
      "Healthcare", List.of("Health", "Medical", "Care Partners"), List.of("医疗科技", "健康产业", "医药")),
  SOFTWARE("Software", List.of("Software", "Systems", "Labs"), List.of("软件", "信息技术", "数据科技"));

  private final String label;
  private final List<String> englishEndings;
  private final List<String> chineseEndings;

  Industry(String label, List<String> englishEndings, List<String> chineseEndings) {
    this.label = label;
    this.englishEndings = englishEndings;
    this.chineseEndings = chineseEndings;
  }

  /** The name the API and the dashboards show. */
  String label() {
    return label;
  }

  List<String> englishEndings() {
    return englishEndings;
  }

  List<String> chineseEndings() {
    return chineseEndings;
  }
}
