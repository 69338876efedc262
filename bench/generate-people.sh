#!/usr/bin/env bash
# Times the demo data generator: builds the two demo alliances with N people each on a fresh embedded
# database, then prints how long writing the people took (from the generator's own log line).
# Usage: bench/generate-people.sh N    (builds target/bridgeway.jar first if it is missing)
set -euo pipefail

people="${1:?Give the number of people per alliance, for example: bench/generate-people.sh 10000}"
cd "$(dirname "$0")/.."
jar=target/bridgeway.jar
if [[ ! -f "$jar" ]]; then
  echo "Building $jar ..." >&2
  mvn -q -B -DskipTests package
fi

data="$(mktemp -d -t bridgeway-bench.XXXXXX)"
trap 'rm -rf "$data"' EXIT
log="$data/run.log"

started=$(date +%s.%N)
if ! env -u SPRING_DATASOURCE_URL BRIDGEWAY_DATA_DIR="$data" SERVER_PORT=0 java -jar "$jar" \
    --bridgeway.demo.enabled=true \
    --bridgeway.demo.people-per-alliance="$people" \
    --bridgeway.demo.exit-after-load=true >"$log" 2>&1; then
  kept="${TMPDIR:-/tmp}/bridgeway-bench-failed.log"
  cp "$log" "$kept"
  grep -m 5 -E 'ERROR|FATAL|Caused by' "$log" >&2 || true
  echo "The generator failed; its whole log is in $kept" >&2
  exit 1
fi
finished=$(date +%s.%N)

line="$(grep -o 'Demo data: wrote .*' "$log" | tail -n 1)"
if [[ -z "$line" ]]; then
  echo "The log has no 'Demo data: wrote' line: was the database empty?" >&2
  exit 1
fi
built="$(grep -o 'Demo data: built in [0-9.]* s' "$log" | grep -o '[0-9.]* s')"
echo "$line"
echo "people per alliance: $people"
echo "people written (both alliances): $(sed -E 's/.*wrote ([0-9]+) people.*/\1/' <<<"$line")"
echo "people generation: $(sed -E 's/.* in ([0-9.]+) s,.*/\1/' <<<"$line") s"
echo "whole demo build (set-up, accounts, people): $built"
echo "whole run (start JVM and database, build, stop): $(awk -v a="$started" -v b="$finished" 'BEGIN { printf "%.1f", b - a }') s"
