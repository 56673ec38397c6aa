/**
 * Erasure latency on PostgreSQL: the server's own erasure code, outside the container, against
 * databases holding 10k, 100k and 1M stored records. Kept apart from {@code RunAll} because it
 * needs a PostgreSQL server ({@code CUSTOS_BENCH_POSTGRES_URL}).
 */
package dev.custos.benchmarks.erasure;
