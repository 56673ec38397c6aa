/**
 * JMH benchmarks. Every benchmark class measures its subject against a {@code baseline} method in
 * the same run (for example raw JDK AES-GCM next to Custos field encryption), and {@link
 * dev.custos.benchmarks.RunAll} prints each result as a ratio to that baseline, which is what stays
 * comparable across machines.
 */
package dev.custos.benchmarks;
