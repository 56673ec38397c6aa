#!/usr/bin/env bash
# Start-up to ready of Custos against a baseline in the same run: Payara Micro deploying an empty
# web application. Each round runs the baseline, a first start of Custos (empty data directory:
# migrations, keys, first administrator) and a restart (same data directory), interleaved so that
# machine load affects all three alike. Prints the medians and the ratios to the baseline.
#
# Usage: benchmarks/startup.sh [rounds]   (default 3; needs `mvn package -DskipTests` first)
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${1:-3}
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
DIST=installer/target/custos/lib
PAYARA="$DIST/payara-micro.jar"
WAR="$DIST/custos.war"
[ -f "$PAYARA" ] && [ -f "$WAR" ] || { echo "Build first: mvn package -DskipTests" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The baseline: an application with nothing in it but a page.
mkdir -p "$WORK/empty/WEB-INF"
echo '<html><body>empty</body></html>' > "$WORK/empty/index.html"
cat > "$WORK/empty/WEB-INF/web.xml" <<'XML'
<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.1"/>
XML
(cd "$WORK/empty" && "${JAVA%/java}/jar" cf "$WORK/empty.war" .)


# Prints the milliseconds from process start until /health/ready answers 200.
ready_ms() {
  local war=$1 data=$2 port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  local start end pid
  start=$(date +%s%N)
  "$JAVA" -Dcustos.data.dir="$data" -jar "$PAYARA" --deploy "$war" --port "$port" --nocluster \
    --rootdir "$WORK/root-$port" > "$WORK/log-$port" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "server died; log: $WORK/log-$port" >&2; tail -20 "$WORK/log-$port" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

: > "$WORK/base"; : > "$WORK/first"; : > "$WORK/restart"
for round in $(seq 1 "$ROUNDS"); do
  ready_ms "$WORK/empty.war" "$WORK/unused" >> "$WORK/base"
  rm -rf "$WORK/data"
  ready_ms "$WAR" "$WORK/data" >> "$WORK/first"
  ready_ms "$WAR" "$WORK/data" >> "$WORK/restart"
  echo "round $round: baseline $(tail -1 "$WORK/base") ms, first start $(tail -1 "$WORK/first") ms, restart $(tail -1 "$WORK/restart") ms" >&2
done

base=$(median < "$WORK/base"); first=$(median < "$WORK/first"); restart=$(median < "$WORK/restart")
echo "| measurement (median of $ROUNDS) | ms | ratio to baseline |"
echo "|---|---|---|"
echo "| Payara Micro, empty application (baseline) | $base | 1.00 |"
awk -v b="$base" -v f="$first" -v r="$restart" 'BEGIN {
  printf "| Custos, first start (empty data directory) | %d | %.2f |\n", f, f / b
  printf "| Custos, restart (existing data directory) | %d | %.2f |\n", r, r / b }'
