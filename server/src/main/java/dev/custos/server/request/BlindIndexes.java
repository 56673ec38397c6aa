package dev.custos.server.request;

import dev.custos.policies.blindindex.BlindIndexer;
import dev.custos.policies.blindindex.IndexKind;
import dev.custos.server.problem.Violations;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the identifiers a person gives into blind indexes, and the indexes into the text stored
 * with a request ({@code kind:digest} pairs). The identifiers themselves are dropped here.
 */
final class BlindIndexes {

  private BlindIndexes() {}

  /** The blind index of each identifier given; an invalid one is reported by its field. */
  static Map<IndexKind, String> index(
      RequestInput.Identifiers given, BlindIndexer indexer, Violations violations) {
    Map<IndexKind, String> indexes = new EnumMap<>(IndexKind.class);
    if (given == null) {
      return indexes;
    }
    add(indexes, violations, IndexKind.EMAIL, "identifiers.email", given.email(), indexer::email);
    add(indexes, violations, IndexKind.PHONE, "identifiers.phone", given.phone(), indexer::phone);
    add(
        indexes,
        violations,
        IndexKind.CN_RESIDENT_ID,
        "identifiers.cnResidentId",
        given.cnResidentId(),
        indexer::chineseResidentId);
    return indexes;
  }

  private static void add(
      Map<IndexKind, String> indexes,
      Violations violations,
      IndexKind kind,
      String field,
      String value,
      java.util.function.Function<String, Optional<String>> digest) {
    if (RequestInput.blank(value)) {
      return;
    }
    digest
        .apply(value)
        .ifPresentOrElse(
            d -> indexes.put(kind, d), () -> violations.add(field, "identifier-" + kind.id()));
  }

  static String text(Map<IndexKind, String> indexes) {
    return indexes.entrySet().stream()
        .map(e -> e.getKey().id() + ":" + e.getValue())
        .collect(Collectors.joining(","));
  }

  static Map<IndexKind, String> parse(String text) {
    Map<IndexKind, String> indexes = new EnumMap<>(IndexKind.class);
    if (text == null || text.isEmpty()) {
      return indexes;
    }
    for (String pair : text.split(",")) {
      int colon = pair.indexOf(':');
      String kind = pair.substring(0, colon);
      for (IndexKind k : IndexKind.values()) {
        if (k.id().equals(kind)) {
          indexes.put(k, pair.substring(colon + 1));
        }
      }
    }
    return indexes;
  }
}
