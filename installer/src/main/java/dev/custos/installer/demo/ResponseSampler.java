package dev.custos.installer.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/** Draws the survey responses of generated accounts over the demo's months. */
final class ResponseSampler {

  static final List<String> TOUCHPOINTS =
      List.of("onboarding", "checkout", "delivery", "support-call", "billing", "renewal");

  static final List<String> CHANNELS =
      List.of("email", "sms", "web", "app", "wechat", "phone", "in-person");

  /** The delivery dip covers the 7th and 6th months before the end. */
  static final int FIRST_DIP_MONTH = DemoCalendar.MONTHS - 7;

  static final int LAST_DIP_MONTH = DemoCalendar.MONTHS - 6;

  private static final WeightedChoice<String> TOUCHPOINT_CHOICE =
      WeightedChoice.of(TOUCHPOINTS, 8, 20, 25, 22, 15, 10);

  /** E-mail leads everywhere except Greater China, where WeChat does. */
  private static final WeightedChoice<String> CHANNEL_CHOICE =
      WeightedChoice.of(CHANNELS, 45, 10, 18, 12, 3, 8, 4);

  private static final WeightedChoice<String> GREATER_CHINA_CHANNEL_CHOICE =
      WeightedChoice.of(CHANNELS, 22, 12, 8, 15, 35, 6, 2);

  /** Strategic accounts are surveyed more often than small ones. */
  private static final Map<String, Double> VOLUME_BY_TIER =
      Map.of("strategic", 3.0, "enterprise", 2.0, "mid-market", 1.2, "smb", 0.7);

  private record Draft(
      DemoAccount account,
      String touchpoint,
      String channel,
      String product,
      int nps,
      OptionalInt csat,
      OptionalInt ces,
      Instant respondedAt) {}

  private final DemoCalendar calendar;
  private final WeightedChoice<DemoAccount> accountChoice;
  private final ScoreModel scores;
  private final RandomGenerator random;

  ResponseSampler(List<DemoAccount> accounts, DemoCalendar calendar, RandomGenerator random) {
    this.calendar = calendar;
    this.random = random;
    this.accountChoice =
        WeightedChoice.of(
            accounts, accounts.stream().mapToDouble(a -> VOLUME_BY_TIER.get(a.tier())).toArray());
    this.scores = new ScoreModel(accounts, random);
  }

  /** The window in which delivery scores dip. */
  static TimeWindow deliveryDip(DemoCalendar calendar) {
    return new TimeWindow(
        calendar.month(FIRST_DIP_MONTH).start(), calendar.month(LAST_DIP_MONTH).end());
  }

  /** {@code count} responses in time order, numbered {@code demo-000001} onwards. */
  List<DemoResponse> sample(int count) {
    int[] perMonth = calendar.allocate(count);
    List<Draft> drafts = new ArrayList<>(count);
    for (int month = 0; month < perMonth.length; month++) {
      boolean inDip = month >= FIRST_DIP_MONTH && month <= LAST_DIP_MONTH;
      for (int i = 0; i < perMonth[month]; i++) {
        drafts.add(draft(month, inDip));
      }
    }
    drafts.sort(Comparator.comparing(Draft::respondedAt));
    List<DemoResponse> responses = new ArrayList<>(count);
    for (Draft draft : drafts) {
      responses.add(
          new DemoResponse(
              String.format(Locale.ROOT, "demo-%06d", responses.size() + 1),
              draft.account().externalId(),
              draft.touchpoint(),
              draft.channel(),
              draft.product(),
              draft.nps(),
              draft.csat(),
              draft.ces(),
              draft.respondedAt()));
    }
    return responses;
  }

  private Draft draft(int month, boolean inDip) {
    DemoAccount account = accountChoice.pick(random);
    Region region = Region.fromLabel(account.region());
    String touchpoint = TOUCHPOINT_CHOICE.pick(random);
    String channel =
        (region == Region.GREATER_CHINA ? GREATER_CHINA_CHANNEL_CHOICE : CHANNEL_CHOICE)
            .pick(random);
    String product = account.products().get(random.nextInt(account.products().size()));
    int nps = scores.nps(account, touchpoint, inDip, random);
    return new Draft(
        account,
        touchpoint,
        channel,
        product,
        nps,
        scores.csat(nps, random),
        scores.ces(nps, random),
        calendar.sample(month, region.zone(), random));
  }
}
