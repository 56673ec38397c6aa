package dev.custos.server.scores;

import java.util.Arrays;
import java.util.Optional;

/** What metrics can be grouped by, and the query path of each. */
public enum Dimension {
  ACCOUNT("account", "a.externalId"),
  TOUCHPOINT("touchpoint", "r.touchpoint"),
  CHANNEL("channel", "r.channel"),
  PRODUCT("product", "r.product"),
  REGION("region", "a.region"),
  /** Calendar month of the response in UTC, as {@code YYYY-MM}. */
  MONTH("month", "r.respondedMonth");

  private final String apiName;
  private final String path;

  Dimension(String apiName, String path) {
    this.apiName = apiName;
    this.path = path;
  }

  public String apiName() {
    return apiName;
  }

  String path() {
    return path;
  }

  public static Optional<Dimension> of(String apiName) {
    return Arrays.stream(values()).filter(d -> d.apiName.equals(apiName)).findFirst();
  }

  static String names() {
    return String.join(", ", Arrays.stream(values()).map(Dimension::apiName).toList());
  }
}
