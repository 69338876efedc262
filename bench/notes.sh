#!/usr/bin/env bash
# Measures the notes at scale: builds (or reuses) the demo with N people per alliance, then starts Bridgeway on
# that data and measures with `hey`, each on a signed-in session:
#   GET /people/{id}/notes           the first page of the timeline of the person with most notes (lambeth-admin)
#   GET /people/{id}/notes?page=L    the same timeline's last page, its oldest notes
#   GET /me/notes                    the featured person's own notes (lambeth-person)
#   GET /me                          the person's home, which counts the notes new since they last read them
#   GET /me/access-log               who has looked at their record, computed from the audit trail
# A URL that does not answer 200 is reported and skipped.
# Usage: bench/notes.sh [N]      (N defaults to 100000; builds target/bridgeway.jar first if it is missing)
# Settings: REQUESTS (default 200) and CONCURRENCY (default 4) per URL; PORT (default 18081);
#           BENCH_DATA, the data folder kept between runs (default target/bench-notes-N; delete it to rebuild).
set -euo pipefail

people="${1:-100000}"
requests="${REQUESTS:-200}"
concurrency="${CONCURRENCY:-4}"
port="${PORT:-18081}"
cd "$(dirname "$0")/.."
source bench/lib.sh
jar="${JAR:-target/bridgeway.jar}"
data="$(realpath -m "${BENCH_DATA:-target/bench-notes-$people}")"
base="http://localhost:$port"

bench_prepare
# 1. The demo build, once per data folder.
bench_build_demo 'Demo data: wrote .*\|Demo data: built in .*'

# 2. Bridgeway on that data.
bench_start

sql() { bench_sql "$1"; }
read -r person notes < <(sql "
  select n.person_id, count(*) from note n join alliance a on a.id = n.alliance_id
  where a.short_name = 'lambeth' group by n.person_id order by count(*) desc, n.person_id limit 1")
read -r mine < <(sql "
  select count(*) from note n join user_account u on u.alliance_id = n.alliance_id and u.person_id = n.person_id
  where u.username = 'lambeth-person' and n.shared and not n.restricted")
echo "most notes: person $person with $notes notes; lambeth-person sees $mine of their own"
echo "notes in all: $(sql 'select count(*) from note'); audit entries in all: $(sql 'select count(*) from audit_event')"
last_page=$(( (notes + 19) / 20 - 1 ))

measure() {
  local label="$1" session="$2" url="$3"
  local status
  status="$(bench_status "Cookie: $session" "$url")"
  # A 302 here is the sign-in page: hey would follow it and count its 200.
  if [[ "$status" != 200 ]]; then
    printf '%-30s not measured: HTTP %s for %s\n' "$label" "$status" "$url"
    return
  fi
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -H "Cookie: $session" "$url"; done
  printf '%-30s %s\n' "$label" "$(bench_hey -n "$requests" -c "$concurrency" -H "Cookie: $session" "$url")"
}

echo "requests per URL: $requests, $concurrency at a time"
admin="$(bench_sign_in lambeth-admin)"
measure "notes timeline, first page" "$admin" "$base/people/$person/notes"
measure "notes timeline, last page" "$admin" "$base/people/$person/notes?page=$last_page"
me="$(bench_sign_in lambeth-person)"
measure "my notes (the person)" "$me" "$base/me/notes"
measure "my record (home)" "$me" "$base/me"
measure "who has looked at my record" "$me" "$base/me/access-log"
echo "audit entries after the run: $(sql 'select count(*) from audit_event')"
