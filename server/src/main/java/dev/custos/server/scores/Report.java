package dev.custos.server.scores;

import java.time.LocalDate;
import java.util.List;

/**
 * A metric over a date range (inclusive, UTC; null means unbounded), overall and per group.
 *
 * @param <T> the metric's result type
 */
public record Report<T>(
    String metric, LocalDate from, LocalDate to, List<String> groupBy, T overall, List<T> groups) {}
