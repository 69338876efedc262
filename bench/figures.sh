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
password=bridgeway-demo
cd "$(dirname "$0")/.."
jar="${JAR:-target/bridgeway.jar}"
data="$(realpath -m "${BENCH_DATA:-target/bench-figures-$people}")"
base="http://localhost:$port"

if ! command -v hey >/dev/null; then
  echo "hey is missing: install it with 'apt-get install hey' (Debian)" >&2
  exit 1
fi
if [[ ! -f "$jar" && -z "${JAR:-}" ]]; then
  echo "Building $jar ..." >&2
  mvn -q -B -DskipTests package
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); people per alliance: $people; data: $data"

# 1. The demo build, once per data folder.
if [[ ! -d "$data/postgres" ]]; then
  mkdir -p "$data"
  echo "Building the demo with $people people per alliance ..." >&2
  started=$(date +%s.%N)
  if ! env -u SPRING_DATASOURCE_URL BRIDGEWAY_DATA_DIR="$data" SERVER_PORT=0 java -jar "$jar" \
      --bridgeway.demo.enabled=true \
      --bridgeway.demo.people-per-alliance="$people" \
      --bridgeway.demo.exit-after-load=true >"$data/load.log" 2>&1; then
    grep -m 5 -E 'ERROR|FATAL|Caused by' "$data/load.log" >&2 || true
    mv "$data" "$data.failed-$(date +%s)"
    echo "The build failed; its log is in $data.failed-*/load.log" >&2
    exit 1
  fi
  finished=$(date +%s.%N)
  awk -v a="$started" -v b="$finished" 'BEGIN { printf "whole run (start JVM and database, build, stop): %.1f s\n", b - a }' \
    >"$data/load-time.txt"
else
  echo "(reusing the demo built earlier in $data; its build figures follow)"
fi
grep -o 'Demo data: wrote .*\|Demo data: built in .*' "$data/load.log" || true
cat "$data/load-time.txt" 2>/dev/null || true

# 2. Bridgeway on that data, with the figures' per-part timings logged.
env -u SPRING_DATASOURCE_URL BRIDGEWAY_DATA_DIR="$data" SERVER_PORT="$port" java -jar "$jar" \
  --bridgeway.demo.enabled=true --logging.level.org.bridgeway.figures=DEBUG >"$data/app.log" 2>&1 &
app=$!
jars="$(mktemp -d)"
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$jars"' EXIT
for _ in $(seq 1 300); do
  if curl -fs -o /dev/null "$base/login"; then
    break
  fi
  if ! kill -0 "$app" 2>/dev/null; then
    echo "Bridgeway stopped while starting; see $data/app.log" >&2
    exit 1
  fi
  sleep 1
done

pgport="$(sed -n 4p "$data/postgres/postmaster.pid")"
echo "embedded PostgreSQL on port $pgport (psql -h localhost -p $pgport -U postgres postgres)"
# The demo is written in one transaction; until autovacuum has analysed the new tables the planner has no
# statistics and can choose plans that take minutes, so analyse them before measuring.
echo "analysing the tables ..." >&2
psql -h localhost -p "$pgport" -U postgres -d postgres -q -c "analyze"
echo "what each alliance holds:"
psql -h localhost -p "$pgport" -U postgres -d postgres -P pager=off -c "
  select a.short_name as alliance,
    (select count(*) from person p where p.alliance_id = a.id) as people,
    (select count(*) from stay s where s.alliance_id = a.id) as stays,
    (select count(distinct s.person_id) from stay s where s.alliance_id = a.id) as people_with_stays,
    (select count(*) from referral r where r.alliance_id = a.id) as referrals,
    (select count(*) from care_team_member m where m.alliance_id = a.id) as care_team_members
  from alliance a order by a.short_name"

# Signs in with the form (reading its CSRF token) and prints the session's Cookie header.
sign_in() {
  local user="$1" cookies="$jars/$1"
  local csrf
  csrf="$(curl -fs -c "$cookies" -b "$cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 \
    | sed -E 's/.*value="([^"]*)"/\1/')"
  curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=$user" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login"
  # curl writes the session's cookie, which is HttpOnly, on a line starting "#HttpOnly_": keep that one too.
  sed 's/^#HttpOnly_//' "$cookies" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }'
}
manager="$(sign_in lambeth-manager)"
residential=RESIDENTIAL_CARE

basic() {
  printf 'Authorization: Basic %s' "$(printf '%s:%s' "$1" "$password" | base64 -w0)"
}

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
  status="$(curl -s --max-time 300 -o /dev/null -w '%{http_code}' -H "$header" "$url")"
  if [[ "$status" != 200 ]]; then
    printf '%-44s not measured: HTTP %s for %s\n' "$label" "$status" "$url"
    return
  fi
  for _ in 1 2 3; do curl -s -o /dev/null -H "$header" "$url"; done
  local c out from
  for c in 1 "$concurrency"; do
    from="$(wc -l <"$data/app.log")"
    # Redirects are not followed, so a lost session shows as 302 answers instead of the sign-in page's 200s.
    out="$(hey -n "$requests" -c "$c" -disable-redirects -H "$header" "$url")"
    printf '%-44s c=%s: %s req/s; mean %s ms; median %s ms; 95%% %s ms; 99%% %s ms; %s; load %s\n' "$label" "$c" \
      "$(awk '/Requests\/sec/ { printf "%.1f", $2 }' <<<"$out")" \
      "$(awk '/Average:/ { printf "%.0f", $2 * 1000; exit }' <<<"$out")" \
      "$(awk '/50% in/ { printf "%.0f", $3 * 1000 }' <<<"$out")" \
      "$(awk '/95% in/ { printf "%.0f", $3 * 1000 }' <<<"$out")" \
      "$(awk '/99% in/ { printf "%.0f", $3 * 1000 }' <<<"$out")" \
      "$(awk '/^ *\[[0-9]+\][ \t]+[0-9]+ responses/ { printf "%s%s %s", sep, $1, $2; sep = ", " }' <<<"$out") responses" \
      "$(cut -d' ' -f1 /proc/loadavg)"
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
commissioner="$(basic lambeth-commissioner)"
measure "dashboard, quarter (manager)" "$manager" "$base/figures"
measure "dashboard, quarter, residential (manager)" "$manager" "$base/figures?serviceKind=$residential"
measure "dashboard, year (manager)" "$manager" "$base/figures?$page_year"
measure "dashboard, year, residential (manager)" "$manager" "$base/figures?$page_year&serviceKind=$residential"
measure "API, quarter (commissioner)" "$commissioner" "$base/api/figures"
measure "API, quarter, residential (commissioner)" "$commissioner" "$base/api/figures?serviceKind=$residential"
measure "API, year (commissioner)" "$commissioner" "$base/api/figures?$year"
measure "API, year, residential (commissioner)" "$commissioner" "$base/api/figures?$year&serviceKind=$residential"
