package dev.custos.server.scores;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/** Builds metric reports from the aggregates of {@link ScoreQuery}. */
@Dependent
@Transactional(Transactional.TxType.SUPPORTS)
public class ScoreReports {

  private final EntityManager em;

  @Inject
  public ScoreReports(EntityManager em) {
    this.em = em;
  }

  /** The question a report answers: which metric, grouped how, over which dates, for whom. */
  public record Request(
      Metric metric,
      List<Dimension> groupBy,
      LocalDate from,
      LocalDate to,
      Optional<Set<String>> accountScope) {}

  public Report<Scores.Nps> nps(Request request) {
    return report(request, Scores.Nps::of);
  }

  public Report<Scores.Csat> csat(Request request) {
    return report(request, Scores.Csat::of);
  }

  public Report<Scores.Ces> ces(Request request) {
    return report(request, Scores.Ces::of);
  }

  private <T> Report<T> report(Request r, BiFunction<Map<String, String>, long[], T> result) {
    ScoreQuery query = new ScoreQuery(em);
    Instant from = r.from() == null ? null : r.from().atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to =
        r.to() == null ? null : r.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    ScoreQuery.Row overall =
        query.run(r.metric(), List.of(), from, to, r.accountScope()).getFirst();
    List<T> groups =
        r.groupBy().isEmpty()
            ? List.of()
            : query.run(r.metric(), r.groupBy(), from, to, r.accountScope()).stream()
                .map(row -> result.apply(row.key(), row.aggregates()))
                .toList();
    return new Report<>(
        r.metric().name().toLowerCase(java.util.Locale.ROOT),
        r.from(),
        r.to(),
        r.groupBy().stream().map(Dimension::apiName).toList(),
        result.apply(Map.of(), overall.aggregates()),
        groups);
  }
}
