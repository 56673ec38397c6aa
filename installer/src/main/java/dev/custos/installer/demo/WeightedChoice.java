package dev.custos.installer.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/** Picks values at random in proportion to fixed weights, in a fixed order (so seeds repeat). */
final class WeightedChoice<T> {

  private final List<T> values;
  private final double[] cumulative;

  private WeightedChoice(List<T> values, double[] cumulative) {
    this.values = values;
    this.cumulative = cumulative;
  }

  /** A choice over {@code values}, the i-th weighted by {@code weights[i]}. */
  static <T> WeightedChoice<T> of(List<T> values, double... weights) {
    if (values.isEmpty() || values.size() != weights.length) {
      throw new IllegalArgumentException(
          values.size() + " values but " + weights.length + " weights");
    }
    double[] cumulative = new double[weights.length];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] < 0) {
        throw new IllegalArgumentException("negative weight for " + values.get(i));
      }
      total += weights[i];
      cumulative[i] = total;
    }
    if (total <= 0) {
      throw new IllegalArgumentException("weights must add up to more than zero");
    }
    return new WeightedChoice<>(List.copyOf(values), cumulative);
  }

  T pick(RandomGenerator random) {
    double point = random.nextDouble(cumulative[cumulative.length - 1]);
    for (int i = 0; i < cumulative.length; i++) {
      if (point < cumulative[i]) {
        return values.get(i);
      }
    }
    return values.getLast();
  }
}
