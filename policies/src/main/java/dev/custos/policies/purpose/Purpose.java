package dev.custos.policies.purpose;

import dev.custos.policies.classification.FieldClass;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A purpose (处理目的) as a policy pack defines it: why personal data is processed, on which lawful
 * bases it may rest, which basis it rests on by default, whether consent to it must be separate,
 * and which field classes it may use.
 *
 * @param id stable kebab-case id
 * @param name display names in English and Simplified Chinese
 * @param description what the purpose covers, in English, for the compliance officer
 * @param lawfulBases the bases the purpose may rest on; not empty
 * @param defaultBasis the basis the purpose rests on unless a compliance officer decides otherwise;
 *     one of {@code lawfulBases}. When it is {@link LawfulBasis#CONSENT}, processing needs a
 *     consent in force.
 * @param separateConsent whether consent must be given for this purpose on its own (PIPL 单独同意, Art.
 *     29 and 39, or GDPR Art. 9 explicit consent), not bundled with other purposes; requires
 *     consent among the bases
 * @param fieldClasses the field classes the purpose may use; not empty
 */
public record Purpose(
    PurposeId id,
    PurposeName name,
    String description,
    Set<LawfulBasis> lawfulBases,
    LawfulBasis defaultBasis,
    boolean separateConsent,
    Set<FieldClass> fieldClasses) {

  public Purpose {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    PurposeName.requireText(description, "description");
    Objects.requireNonNull(lawfulBases, "lawfulBases");
    Objects.requireNonNull(defaultBasis, "defaultBasis");
    Objects.requireNonNull(fieldClasses, "fieldClasses");
    if (lawfulBases.isEmpty() || fieldClasses.isEmpty()) {
      throw new IllegalArgumentException(
          "Purpose " + id + " needs at least one lawful basis and one field class");
    }
    lawfulBases = Collections.unmodifiableSet(EnumSet.copyOf(lawfulBases));
    fieldClasses = Collections.unmodifiableSet(EnumSet.copyOf(fieldClasses));
    if (!lawfulBases.contains(defaultBasis)) {
      throw new IllegalArgumentException(
          "Purpose " + id + ": default basis " + defaultBasis + " is not among its lawful bases");
    }
    if (separateConsent && !lawfulBases.contains(LawfulBasis.CONSENT)) {
      throw new IllegalArgumentException(
          "Purpose " + id + ": separate consent requires consent among its lawful bases");
    }
  }

  /** Whether processing for this purpose needs a consent in force: its default basis is consent. */
  public boolean needsConsent() {
    return defaultBasis == LawfulBasis.CONSENT;
  }

  /** Whether the purpose may use a field of the class. */
  public boolean mayUse(FieldClass fieldClass) {
    return fieldClasses.contains(fieldClass);
  }
}
