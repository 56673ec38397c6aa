package dev.custos.installer.demo;

/**
 * How likely a generated account's contacts are to be promoters (NPS 9–10) or detractors (NPS 0–6).
 * The differences are large on purpose so that dashboards tell the groups apart.
 */
public enum AccountHealth {
  /** Mostly promoters: NPS around +40. */
  HEALTHY(0.55, 0.15),
  /** Mixed: NPS around +13. */
  STEADY(0.40, 0.27),
  /** More detractors than promoters: NPS around -20. */
  AT_RISK(0.22, 0.42);

  private final double promoterShare;
  private final double detractorShare;

  AccountHealth(double promoterShare, double detractorShare) {
    this.promoterShare = promoterShare;
    this.detractorShare = detractorShare;
  }

  double promoterShare() {
    return promoterShare;
  }

  double detractorShare() {
    return detractorShare;
  }
}
