package dev.custos.installer.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {

  private static final Instant END = Instant.parse("2026-03-15T12:34:56.789Z");
  private static final Set<String> TIERS = Set.of("strategic", "enterprise", "mid-market", "smb");
  private static final Set<String> REGIONS =
      Set.of("North America", "Europe", "Greater China", "APAC");
  private static final Set<String> INDUSTRIES =
      Set.of(
          "Retail", "Logistics", "Manufacturing", "Financial Services", "Healthcare", "Software");
  private static final Set<String> CHANNELS =
      Set.of("email", "sms", "web", "app", "wechat", "phone", "in-person");
  private static final Set<String> TOUCHPOINTS =
      Set.of("onboarding", "checkout", "delivery", "support-call", "billing", "renewal");

  /** Generated once: the data is immutable and generating it is the thing under test. */
  private static final DemoData DATA = new DemoDataGenerator(DemoSettings.standard()).generate(END);

  @Test
  void sameSeedGivesSameData() {
    assertThat(new DemoDataGenerator(DemoSettings.standard()).generate(END)).isEqualTo(DATA);
  }

  @Test
  void anotherSeedGivesOtherData() {
    DemoSettings other = new DemoSettings(DemoSettings.DEMO_SEED + 1, 36, 40_000);

    DemoData data = new DemoDataGenerator(other).generate(END);

    assertThat(data.accounts()).isNotEqualTo(DATA.accounts());
    assertThat(data.responses()).isNotEqualTo(DATA.responses());
  }

  @Test
  void generatesAboutThirtySixAccountsAndFortyThousandResponses() {
    assertThat(DATA.accounts()).hasSizeBetween(30, 40);
    assertThat(DATA.responses()).hasSizeBetween(35_000, 45_000);
  }

  @Test
  void accountsHaveUniqueIdsAndNamesAndKnownAttributes() {
    assertThat(DATA.accounts()).extracting(DemoAccount::externalId).doesNotHaveDuplicates();
    assertThat(DATA.accounts()).extracting(DemoAccount::name).doesNotHaveDuplicates();
    assertThat(DATA.accounts())
        .allSatisfy(
            account -> {
              assertThat(account.externalId()).matches("ACC-\\d{4}");
              assertThat(account.name()).isNotBlank();
              assertThat(account.tier()).isIn(TIERS);
              assertThat(account.region()).isIn(REGIONS);
              assertThat(account.industry()).isIn(INDUSTRIES);
              assertThat(account.products()).isNotEmpty().isSubsetOf(DemoDataGenerator.PRODUCTS);
            });
  }

  @Test
  void smallTiersOutnumberStrategicAccounts() {
    Map<String, Long> byTier = count(DATA.accounts(), DemoAccount::tier);

    assertThat(byTier.getOrDefault("smb", 0L) + byTier.getOrDefault("mid-market", 0L))
        .isGreaterThan(byTier.getOrDefault("strategic", 0L) * 3);
  }

  @Test
  void atLeastFortyPercentOfAccountsHaveChineseNames() {
    long chinese = DATA.accounts().stream().filter(a -> a.name().matches(".*\\p{IsHan}.*")).count();

    assertThat((double) chinese / DATA.accounts().size()).isGreaterThanOrEqualTo(0.4);
  }

  @Test
  void everyResponseIsValidForTheBulkApi() {
    Map<String, DemoAccount> accounts =
        DATA.accounts().stream().collect(Collectors.toMap(DemoAccount::externalId, a -> a));

    assertThat(DATA.responses()).extracting(DemoResponse::externalId).doesNotHaveDuplicates();
    assertThat(DATA.responses())
        .allSatisfy(
            response -> {
              assertThat(response.externalId()).matches("demo-\\d{6}");
              assertThat(accounts).containsKey(response.accountExternalId());
              assertThat(response.touchpoint()).matches("[a-z0-9-]{1,64}").isIn(TOUCHPOINTS);
              assertThat(response.channel()).isIn(CHANNELS);
              assertThat(response.product())
                  .isIn(accounts.get(response.accountExternalId()).products());
              assertThat(response.nps()).isBetween(0, 10);
              response.csat().ifPresent(csat -> assertThat(csat).isBetween(1, 5));
              response.ces().ifPresent(ces -> assertThat(ces).isBetween(1, 7));
            });
  }

  @Test
  void responsesFallInTheEighteenMonthsBeforeTheEndInTimeOrder() {
    Instant start = END.atZone(ZoneOffset.UTC).minusMonths(18).toInstant();

    assertThat(DATA.responses())
        .extracting(DemoResponse::respondedAt)
        .allSatisfy(
            at -> {
              assertThat(at).isAfterOrEqualTo(start).isBefore(END);
              assertThat(at.truncatedTo(ChronoUnit.SECONDS)).isEqualTo(at);
            })
        .isSortedAccordingTo(Comparator.naturalOrder());
    assertThat(DATA.responses().getFirst().externalId()).isEqualTo("demo-000001");
  }

  @Test
  void recentMonthsAreBusierThanTheFirstOnes() {
    Instant threeMonthsIn = END.atZone(ZoneOffset.UTC).minusMonths(15).toInstant();
    Instant threeMonthsBeforeEnd = END.atZone(ZoneOffset.UTC).minusMonths(3).toInstant();

    long first = countResponses(r -> r.respondedAt().isBefore(threeMonthsIn));
    long last = countResponses(r -> !r.respondedAt().isBefore(threeMonthsBeforeEnd));

    assertThat(last).isGreaterThan(first * 11 / 10);
  }

  @Test
  void mostResponsesAreGivenOnWeekdays() {
    long weekend =
        countResponses(
            r -> {
              DayOfWeek day = r.respondedAt().atZone(ZoneOffset.UTC).getDayOfWeek();
              return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
            });

    assertThat((double) weekend / DATA.responses().size()).isLessThan(0.2);
  }

  @Test
  void npsIsAlwaysAskedCsatUsuallyAndCesSometimes() {
    double csatShare = (double) countResponses(r -> r.csat().isPresent()) / DATA.responses().size();
    double cesShare = (double) countResponses(r -> r.ces().isPresent()) / DATA.responses().size();

    assertThat(csatShare).isCloseTo(0.7, within(0.03));
    assertThat(cesShare).isCloseTo(0.4, within(0.03));
  }

  @Test
  void overallNpsIsPlausible() {
    assertThat(nps(DATA.responses())).isBetween(-10.0, 50.0);
  }

  @Test
  void healthyAccountsScoreAtLeastThirtyPointsAboveAtRiskOnes() {
    double healthy = nps(responsesOf(AccountHealth.HEALTHY));
    double atRisk = nps(responsesOf(AccountHealth.AT_RISK));

    assertThat(healthy - atRisk).isGreaterThanOrEqualTo(30);
  }

  @Test
  void satisfactionFollowsNpsAndEffortRunsAgainstIt() {
    List<DemoResponse> promoters = DATA.responses().stream().filter(r -> r.nps() >= 9).toList();
    List<DemoResponse> detractors = DATA.responses().stream().filter(r -> r.nps() <= 6).toList();

    assertThat(meanCsat(promoters)).isGreaterThan(meanCsat(detractors) + 1);
    assertThat(meanCes(promoters)).isLessThan(meanCes(detractors) - 1);
  }

  @Test
  void deliveryDipsForTwoMonths() {
    TimeWindow dip = ResponseSampler.deliveryDip(new DemoCalendar(END));
    List<DemoResponse> delivery =
        DATA.responses().stream().filter(r -> r.touchpoint().equals("delivery")).toList();

    double during = nps(delivery.stream().filter(r -> dip.contains(r.respondedAt())).toList());
    double outside = nps(delivery.stream().filter(r -> !dip.contains(r.respondedAt())).toList());

    assertThat(outside - during).isGreaterThanOrEqualTo(25);
  }

  private static List<DemoResponse> responsesOf(AccountHealth health) {
    Set<String> ids =
        DATA.accounts().stream()
            .filter(a -> a.health() == health)
            .map(DemoAccount::externalId)
            .collect(Collectors.toSet());
    assertThat(ids).isNotEmpty();
    return DATA.responses().stream().filter(r -> ids.contains(r.accountExternalId())).toList();
  }

  /** Percentage of promoters (9–10) minus percentage of detractors (0–6). */
  private static double nps(List<DemoResponse> responses) {
    assertThat(responses).isNotEmpty();
    long promoters = responses.stream().filter(r -> r.nps() >= 9).count();
    long detractors = responses.stream().filter(r -> r.nps() <= 6).count();
    return 100.0 * (promoters - detractors) / responses.size();
  }

  private static double meanCsat(List<DemoResponse> responses) {
    return responses.stream().flatMapToInt(r -> r.csat().stream()).average().orElseThrow();
  }

  private static double meanCes(List<DemoResponse> responses) {
    return responses.stream().flatMapToInt(r -> r.ces().stream()).average().orElseThrow();
  }

  private static long countResponses(Predicate<DemoResponse> filter) {
    return DATA.responses().stream().filter(filter).count();
  }

  private static <T> Map<String, Long> count(List<T> values, Function<T, String> key) {
    return values.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }
}
