package dev.custos.policies.purpose;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The lawful bases (合法性基础) a purpose may rest on, across the laws Custos ships packs for. A pack
 * chooses, per purpose, which of these it allows: GDPR packs use the six bases of GDPR Art. 6(1);
 * PIPL packs use the bases of PIPL Art. 13, which has no legitimate interest. The {@link #id()} is
 * what packs and consent events store; it never changes once released.
 */
public enum LawfulBasis {
  /** GDPR Art. 6(1)(a); PIPL Art. 13(1): the person's consent. */
  CONSENT("consent"),
  /**
   * GDPR Art. 6(1)(b): necessary for a contract with the person. PIPL Art. 13(2): necessary to
   * conclude or perform a contract to which the person is a party, or for human-resources
   * management under lawful labour rules and collective contracts.
   */
  CONTRACT("contract"),
  /**
   * GDPR Art. 6(1)(c): a legal obligation of the controller. PIPL Art. 13(3): necessary to fulfil
   * statutory duties or statutory obligations.
   */
  LEGAL_OBLIGATION("legal-obligation"),
  /** GDPR Art. 6(1)(d): the vital interests of the person or of another natural person. */
  VITAL_INTERESTS("vital-interests"),
  /** GDPR Art. 6(1)(e): a task in the public interest or the exercise of official authority. */
  PUBLIC_TASK("public-task"),
  /** GDPR Art. 6(1)(f): legitimate interests not overridden by the person's. Not in PIPL. */
  LEGITIMATE_INTEREST("legitimate-interest"),
  /**
   * PIPL Art. 13(4): necessary to respond to a sudden public-health incident, or to protect the
   * life, health and property of natural persons in an emergency.
   */
  EMERGENCY("emergency"),
  /**
   * PIPL Art. 13(5): news reporting and supervision by public opinion in the public interest,
   * within a reasonable scope.
   */
  NEWS_REPORTING("news-reporting"),
  /**
   * PIPL Art. 13(6): personal information the person disclosed themselves, or that was otherwise
   * lawfully disclosed, processed within a reasonable scope (PIPL Art. 27).
   */
  PUBLICLY_DISCLOSED("publicly-disclosed"),
  /** PIPL Art. 13(7): another circumstance provided by laws or administrative regulations. */
  OTHER_STATUTORY("other-statutory");

  private final String id;

  LawfulBasis(String id) {
    this.id = id;
  }

  /** The stable id used in packs and consent events, for example {@code legal-obligation}. */
  public String id() {
    return id;
  }

  /** The basis with this id, or empty if no basis has it. */
  public static Optional<LawfulBasis> fromId(String id) {
    for (LawfulBasis basis : values()) {
      if (basis.id.equals(id)) {
        return Optional.of(basis);
      }
    }
    return Optional.empty();
  }

  /** All ids, comma-separated in declaration order, for messages that list what is expected. */
  public static String allIds() {
    return Arrays.stream(values()).map(LawfulBasis::id).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return id;
  }
}
