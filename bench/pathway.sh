#!/usr/bin/env bash
# Measures the pathway at scale: builds (or reuses) the demo with N people per alliance and their pathway
# history, prints how long the build took, then starts Bridgeway on that data and measures with `hey`:
#   GET /people/{id}/pathway        the person with the most stays (the longest timeline), signed in (session)
#   GET /api/people/{id}/stays      the same person's stays as JSON (HTTP Basic)
#   GET /pathway/board              the capacity board (session)
#   GET /api/pathway/board          the board as JSON (HTTP Basic)
# A URL that does not answer 200 is reported and skipped (the board may not exist yet).
# Usage: bench/pathway.sh [N]      (N defaults to 100000; builds target/bridgeway.jar first if it is missing)
# Settings: REQUESTS (default 200) and CONCURRENCY (default 4) per URL; PORT (default 18080);
#           BENCH_DATA, the data folder kept between runs (default target/bench-pathway-N; delete it to rebuild).
set -euo pipefail

people="${1:-100000}"
requests="${REQUESTS:-200}"
concurrency="${CONCURRENCY:-4}"
port="${PORT:-18080}"
user=lambeth-admin
cd "$(dirname "$0")/.."
source bench/lib.sh
jar="${JAR:-target/bridgeway.jar}"
data="$(realpath -m "${BENCH_DATA:-target/bench-pathway-$people}")"
base="http://localhost:$port"

bench_prepare
# 1. The demo build, once per data folder.
bench_build_demo 'Demo data: .*pathway history.*\|Demo data: wrote .*\|Demo data: built in .*'

# 2. Bridgeway on that data.
bench_start

read -r person stays < <(bench_sql "
  select s.person_id, count(*) from stay s join alliance a on a.id = s.alliance_id
  where a.short_name = 'lambeth' group by s.person_id order by count(*) desc, s.person_id limit 1")
echo "longest timeline: person $person with $stays stays"

session="$(bench_sign_in "$user")"

measure() {
  local label="$1" header="$2" url="$3"
  local status
  status="$(bench_status "$header" "$url")"
  if [[ "$status" != 200 ]]; then
    printf '%-28s not measured: HTTP %s for %s\n' "$label" "$status" "$url"
    return
  fi
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -H "$header" "$url"; done
  printf '%-28s %s\n' "$label" "$(bench_hey -n "$requests" -c "$concurrency" -H "$header" "$url")"
}

echo "requests per URL: $requests, $concurrency at a time"
measure "pathway page (timeline)" "Cookie: $session" "$base/people/$person/pathway"
measure "board page" "Cookie: $session" "$base/pathway/board"
measure "stays API (JSON)" "$(bench_basic "$user")" "$base/api/people/$person/stays"
measure "board API (JSON)" "$(bench_basic "$user")" "$base/api/pathway/board"
