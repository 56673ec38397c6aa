package dev.custos.installer.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * Draws realistic scores. Each account answers NPS as promoter, passive or detractor with shares
 * set by its {@link AccountHealth} (plus a little jitter of its own), nudged by the touchpoint;
 * delivery goes through a bad patch for two months. CSAT follows NPS; CES (effort) runs against it.
 */
final class ScoreModel {

  static final String DIP_TOUCHPOINT = "delivery";

  /** How much the dip moves from promoters to detractors. */
  private static final double DIP_SHIFT = 0.25;

  private static final double CSAT_ASKED = 0.7;
  private static final double CES_ASKED = 0.4;

  private static final Map<String, Double> TOUCHPOINT_LIFT =
      Map.of(
          "onboarding", 0.06,
          "checkout", 0.03,
          "delivery", 0.0,
          "support-call", -0.05,
          "billing", -0.04,
          "renewal", 0.0);

  /** Detractors answer 5 or 6 far more often than 0. */
  private static final WeightedChoice<Integer> DETRACTOR_ANSWERS =
      WeightedChoice.of(List.of(0, 1, 2, 3, 4, 5, 6), 2, 1, 2, 4, 6, 10, 13);

  private record Shares(double promoter, double detractor) {}

  private final Map<String, Shares> sharesByAccount = new HashMap<>();

  ScoreModel(List<DemoAccount> accounts, RandomGenerator random) {
    for (DemoAccount account : accounts) {
      AccountHealth health = account.health();
      sharesByAccount.put(
          account.externalId(),
          new Shares(
              health.promoterShare() + random.nextDouble(-0.05, 0.05),
              health.detractorShare() + random.nextDouble(-0.04, 0.04)));
    }
  }

  /** The 0–10 likelihood-to-recommend answer. */
  int nps(DemoAccount account, String touchpoint, boolean inDip, RandomGenerator random) {
    Shares shares = sharesByAccount.get(account.externalId());
    double lift = TOUCHPOINT_LIFT.getOrDefault(touchpoint, 0.0);
    double promoter = shares.promoter() + lift;
    double detractor = shares.detractor() - lift;
    if (inDip && DIP_TOUCHPOINT.equals(touchpoint)) {
      promoter -= DIP_SHIFT;
      detractor += DIP_SHIFT;
    }
    promoter = Math.clamp(promoter, 0.02, 0.95);
    detractor = Math.clamp(detractor, 0.02, 0.98 - promoter);
    double draw = random.nextDouble();
    if (draw < promoter) {
      return random.nextDouble() < 0.5 ? 10 : 9;
    }
    if (draw < promoter + detractor) {
      return DETRACTOR_ANSWERS.pick(random);
    }
    return random.nextDouble() < 0.55 ? 8 : 7;
  }

  /** The 1–5 satisfaction answer, asked in most surveys; higher with a higher NPS answer. */
  OptionalInt csat(int nps, RandomGenerator random) {
    if (random.nextDouble() >= CSAT_ASKED) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(scale(1 + nps * 0.4 + random.nextGaussian() * 0.6, 1, 5));
  }

  /** The 1–7 effort answer, asked in fewer surveys; lower (easier) with a higher NPS answer. */
  OptionalInt ces(int nps, RandomGenerator random) {
    if (random.nextDouble() >= CES_ASKED) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(scale(6.5 - nps * 0.5 + random.nextGaussian() * 0.9, 1, 7));
  }

  private static int scale(double value, int min, int max) {
    return Math.clamp(Math.round(value), min, max);
  }
}
