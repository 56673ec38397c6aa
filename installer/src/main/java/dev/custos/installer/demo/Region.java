package dev.custos.installer.demo;

import java.time.ZoneId;

/** Sales regions of generated accounts, each with the time zone its contacts answer in. */
enum Region {
  NORTH_AMERICA("North America", "America/Chicago"),
  EUROPE("Europe", "Europe/Berlin"),
  GREATER_CHINA("Greater China", "Asia/Shanghai"),
  APAC("APAC", "Asia/Singapore");

  private final String label;
  private final ZoneId zone;

  Region(String label, String zone) {
    this.label = label;
    this.zone = ZoneId.of(zone);
  }

  /** The name the API and the dashboards show. */
  String label() {
    return label;
  }

  /** Where office hours and weekends are reckoned for this region's contacts. */
  ZoneId zone() {
    return zone;
  }

  static Region fromLabel(String label) {
    for (Region region : values()) {
      if (region.label.equals(label)) {
        return region;
      }
    }
    throw new IllegalArgumentException("unknown region: " + label);
  }
}
