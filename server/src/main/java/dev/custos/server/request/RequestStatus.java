package dev.custos.server.request;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a request stands. It moves forward only: received, identity verified, in progress, then
 * completed; or refused, with a reason, from any open status.
 */
public enum RequestStatus {
  RECEIVED("received"),
  IDENTITY_VERIFIED("identity-verified"),
  IN_PROGRESS("in-progress"),
  COMPLETED("completed"),
  REFUSED("refused");

  /** Statuses in which the deadline still runs. */
  public static final Set<RequestStatus> OPEN =
      EnumSet.of(RECEIVED, IDENTITY_VERIFIED, IN_PROGRESS);

  private final String id;

  RequestStatus(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public boolean isOpen() {
    return OPEN.contains(this);
  }

  public static Optional<RequestStatus> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  static String allIds() {
    return Arrays.stream(values()).map(RequestStatus::id).collect(Collectors.joining(", "));
  }

  static Set<String> ids(Set<RequestStatus> statuses) {
    return statuses.stream().map(RequestStatus::id).collect(Collectors.toSet());
  }
}
