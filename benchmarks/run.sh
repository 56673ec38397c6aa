#!/usr/bin/env bash
# Builds and runs every benchmark: the JMH benchmarks of the privacy core (each against its
# baseline in the same run) and then the start-up benchmark. Results go to docs/benchmarks.md by
# hand, with the machine they ran on. Usage: benchmarks/run.sh [jmh-regex]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mvn -B -q package -DskipTests
"$JAVA_HOME/bin/java" -jar benchmarks/target/benchmarks.jar "$@"
if [ $# -eq 0 ]; then
  benchmarks/startup.sh 3
fi
