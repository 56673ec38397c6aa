package dev.custos.policies.purpose;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy pack: the purposes one legal regime allows and their lawful bases, as a versioned,
 * immutable value. Load packs with {@link PolicyPacks}.
 *
 * @param id kebab-case id of the pack, for example {@code gdpr} or {@code pipl}
 * @param version a positive integer, raised by one on every change of the pack's content
 * @param jurisdiction where the pack applies: an ISO 3166-1 alpha-2 code or a region such as {@code
 *     EU}
 * @param purposes the purposes by id, in the order the pack lists them
 */
public record PolicyPack(
    String id, int version, String jurisdiction, Map<PurposeId, Purpose> purposes) {

  public PolicyPack {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(purposes, "purposes");
    if (!Ids.isKebabCase(id)) {
      throw new IllegalArgumentException("A policy pack id is kebab-case");
    }
    if (version < 1) {
      throw new IllegalArgumentException("A policy pack version is a positive integer");
    }
    if (!Ids.isJurisdiction(jurisdiction)) {
      throw new IllegalArgumentException("A jurisdiction is an upper-case code such as EU or CN");
    }
    if (purposes.isEmpty()) {
      throw new IllegalArgumentException("Policy pack " + id + " defines no purpose");
    }
    Map<PurposeId, Purpose> copy = new LinkedHashMap<>();
    purposes.forEach(
        (purposeId, purpose) -> {
          if (!purposeId.equals(purpose.id())) {
            throw new IllegalArgumentException(
                "Purpose " + purpose.id() + " filed as " + purposeId);
          }
          copy.put(purposeId, purpose);
        });
    purposes = Collections.unmodifiableMap(copy);
  }

  /**
   * A pack from a list of purposes.
   *
   * @throws IllegalArgumentException if two purposes share an id
   */
  public static PolicyPack of(String id, int version, String jurisdiction, List<Purpose> purposes) {
    Map<PurposeId, Purpose> byId = new LinkedHashMap<>();
    for (Purpose purpose : purposes) {
      if (byId.putIfAbsent(purpose.id(), purpose) != null) {
        throw new IllegalArgumentException("Duplicate purpose id " + purpose.id());
      }
    }
    return new PolicyPack(id, version, jurisdiction, byId);
  }

  /** The purpose with this id, if the pack defines it. */
  public Optional<Purpose> purpose(PurposeId purposeId) {
    return Optional.ofNullable(purposes.get(purposeId));
  }

  /**
   * The pack's reference, {@code id@version} (for example {@code pipl@2}), which decisions and
   * audit events record so that a decision can be traced to the exact rules it was made under.
   */
  public String reference() {
    return id + "@" + version;
  }
}
