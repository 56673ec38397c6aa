package dev.custos.server.scores;

import java.util.Map;

/**
 * Score results with their 95% margins of error (normal approximation, z = 1.96). Each is built
 * from the aggregates of its {@link Metric}; with no answers the score and margin are null.
 */
public final class Scores {

  static final double Z95 = 1.96;

  private Scores() {}

  /** Net promoter score of a group. */
  public record Nps(
      Map<String, String> key,
      long responses,
      long promoters,
      long passives,
      long detractors,
      Double score,
      Double marginOfError) {

    static Nps of(Map<String, String> key, long[] a) {
      long n = a[0];
      long promoters = a[1];
      long detractors = a[2];
      if (n == 0) {
        return new Nps(key, 0, 0, 0, 0, null, null);
      }
      double p = (double) promoters / n;
      double d = (double) detractors / n;
      // Each answer scores +1 (promoter), 0 (passive) or -1 (detractor); NPS is 100 x their mean.
      double variance = p + d - (p - d) * (p - d);
      return new Nps(
          key,
          n,
          promoters,
          n - promoters - detractors,
          detractors,
          round(100 * (p - d)),
          round(100 * Z95 * Math.sqrt(variance / n)));
    }
  }

  /** Customer satisfaction: the share of 4 and 5 answers on the 1–5 scale, in percent. */
  public record Csat(
      Map<String, String> key, long responses, long satisfied, Double score, Double marginOfError) {

    static Csat of(Map<String, String> key, long[] a) {
      long n = a[0];
      if (n == 0) {
        return new Csat(key, 0, 0, null, null);
      }
      double q = (double) a[1] / n;
      return new Csat(key, n, a[1], round(100 * q), round(100 * Z95 * Math.sqrt(q * (1 - q) / n)));
    }
  }

  /** Customer effort: the mean answer on the 1–7 scale (lower means less effort). */
  public record Ces(Map<String, String> key, long responses, Double mean, Double marginOfError) {

    static Ces of(Map<String, String> key, long[] a) {
      long n = a[0];
      if (n == 0) {
        return new Ces(key, 0, null, null);
      }
      double mean = (double) a[1] / n;
      double variance = n > 1 ? Math.max(0, (a[2] - n * mean * mean) / (n - 1)) : 0;
      return new Ces(key, n, round(mean), round(Z95 * Math.sqrt(variance / n)));
    }
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
