package dev.custos.server.scores;

/**
 * The three experience metrics and the aggregates each needs from the database: always the number
 * of answers first, then what the score is computed from.
 */
public enum Metric {
  NPS(
      "r.nps",
      "count(r.nps)",
      "sum(case when r.nps >= 9 then 1 else 0 end)",
      "sum(case when r.nps <= 6 then 1 else 0 end)"),
  CSAT("r.csat", "count(r.csat)", "sum(case when r.csat >= 4 then 1 else 0 end)"),
  CES("r.ces", "count(r.ces)", "sum(r.ces)", "sum(r.ces * r.ces)");

  private final String column;
  private final String[] aggregates;

  Metric(String column, String... aggregates) {
    this.column = column;
    this.aggregates = aggregates;
  }

  String column() {
    return column;
  }

  String[] aggregates() {
    return aggregates.clone();
  }
}
