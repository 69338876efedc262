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
password=bridgeway-demo
cd "$(dirname "$0")/.."
jar=target/bridgeway.jar
data="$(realpath -m "${BENCH_DATA:-target/bench-pathway-$people}")"
base="http://localhost:$port"

if ! command -v hey >/dev/null; then
  echo "hey is missing: install it with 'apt-get install hey' (Debian)" >&2
  exit 1
fi
if [[ ! -f "$jar" ]]; then
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
grep -o 'Demo data: .*pathway history.*\|Demo data: wrote .*\|Demo data: built in .*' "$data/load.log" || true
cat "$data/load-time.txt" 2>/dev/null || true

# 2. Bridgeway on that data.
env -u SPRING_DATASOURCE_URL BRIDGEWAY_DATA_DIR="$data" SERVER_PORT="$port" java -jar "$jar" \
  --bridgeway.demo.enabled=true >"$data/app.log" 2>&1 &
app=$!
cookies="$(mktemp)"
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -f "$cookies"' EXIT
for _ in $(seq 1 180); do
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
read -r person stays < <(psql -h localhost -p "$pgport" -U postgres -d postgres -tA -F ' ' -c "
  select s.person_id, count(*) from stay s join alliance a on a.id = s.alliance_id
  where a.short_name = 'lambeth' group by s.person_id order by count(*) desc, s.person_id limit 1")
echo "longest timeline: person $person with $stays stays"

# The pages need a signed-in session: read the sign-in form's CSRF token, then post the form.
csrf="$(curl -fs -c "$cookies" -b "$cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 \
  | sed -E 's/.*value="([^"]*)"/\1/')"
curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=$user" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login"
# curl writes the session's cookie, which is HttpOnly, on a line starting "#HttpOnly_": keep that one too.
session="$(sed 's/^#HttpOnly_//' "$cookies" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }')"

measure() {
  local label="$1" url="$2"
  shift 2
  local status
  status="$(curl -s -o /dev/null -w '%{http_code}' "$@" "$url")"
  if [[ "$status" != 200 ]]; then
    printf '%-28s not measured: HTTP %s for %s\n' "$label" "$status" "$url"
    return
  fi
  for _ in 1 2 3 4 5; do curl -s -o /dev/null "$@" "$url"; done
  local out
  # Redirects are not followed, so a lost session shows as 302 answers instead of the sign-in page's 200s.
  out="$(hey -n "$requests" -c "$concurrency" -disable-redirects "${hey_auth[@]}" "$url")"
  printf '%-28s %s req/s; mean %s ms; median %s ms; 95%% %s ms; 99%% %s ms; %s\n' "$label" \
    "$(awk '/Requests\/sec/ { printf "%.1f", $2 }' <<<"$out")" \
    "$(awk '/Average:/ { printf "%.0f", $2 * 1000; exit }' <<<"$out")" \
    "$(awk '/50% in/ { printf "%.0f", $3 * 1000 }' <<<"$out")" \
    "$(awk '/95% in/ { printf "%.0f", $3 * 1000 }' <<<"$out")" \
    "$(awk '/99% in/ { printf "%.0f", $3 * 1000 }' <<<"$out")" \
    "$(awk '/^ *\[[0-9]+\][ \t]+[0-9]+ responses/ { printf "%s%s %s", sep, $1, $2; sep = ", " }' <<<"$out") responses"
}

echo "requests per URL: $requests, $concurrency at a time"
hey_auth=(-H "Cookie: $session")
measure "pathway page (timeline)" "$base/people/$person/pathway" -b "$cookies"
measure "board page" "$base/pathway/board" -b "$cookies"
hey_auth=(-H "Authorization: Basic $(printf '%s:%s' "$user" "$password" | base64 -w0)")
measure "stays API (JSON)" "$base/api/people/$person/stays" -u "$user:$password"
measure "board API (JSON)" "$base/api/pathway/board" -u "$user:$password"
