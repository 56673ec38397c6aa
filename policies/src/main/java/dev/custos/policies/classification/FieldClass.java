package dev.custos.policies.classification;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The class of a personal-data field. The privacy gate sorts every inbound field into exactly one
 * class; policy packs name the classes each purpose may use. The {@link #id()} is stable: it is
 * written in policy packs and stored with gated records, so it never changes once released.
 */
public enum FieldClass {
  /** Names, customer numbers, account logins: what points at one person. */
  IDENTIFIER("identifier"),
  /**
   * E-mail addresses, phone numbers, postal addresses, messaging handles: how to reach a person.
   */
  CONTACT("contact"),
  /**
   * GDPR Art. 9 special categories and PIPL Art. 28 sensitive personal information (health,
   * religion, biometrics, financial accounts, precise location, data of minors under 14, ...).
   */
  SENSITIVE("sensitive"),
  /** Comments and notes written by or about a person; may hide any of the other classes. */
  FREE_TEXT("free-text"),
  /** Scores, timestamps, product and touchpoint codes: data about an interaction, not a person. */
  OPERATIONAL("operational");

  private final String id;

  FieldClass(String id) {
    this.id = id;
  }

  /** The stable id used in policy packs and stored records, for example {@code free-text}. */
  public String id() {
    return id;
  }

  /** The class with this id, or empty if no class has it. */
  public static Optional<FieldClass> fromId(String id) {
    for (FieldClass fieldClass : values()) {
      if (fieldClass.id.equals(id)) {
        return Optional.of(fieldClass);
      }
    }
    return Optional.empty();
  }

  /** All ids, comma-separated in declaration order, for messages that list what is expected. */
  public static String allIds() {
    return Arrays.stream(values()).map(FieldClass::id).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return id;
  }
}
