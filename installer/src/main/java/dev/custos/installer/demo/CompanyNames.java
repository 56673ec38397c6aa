package dev.custos.installer.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Invents company names, in English ("Bluefield Freight") or Chinese ("瑞丰供应链有限公司"), from word lists
 * written for this purpose, never repeating a name.
 */
final class CompanyNames {

  private static final List<String> ENGLISH_FIRST_WORDS =
      List.of(
          "Bluefield",
          "Harborline",
          "Silverleaf",
          "Ironbridge",
          "Clearbrook",
          "Redstone",
          "Maplewood",
          "Summitview",
          "Brightwater",
          "Oakridge",
          "Westgate",
          "Granite Peak",
          "Lakeshore",
          "Pinecrest",
          "Copperleaf",
          "Stonebrook",
          "Highmark",
          "Fairhaven",
          "Northgate",
          "Eastvale",
          "Kestrel",
          "Juniper",
          "Tidewater",
          "Crescent Bay");

  /** First characters of invented two-character brand names (字号). */
  private static final List<String> CHINESE_FIRST_CHARACTERS =
      List.of(
          "华", "恒", "瑞", "泰", "鑫", "宏", "盛", "远", "启", "博", "嘉", "达", "安", "晨", "汇", "联", "鼎", "润",
          "天", "正");

  /** Second characters of invented brand names. */
  private static final List<String> CHINESE_SECOND_CHARACTERS =
      List.of("信", "通", "源", "丰", "拓", "景", "业", "诚", "和", "星", "航", "科", "宇", "海", "辰", "策");

  private static final List<String> CHINESE_LEGAL_FORMS = List.of("有限公司", "股份有限公司", "集团有限公司");

  private final Set<String> used = new HashSet<>();

  /** A new English company name for the industry. */
  String english(Industry industry, RandomGenerator random) {
    String name;
    do {
      name = pick(ENGLISH_FIRST_WORDS, random) + " " + pick(industry.englishEndings(), random);
    } while (!used.add(name));
    return name;
  }

  /** A new Chinese company name for the industry: brand, trade, legal form. */
  String chinese(Industry industry, RandomGenerator random) {
    while (true) {
      String brand =
          pick(CHINESE_FIRST_CHARACTERS, random) + pick(CHINESE_SECOND_CHARACTERS, random);
      // Most small and mid-sized Chinese companies are plain limited companies.
      String legalForm =
          random.nextDouble() < 0.7
              ? CHINESE_LEGAL_FORMS.getFirst()
              : pick(CHINESE_LEGAL_FORMS, random);
      String name = brand + pick(industry.chineseEndings(), random) + legalForm;
      if (used.add(name)) {
        return name;
      }
    }
  }

  private static String pick(List<String> words, RandomGenerator random) {
    return words.get(random.nextInt(words.size()));
  }
}
