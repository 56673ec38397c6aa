package dev.custos.benchmarks.ingest;

import dev.custos.connectors.ingest.SourceEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CRM contact rows as a database poll reads them: a key, a version, four personal fields (name,
 * e-mail, mobile, address; English and Chinese) and one operational field. Each row is a different
 * person, as in a first load of a CRM.
 */
final class CrmRows {

  private static final String[] SURNAMES = {"王", "李", "张", "Smith", "刘", "Garcia", "陈", "Müller"};
  private static final String[] CITIES = {"上海市浦东新区", "北京市朝阳区", "London", "深圳市南山区"};
  private static final String[] TIERS = {"gold", "silver", "bronze"};

  private CrmRows() {}

  static Row row(int i) {
    return new Row(
        "c" + i,
        "2026-03-01T10:00:00Z",
        SURNAMES[i % SURNAMES.length] + " " + Integer.toString(i, 36),
        "customer" + i + "@example.com",
        "1380" + String.format("%07d", i % 10_000_000),
        (i % 977) + " " + CITIES[i % CITIES.length] + " 路 " + (i % 89) + " 号",
        TIERS[i % TIERS.length]);
  }

  /** One page of rows as source entries, from {@code from} (inclusive) to {@code to}. */
  static List<SourceEntry> page(int from, int to) {
    List<SourceEntry> page = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      Row r = row(i);
      page.add(
          new SourceEntry.Row(
              "contacts:" + i,
              Map.of(
                  "contact_id", r.key(),
                  "updated_at", r.version(),
                  "name", r.name(),
                  "email", r.email(),
                  "mobile", r.phone(),
                  "address", r.address(),
                  "tier", r.tier())));
    }
    return page;
  }

  record Row(
      String key,
      String version,
      String name,
      String email,
      String phone,
      String address,
      String tier) {}
}
