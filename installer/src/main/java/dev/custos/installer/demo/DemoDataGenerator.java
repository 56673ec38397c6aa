package dev.custos.installer.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Generates the demo's data: made-up B2B client companies, half with English and half with Chinese
 * names, and their survey responses over the 18 months before a given instant.
 *
 * <p>The output is a pure function of the {@link DemoSettings} and the end instant: no clock, no
 * I/O. Healthy accounts score an NPS around +40 and at-risk ones around -20; delivery dips for two
 * months about half a year before the end, so trend charts have something to show.
 */
public final class DemoDataGenerator {

  /** The products the made-up clients use; responses are about one of them. */
  public static final List<String> PRODUCTS =
      List.of("Freight Tracker", "Billing Portal", "Mobile App", "Support Desk", "Analytics Suite");

  static final List<String> TIERS = List.of("strategic", "enterprise", "mid-market", "smb");

  /** Most clients are small: 10% strategic, 20% enterprise, 30% mid-market, 40% SMB. */
  private static final WeightedChoice<String> TIER_CHOICE = WeightedChoice.of(TIERS, 1, 2, 3, 4);

  private static final WeightedChoice<Region> ENGLISH_NAMED_REGION_CHOICE =
      WeightedChoice.of(List.of(Region.NORTH_AMERICA, Region.EUROPE, Region.APAC), 45, 40, 15);

  private static final double HEALTHY_SHARE = 0.40;
  private static final double STEADY_SHARE = 0.35;

  private final DemoSettings settings;

  public DemoDataGenerator(DemoSettings settings) {
    this.settings = settings;
  }

  /** The data set for responses up to (not including) {@code end}. */
  public DemoData generate(Instant end) {
    RandomGenerator random = new SplittableRandom(settings.seed());
    List<DemoAccount> accounts = accounts(random);
    DemoCalendar calendar = new DemoCalendar(end);
    List<DemoResponse> responses =
        new ResponseSampler(accounts, calendar, random).sample(settings.responseCount());
    return new DemoData(accounts, responses);
  }

  private List<DemoAccount> accounts(RandomGenerator random) {
    CompanyNames names = new CompanyNames();
    List<AccountHealth> healths = healthPlan(random);
    List<Industry> industries = List.of(Industry.values());
    List<DemoAccount> accounts = new ArrayList<>(settings.accountCount());
    for (int i = 0; i < settings.accountCount(); i++) {
      boolean chinese = i % 2 == 1;
      Industry industry = industries.get(random.nextInt(industries.size()));
      String name = chinese ? names.chinese(industry, random) : names.english(industry, random);
      Region region;
      if (chinese) {
        region = random.nextDouble() < 0.85 ? Region.GREATER_CHINA : Region.APAC;
      } else {
        region = ENGLISH_NAMED_REGION_CHOICE.pick(random);
      }
      accounts.add(
          new DemoAccount(
              String.format(Locale.ROOT, "ACC-%04d", i + 1),
              name,
              TIER_CHOICE.pick(random),
              region.label(),
              industry.label(),
              products(random),
              healths.get(i)));
    }
    return accounts;
  }

  /** Fixed shares of healthy, steady and at-risk accounts, dealt out at random. */
  private List<AccountHealth> healthPlan(RandomGenerator random) {
    int count = settings.accountCount();
    int healthy = (int) Math.round(count * HEALTHY_SHARE);
    int steady = (int) Math.round(count * STEADY_SHARE);
    List<AccountHealth> plan = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      plan.add(
          i < healthy
              ? AccountHealth.HEALTHY
              : i < healthy + steady ? AccountHealth.STEADY : AccountHealth.AT_RISK);
    }
    Collections.shuffle(plan, random);
    return plan;
  }

  /** Two or three of the products, in catalogue order. */
  private static List<String> products(RandomGenerator random) {
    List<String> shuffled = new ArrayList<>(PRODUCTS);
    Collections.shuffle(shuffled, random);
    List<String> chosen = shuffled.subList(0, 2 + random.nextInt(2));
    return PRODUCTS.stream().filter(chosen::contains).toList();
  }
}
