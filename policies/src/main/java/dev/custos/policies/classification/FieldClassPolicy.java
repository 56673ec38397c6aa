package dev.custos.policies.classification;

import dev.custos.policies.purpose.PolicyPack;
import dev.custos.policies.purpose.Purpose;
import dev.custos.policies.purpose.PurposeId;
import dev.custos.policies.purpose.UnknownPurposeException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Answers "may purpose P use a field of class C?" from one policy pack. Immutable and thread-safe;
 * build one per pack version and share it.
 */
public final class FieldClassPolicy {

  private final PolicyPack pack;
  private final Map<FieldClass, Set<PurposeId>> purposesByClass;

  private FieldClassPolicy(PolicyPack pack) {
    this.pack = pack;
    Map<FieldClass, Set<PurposeId>> byClass = new EnumMap<>(FieldClass.class);
    for (FieldClass fieldClass : FieldClass.values()) {
      Set<PurposeId> ids = new LinkedHashSet<>();
      for (Purpose purpose : pack.purposes().values()) {
        if (purpose.fieldClasses().contains(fieldClass)) {
          ids.add(purpose.id());
        }
      }
      byClass.put(fieldClass, Collections.unmodifiableSet(ids));
    }
    this.purposesByClass = Collections.unmodifiableMap(byClass);
  }

  /** The field-class policy of a pack. */
  public static FieldClassPolicy of(PolicyPack pack) {
    return new FieldClassPolicy(Objects.requireNonNull(pack, "pack"));
  }

  /** The pack this policy was read from. */
  public PolicyPack pack() {
    return pack;
  }

  /**
   * Whether the purpose may use a field of the class.
   *
   * @throws UnknownPurposeException if the purpose is not in the pack: asking about a purpose the
   *     pack does not define is a configuration error, not a "no"
   */
  public boolean mayUse(PurposeId purpose, FieldClass fieldClass) {
    Objects.requireNonNull(fieldClass, "fieldClass");
    return pack.purpose(purpose)
        .orElseThrow(() -> new UnknownPurposeException(purpose, pack.reference()))
        .fieldClasses()
        .contains(fieldClass);
  }

  /** The purposes of the pack that may use a field of the class, in pack order. */
  public Set<PurposeId> purposesAllowing(FieldClass fieldClass) {
    return purposesByClass.get(Objects.requireNonNull(fieldClass, "fieldClass"));
  }

  /** The classes the purpose may use, or an empty set if the pack does not define the purpose. */
  public Set<FieldClass> classesFor(PurposeId purpose) {
    return pack.purpose(purpose)
        .map(Purpose::fieldClasses)
        .orElseGet(() -> Collections.unmodifiableSet(EnumSet.noneOf(FieldClass.class)));
  }
}
