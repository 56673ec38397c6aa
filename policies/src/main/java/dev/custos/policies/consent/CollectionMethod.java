package dev.custos.policies.consent;

import java.util.Optional;

/** How a consent event was collected (ISO/IEC TS 27560 "collection method"). Ids are stable. */
public enum CollectionMethod {
  /** A form on a web site, for example the survey page. */
  WEB_FORM("web-form"),
  /** A screen of a mobile or mini-program app. */
  MOBILE_APP("mobile-app"),
  /** An employee recorded what the person said, for example an agent on a call. */
  AGENT("agent"),
  /** Spoken on an automated phone line (IVR). */
  PHONE("phone"),
  /** A reply to an e-mail. */
  EMAIL("email"),
  /** Signed on paper and transcribed. */
  PAPER("paper"),
  /** Imported from a source system (CRM, ERP) that collected it. */
  IMPORT("import"),
  /** Sent by another system through the consent API. */
  API("api"),
  /** Recorded by Custos itself, for example an expiry found by a sweep. */
  SYSTEM("system");

  private final String id;

  CollectionMethod(String id) {
    this.id = id;
  }

  /** The stable id stored with consent events. */
  public String id() {
    return id;
  }

  /** The method with this id, or empty if no method has it. */
  public static Optional<CollectionMethod> fromId(String id) {
    for (CollectionMethod method : values()) {
      if (method.id.equals(id)) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
