package dev.custos.server.request;

import java.util.Arrays;
import java.util.Optional;

/** The law a request is answered under; it sets the deadline and whether it can be extended. */
public enum Jurisdiction {
  GDPR("gdpr"),
  PIPL("pipl");

  private final String id;

  Jurisdiction(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Jurisdiction> fromId(String id) {
    return Arrays.stream(values()).filter(j -> j.id.equals(id)).findFirst();
  }
}
