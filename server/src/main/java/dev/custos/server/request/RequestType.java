package dev.custos.server.request;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the person asks for. */
public enum RequestType {
  /** A copy of their data (GDPR Art. 15, PIPL Art. 45). */
  ACCESS("access"),
  /** Their data in a machine-readable format, to take elsewhere (GDPR Art. 20, PIPL Art. 45). */
  PORTABILITY("portability"),
  /** Deletion (GDPR Art. 17, PIPL Art. 47). */
  ERASURE("erasure"),
  /** Correction of inaccurate data (GDPR Art. 16, PIPL Art. 46). */
  RECTIFICATION("rectification"),
  /** Stop processing while something is checked (GDPR Art. 18, PIPL Art. 44). */
  RESTRICTION("restriction"),
  /** Stop processing for one purpose (GDPR Art. 21, PIPL Art. 44). */
  OBJECTION("objection");

  private final String id;

  RequestType(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** True for the types answered with an export archive. */
  public boolean exports() {
    return this == ACCESS || this == PORTABILITY;
  }

  public static Optional<RequestType> fromId(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }

  static String allIds() {
    return Arrays.stream(values()).map(RequestType::id).collect(Collectors.joining(", "));
  }
}
