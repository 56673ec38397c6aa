package dev.custos.server.feedback;

import java.util.Arrays;
import java.util.Optional;

/** Where a response was given, by its API name. */
public enum Channel {
  EMAIL("email"),
  SMS("sms"),
  WEB("web"),
  APP("app"),
  WECHAT("wechat"),
  PHONE("phone"),
  IN_PERSON("in-person");

  private final String apiName;

  Channel(String apiName) {
    this.apiName = apiName;
  }

  public String apiName() {
    return apiName;
  }

  public static Optional<Channel> of(String apiName) {
    return Arrays.stream(values()).filter(c -> c.apiName.equals(apiName)).findFirst();
  }

  static String names() {
    return String.join(", ", Arrays.stream(values()).map(Channel::apiName).toList());
  }
}
