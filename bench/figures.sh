#!/usr/bin/env bash
# Measures the alliance figures at scale: builds (or reuses) the demo with N people per alliance and their years
# of history, prints how long the build took and how many people, stays and referrals each alliance holds, then
# starts Bridgeway on that data with DEBUG logging for org.bridgeway.figures and measures with `hey`:
#   GET /figures        the dashboard, signed in as lambeth-manager (session)
#   GET /api/figures    the same figures as JSON, as lambeth-commissioner (HTTP Basic on every request, so each
#                       includes checking the password's Argon2 hash, as every API client pays)
# each for the default period (the last full quarter against the same quarter a year earlier) and for the last
# full financial year against the one before, with and without a filter (residential care services), at
# concurrency 1 and then CONCURRENCY. Under each line it prints the median time of each part Bridgeway logged
# while computing those requests' periods (pathway, day services, connections, health checks, outcomes, money,
# workforce; each request computes its period and its baseline, a commissioner's narrowed one the whole alliance's
# too), so one sees which part grows with size.
# Usage: bench/figures.sh [N]      (N defaults to 100000; builds target/bridgeway.jar first if it is missing)
# Settings: REQUESTS (default 20) per URL and concurrency; CONCURRENCY (default 4); PORT (default 18080);
#           JAR, the Bridgeway jar to run (default target/bridgeway.jar; set it to compare two builds on one data);
#           BENCH_DATA, the data folder kept between runs (default target/bench-figures-N; delete it to rebuild).
set -euo pipefail

people="${1:-100000}"
requests="${REQUESTS:-20}"
concurrency="${CONCURRENCY:-4}"
port="${PORT:-18080}"
cd "$(dirname "$0")/.."
source bench/lib.sh
jar="${JAR:-target/bridgeway.jar}"
data="$(realpath -m "${BENCH_DATA:-target/bench-figures-$people}")"
base="http://localhost:$port"

bench_prepare
# 1. The demo build, once per data folder.
bench_build_demo 'Demo data: wrote .*\|Demo data: built in .*'

# 2. Bridgeway on that data, with the figures' per-part timings logged.
bench_start --logging.level.org.bridgeway.figures=DEBUG
echo "embedded PostgreSQL on port $pgport (psql -h localhost -p $pgport -U postgres postgres)"
# The demo is written in one transaction; until autovacuum has been through the new tables the planner has no
# statistics (and can choose plans that take minutes) and their pages are not marked all-visible (so index-only
# scans visit the table), so vacuum and analyse them before measuring.
echo "vacuuming and analysing the tables ..." >&2
psql -h localhost -p "$pgport" -U postgres -d postgres -q -c "vacuum analyze"
echo "what each alliance holds:"
psql -h localhost -p "$pgport" -U postgres -d postgres -P pager=off -c "
  select a.short_name as alliance,
    (select count(*) from person p where p.alliance_id = a.id) as people,
    (select count(*) from stay s where s.alliance_id = a.id) as stays,
    (select count(distinct s.person_id) from stay s where s.alliance_id = a.id) as people_with_stays,
    (select count(*) from referral r where r.alliance_id = a.id) as referrals,
    (select count(*) from care_team_member m where m.alliance_id = a.id) as care_team_members,
    (select count(*) from health_check c where c.alliance_id = a.id) as health_checks
  from alliance a order by a.short_name"

manager="$(bench_sign_in lambeth-manager)"
residential=RESIDENTIAL_CARE

# The median of each part Bridgeway logged for the periods computed since line $1 of its log. The last two are the
# size of the caseload (a number of people, not a time) and the time of its query (logged by later builds only).
parts() {
  tail -n +"$(($1 + 1))" "$data/app.log" | grep -o 'Figures for .*' | sed -E \
    -e 's/.*pathway ([0-9]+) ms, day services ([0-9]+) ms.* money ([0-9]+) ms \(connections ([0-9]+) ms, checks ([0-9]+) ms, outcomes ([0-9]+) ms, workforce ([0-9]+) ms; all ([0-9]+) ms; caseload (.*)\).*/\1 \2 \4 \5 \6 \3 \7 \8 \9/' \
    -e 's/ of ([0-9]+) people read in ([0-9]+) ms$/ \1 \2/' \
    | awk 'NF >= 9 { n++; for (i = 1; i <= 10; i++) v[i, n] = (i <= NF ? $i : -1) }
      function med(i,   a, j, k, t) { for (j = 1; j <= n; j++) a[j] = v[i, j] + 0;
        for (j = 1; j <= n; j++) for (k = j + 1; k <= n; k++) if (a[k] < a[j]) { t = a[j]; a[j] = a[k]; a[k] = t }
        return a[int((n + 1) / 2)] }
      END { if (n) printf "    per period computed (median of %d, ms): pathway %d, day services %d, connections %d, checks %d, outcomes %d, money %d, workforce %d; all %d; caseload of %d people%s\n",
        n, med(1), med(2), med(3), med(4), med(5), med(6), med(7), med(8), med(9),
        med(10) < 0 ? "" : sprintf(", read in %d ms", med(10)) }'
}

# measure LABEL HEADER URL: warms the URL up, then times it with hey at concurrency 1 and CONCURRENCY.
measure() {
  local label="$1" header="$2" url="$3"
  local status
  status="$(bench_status "$header" "$url")"
  if [[ "$status" != 200 ]]; then
    printf '%-44s not measured: HTTP %s for %s\n' "$label" "$status" "$url"
    return
  fi
  for _ in 1 2 3; do curl -s -o /dev/null -H "$header" "$url"; done
  local c from
  for c in 1 "$concurrency"; do
    from="$(wc -l <"$data/app.log")"
    printf '%-44s c=%s: %s\n' "$label" "$c" "$(bench_hey -n "$requests" -c "$c" -H "$header" "$url")"
    parts "$from"
  done
}

# The last full financial year before the default quarter, against the one before it.
read -r fy < <(date -u -d "$(date -u +%Y-%m-01) -3 months" '+%Y %m' | awk '{ y = $1; if ($2 + 0 < 4) y--; print y - 1 }')
year="start=$fy-04-01&end=$((fy + 1))-03-31&baselineStart=$((fy - 1))-04-01&baselineEnd=$fy-03-31"
page_year="startDay=1&startMonth=4&startYear=$fy&endDay=31&endMonth=3&endYear=$((fy + 1))"
page_year="$page_year&baselineStartDay=1&baselineStartMonth=4&baselineStartYear=$((fy - 1))"
page_year="$page_year&baselineEndDay=31&baselineEndMonth=3&baselineEndYear=$fy"

echo "requests per URL: $requests, 1 and then $concurrency at a time; the financial year is $fy to $((fy + 1))"
manager="Cookie: $manager"
commissioner="$(bench_basic lambeth-commissioner)"
measure "dashboard, quarter (manager)" "$manager" "$base/figures"
measure "dashboard, quarter, residential (manager)" "$manager" "$base/figures?serviceKind=$residential"
measure "dashboard, year (manager)" "$manager" "$base/figures?$page_year"
measure "dashboard, year, residential (manager)" "$manager" "$base/figures?$page_year&serviceKind=$residential"
measure "API, quarter (commissioner)" "$commissioner" "$base/api/figures"
measure "API, quarter, residential (commissioner)" "$commissioner" "$base/api/figures?serviceKind=$residential"
measure "API, year (commissioner)" "$commissioner" "$base/api/figures?$year"
measure "API, year, residential (commissioner)" "$commissioner" "$base/api/figures?$year&serviceKind=$residential"
