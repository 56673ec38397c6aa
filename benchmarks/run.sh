#!/usr/bin/env bash
# Builds and runs every benchmark: the JMH benchmarks of the privacy core (each against its
# baseline in the same run) and then the start-up benchmark. Results go to docs/benchmarks.md by
# hand, with the machine they ran on.
# Usage: benchmarks/run.sh [jmh-regex]
#        benchmarks/run.sh ingest [rows] [rounds] [per-call]   (the ingest path into PostgreSQL,
#        against a plain batched JDBC insert; PostgreSQL from CUSTOS_BENCH_POSTGRES_URL or
#        CUSTOS_TEST_POSTGRES_URL, else jdbc:postgresql://127.0.0.1:5432/test?user=postgres)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mvn -B -q package -DskipTests
if [ "${1:-}" = "ingest" ]; then
  shift
  exec "$JAVA_HOME/bin/java" -cp benchmarks/target/benchmarks.jar \
    dev.custos.benchmarks.ingest.IngestBenchmark "$@"
fi
"$JAVA_HOME/bin/java" -jar benchmarks/target/benchmarks.jar "$@"
if [ $# -eq 0 ]; then
  benchmarks/startup.sh 3
fi
