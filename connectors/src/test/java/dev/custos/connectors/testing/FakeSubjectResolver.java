package dev.custos.connectors.testing;

import dev.custos.connectors.port.SubjectResolver;
import dev.custos.policies.blindindex.IndexKind;
import dev.custos.policies.subject.SubjectId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Matches people by any blind index already seen, and refuses suppressed indexes. */
public final class FakeSubjectResolver implements SubjectResolver {

  private final ConcurrentMap<String, SubjectId> byIndex = new ConcurrentHashMap<>();
  private final Set<String> suppressed = ConcurrentHashMap.newKeySet();
  private final AtomicInteger pages = new AtomicInteger();

  /** Suppresses the person with this blind index, as an erasure does. */
  public void suppress(String blindIndex) {
    suppressed.add(blindIndex);
  }

  @Override
  public synchronized Resolution resolve(String connectorId, Map<IndexKind, String> indexes) {
    if (indexes.values().stream().anyMatch(suppressed::contains)) {
      return new Resolution.Suppressed();
    }
    Set<IndexKind> matchedOn = EnumSet.noneOf(IndexKind.class);
    SubjectId subject = null;
    for (var entry : indexes.entrySet()) {
      SubjectId found = byIndex.get(entry.getKey().id() + ":" + entry.getValue());
      if (found != null) {
        subject = found;
        matchedOn.add(entry.getKey());
      }
    }
    boolean created = subject == null;
    SubjectId resolved = created ? SubjectId.random() : subject;
    indexes.forEach((kind, index) -> byIndex.putIfAbsent(kind.id() + ":" + index, resolved));
    return created ? new Resolution.Created(resolved) : new Resolution.Matched(resolved, matchedOn);
  }

  @Override
  public List<Resolution> resolveAll(String connectorId, List<Map<IndexKind, String>> page) {
    pages.incrementAndGet();
    return SubjectResolver.super.resolveAll(connectorId, page);
  }

  /** How many pages were resolved with one call. */
  public int pages() {
    return pages.get();
  }

  public int subjects() {
    return (int) byIndex.values().stream().distinct().count();
  }
}
