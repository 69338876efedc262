#!/usr/bin/env bash
# Times a spreadsheet import of N people (default 100,000) through the pages, as a manager would: starts
# Bridgeway on a fresh embedded database with a small demo, signs in as lambeth-manager, generates a CSV of N
# people with synthetic NHS numbers (998 000 0000 upwards, apart from the demo's 999 range), then times
#   1. the upload and check (POST /imports, then the job page until it reads "Ready to import"),
#   2. the import (POST /imports/{id}/import, then the job page until it reads "Imported"),
#   3. the same file again, checked: every row must come back unchanged.
# Usage: bench/imports.sh [N]   (builds target/bridgeway.jar first if it is missing)
# Settings: PORT (default 18083).
set -euo pipefail

rows="${1:-100000}"
port="${PORT:-18083}"
cd "$(dirname "$0")/.."
jar=target/bridgeway.jar
base="http://localhost:$port"
if [[ ! -f "$jar" ]]; then
  echo "Building $jar ..." >&2
  mvn -q -B -DskipTests package
fi

work="$(mktemp -d -t bridgeway-imports.XXXXXX)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); rows: $rows"

env -u SPRING_DATASOURCE_URL BRIDGEWAY_DATA_DIR="$work/data" SERVER_PORT="$port" java -jar "$jar" \
  --bridgeway.demo.enabled=true --bridgeway.demo.people-per-alliance=120 >"$work/app.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do
  if curl -fs -o /dev/null "$base/login"; then
    break
  fi
  if ! kill -0 "$app" 2>/dev/null; then
    cp "$work/app.log" /tmp/bridgeway-imports-failed.log
    echo "Bridgeway stopped while starting; see /tmp/bridgeway-imports-failed.log" >&2
    exit 1
  fi
  sleep 1
done

# The people: valid, distinct NHS numbers; names and dates of birth that vary.
python3 - "$rows" >"$work/people.csv" <<'PY'
import sys
rows = int(sys.argv[1])
print("nhs_number,given_name,family_name,date_of_birth,gender,postcode,funding")
given = ["Sam", "Grace", "Ada", "Tom", "Priya", "Kwame", "Olu", "Jo", "Niamh", "Wei"]
family = ["Okafor", "Adeyemi", "Lovelace", "Baker", "Patel", "Mensah", "Smith", "Byrne", "Chen", "Jones"]
prefix, written = 998_000_000, 0
while written < rows:
    nine = str(prefix)
    prefix += 1
    total = sum(int(d) * (10 - i) for i, d in enumerate(nine))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    if check == 10:
        continue
    n = written
    print(f"{nine}{check},{given[n % 10]},{family[(n // 10) % 10]},{1950 + n % 50}-{1 + n % 12:02d}-{1 + n % 28:02d},"
          f"{1 + n % 2},SW9 {1 + n % 9}AB,NHS")
    written += 1
PY
echo "file: $(du -h "$work/people.csv" | cut -f1), $(( $(wc -l <"$work/people.csv") - 1 )) rows"

cookies="$work/cookies"
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed -E 's/.*value="([^"]*)"/\1/'; }
# The demo's accounts exist once its build has finished, a little after the sign-in page first answers.
for _ in $(seq 1 300); do
  grep -q 'Demo data: built in' "$work/app.log" && break
  sleep 1
done
token="$(curl -fs -c "$cookies" -b "$cookies" "$base/login" | csrf_of)"
curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=lambeth-manager" \
  --data-urlencode "password=bridgeway-demo" --data-urlencode "_csrf=$token" "$base/login"
sed -i 's/^#HttpOnly_//' "$cookies"
if [[ "$(curl -s -o /dev/null -w '%{http_code}' -b "$cookies" "$base/imports")" != 200 ]]; then
  echo "Could not sign in as lambeth-manager" >&2
  exit 1
fi

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
# Polls the job page until its status tag reads one of the words given; prints the status.
wait_for() {
  local job="$1" status
  while true; do
    status="$(curl -fs -b "$cookies" "$base/imports/$job" | grep -o 'id="status">[^<]*' | sed 's/.*>//')"
    if [[ "$status" == "Ready to import" || "$status" == "Imported" || "$status" == "Refused" \
        || "$status" == "Not imported" ]]; then
      echo "$status"
      return
    fi
    sleep 0.2
  done
}
upload() {
  local token location
  token="$(curl -fs -b "$cookies" "$base/imports" | csrf_of)"
  location="$(curl -s -o /dev/null -w '%{redirect_url}' -b "$cookies" -F "_csrf=$token" -F "kind=people" \
    -F "file=@$work/people.csv;type=text/csv" "$base/imports")"
  basename "$location"
}
counts() {
  curl -fs -b "$cookies" "$base/imports/$1" | tr -d '\n' | grep -o 'id="\(to-create\|created\|unchanged\|refused\)">[^<]*' \
    | sed -E 's/id="([^"]*)">/\1 /' | paste -sd, -
}

started=$(now)
job="$(upload)"
echo "check: $(wait_for "$job") in $(since "$started") s (upload included); $(counts "$job")"

started=$(now)
token="$(curl -fs -b "$cookies" "$base/imports/$job" | csrf_of)"
curl -fs -o /dev/null -b "$cookies" --data-urlencode "_csrf=$token" "$base/imports/$job/import"
echo "import: $(wait_for "$job") in $(since "$started") s; $(counts "$job")"

started=$(now)
again="$(upload)"
echo "same file again, check: $(wait_for "$again") in $(since "$started") s; $(counts "$again")"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
