package dev.custos.connectors.port;

import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.subject.SubjectId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One customer view: finds the pseudonymous subject of a person from the blind indexes of their
 * identifiers, creating one when nobody matches, and refuses people who were erased (the
 * suppression list) so that a sync does not bring them back. The match and its evidence are
 * recorded by the implementation.
 */
public interface SubjectResolver {

  Resolution resolve(String connectorId, Map<IndexKind, String> blindIndexes);

  /**
   * Resolves the rows of one page, in order, with the outcome {@link #resolve} would give each row
   * in turn: two rows naming the same new person resolve to one subject. Implementations override
   * it to resolve the page in a few statements rather than several per row.
   *
   * @return one resolution per element of {@code page}, in the same order
   */
  default List<Resolution> resolveAll(String connectorId, List<Map<IndexKind, String>> page) {
    List<Resolution> resolutions = new ArrayList<>(page.size());
    for (Map<IndexKind, String> blindIndexes : page) {
      resolutions.add(resolve(connectorId, blindIndexes));
    }
    return resolutions;
  }

  /** The outcome of a resolution. */
  sealed interface Resolution {

    /** An existing subject, matched on these kinds of index. */
    record Matched(SubjectId subject, Set<IndexKind> matchedOn) implements Resolution {}

    /** Nobody matched: a new subject was created for these indexes. */
    record Created(SubjectId subject) implements Resolution {}

    /** The person was erased: the record must not be stored. */
    record Suppressed() implements Resolution {}
  }
}
