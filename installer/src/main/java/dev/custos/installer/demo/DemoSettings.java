package dev.custos.installer.demo;

/**
 * What to generate.
 *
 * @param seed the random seed; the same seed (and end instant) gives the same data
 * @param accountCount how many client companies, at least 4
 * @param responseCount how many survey responses, at least 0
 */
public record DemoSettings(long seed, int accountCount, int responseCount) {

  /** The seed of the data that {@code custos demo} loads. */
  public static final long DEMO_SEED = 20_250_601L;

  public DemoSettings {
    if (accountCount < 4) {
      throw new IllegalArgumentException("accountCount must be at least 4, was " + accountCount);
    }
    if (responseCount < 0) {
      throw new IllegalArgumentException("responseCount must not be negative: " + responseCount);
    }
  }

  /** The demo's data set: 36 accounts and 40,000 responses. */
  public static DemoSettings standard() {
    return new DemoSettings(DEMO_SEED, 36, 40_000);
  }
}
