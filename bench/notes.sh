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
password=bridgeway-demo
cd "$(dirname "$0")/.."
jar=target/bridgeway.jar
data="$(realpath -m "${BENCH_DATA:-target/bench-notes-$people}")"
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
      --bridgeway.demo.enabled=true --bridgeway.demo.people-per-alliance="$people" \
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
  echo "(reusing the demo built earlier in $data)"
fi
grep -o 'Demo data: wrote .*\|Demo data: built in .*' "$data/load.log" || true
cat "$data/load-time.txt" 2>/dev/null || true

# 2. Bridgeway on that data.
env -u SPRING_DATASOURCE_URL BRIDGEWAY_DATA_DIR="$data" SERVER_PORT="$port" java -jar "$jar" \
  --bridgeway.demo.enabled=true >"$data/app.log" 2>&1 &
app=$!
jars="$(mktemp -d)"
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$jars"' EXIT
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
sql() { psql -h localhost -p "$pgport" -U postgres -d postgres -tA -F ' ' -c "$1"; }
read -r person notes < <(sql "
  select n.person_id, count(*) from note n join alliance a on a.id = n.alliance_id
  where a.short_name = 'lambeth' group by n.person_id order by count(*) desc, n.person_id limit 1")
read -r mine < <(sql "
  select count(*) from note n join user_account u on u.alliance_id = n.alliance_id and u.person_id = n.person_id
  where u.username = 'lambeth-person' and n.shared and not n.restricted")
echo "most notes: person $person with $notes notes; lambeth-person sees $mine of their own"
echo "notes in all: $(sql 'select count(*) from note'); audit entries in all: $(sql 'select count(*) from audit_event')"
last_page=$(( (notes + 19) / 20 - 1 ))

# A signed-in session for a user: read the sign-in form's CSRF token, post the form, keep the cookie.
sign_in() {
  local user="$1" cookies="$jars/$1"
  local csrf
  csrf="$(curl -fs -c "$cookies" -b "$cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 \
    | sed -E 's/.*value="([^"]*)"/\1/')"
  curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=$user" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login"
  # curl writes an HttpOnly cookie (the session's) on a line starting "#HttpOnly_": that one is wanted too.
  sed 's/^#HttpOnly_//' "$cookies" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }'
}

# hey follows a redirect to the sign-in page and counts its 200, so a lost session would pass unseen: refuse it.
signed_in() {
  if [[ -z "$2" ]]; then
    echo "Could not sign in as $1" >&2
    exit 1
  fi
}

measure() {
  local label="$1" session="$2" url="$3"
  local status
  status="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $session" "$url")"
  # A 302 here is the sign-in page: hey would follow it and count its 200.
  if [[ "$status" != 200 ]]; then
    printf '%-30s not measured: HTTP %s for %s\n' "$label" "$status" "$url"
    return
  fi
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -H "Cookie: $session" "$url"; done
  local out
  out="$(hey -n "$requests" -c "$concurrency" -H "Cookie: $session" "$url")"
  printf '%-30s %s req/s; mean %s ms; median %s ms; 95%% %s ms; 99%% %s ms; %s\n' "$label" \
    "$(awk '/Requests\/sec/ { printf "%.1f", $2 }' <<<"$out")" \
    "$(awk '/Average:/ { printf "%.0f", $2 * 1000; exit }' <<<"$out")" \
    "$(awk '/50% in/ { printf "%.0f", $3 * 1000 }' <<<"$out")" \
    "$(awk '/95% in/ { printf "%.0f", $3 * 1000 }' <<<"$out")" \
    "$(awk '/99% in/ { printf "%.0f", $3 * 1000 }' <<<"$out")" \
    "$(awk '/^ *\[[0-9]+\][ \t]+[0-9]+ responses/ { printf "%s%s %s", sep, $1, $2; sep = ", " }' <<<"$out") responses"
}

echo "requests per URL: $requests, $concurrency at a time"
admin="$(sign_in lambeth-admin)"
signed_in lambeth-admin "$admin"
measure "notes timeline, first page" "$admin" "$base/people/$person/notes"
measure "notes timeline, last page" "$admin" "$base/people/$person/notes?page=$last_page"
me="$(sign_in lambeth-person)"
signed_in lambeth-person "$me"
measure "my notes (the person)" "$me" "$base/me/notes"
measure "my record (home)" "$me" "$base/me"
measure "who has looked at my record" "$me" "$base/me/access-log"
echo "audit entries after the run: $(sql 'select count(*) from audit_event')"
