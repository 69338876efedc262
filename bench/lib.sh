# The steps every benchmark here repeats, sourced by figures.sh, pathway.sh and notes.sh (not run by itself):
# build the jar if it is missing, build the demo once on a data folder that is kept, start Bridgeway on it and
# wait until it answers, sign in with the form, and run `hey` and print its figures with the load average.
# Each script sets, before calling these: people, port, jar, data and base (the URL of the running Bridgeway).

bench_password=bridgeway-demo

# Stops unless hey is installed; builds the jar if it is missing (unless JAR named another one).
bench_prepare() {
  if ! command -v hey >/dev/null; then
    echo "hey is missing: install it with 'apt-get install hey' (Debian)" >&2
    exit 1
  fi
  if [[ ! -f "$jar" && -z "${JAR:-}" ]]; then
    echo "Building $jar ..." >&2
    mvn -q -B -DskipTests package
  fi
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load average $(bench_load 3)"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); people per alliance: $people; data: $data"
}

# The load average: the 1-minute figure, or with 3 the 1, 5 and 15-minute figures.
bench_load() {
  cut -d' ' -f"1-${1:-1}" /proc/loadavg
}

# Builds the demo with $people people per alliance on $data, once per data folder, and prints the lines of the
# build's log that match the pattern given, then the whole build's time.
bench_build_demo() {
  local lines="$1"
  if [[ ! -d "$data/postgres" ]]; then
    mkdir -p "$data"
    echo "Building the demo with $people people per alliance ..." >&2
    local started finished
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
    awk -v a="$started" -v b="$finished" \
      'BEGIN { printf "whole run (start JVM and database, build, stop): %.1f s (load %s)\n", b - a, ARGV[1] }' \
      "$(bench_load)" >"$data/load-time.txt"
  else
    echo "(reusing the demo built earlier in $data; its build figures follow)"
  fi
  grep -o "$lines" "$data/load.log" || true
  cat "$data/load-time.txt" 2>/dev/null || true
}

# Starts Bridgeway on $data at $port with the arguments given (its log in $data/app.log), stops it when the
# script ends, waits until its sign-in page answers, and sets pgport to its embedded PostgreSQL's port.
bench_start() {
  env -u SPRING_DATASOURCE_URL BRIDGEWAY_DATA_DIR="$data" SERVER_PORT="$port" java -jar "$jar" \
    --bridgeway.demo.enabled=true "$@" >"$data/app.log" 2>&1 &
  bench_app=$!
  bench_jars="$(mktemp -d)"
  trap 'kill "$bench_app" 2>/dev/null || true; wait "$bench_app" 2>/dev/null || true; rm -rf "$bench_jars"' EXIT
  local _
  for _ in $(seq 1 300); do
    if curl -fs -o /dev/null "$base/login"; then
      break
    fi
    if ! kill -0 "$bench_app" 2>/dev/null; then
      echo "Bridgeway stopped while starting; see $data/app.log" >&2
      exit 1
    fi
    sleep 1
  done
  pgport="$(sed -n 4p "$data/postgres/postmaster.pid")"
}

# One SQL statement on the embedded database, unaligned, fields separated by a space.
bench_sql() {
  psql -h localhost -p "$pgport" -U postgres -d postgres -tA -F ' ' -c "$1"
}

# Signs in with the form (reading its CSRF token) and prints the session's Cookie value; stops if it fails,
# since hey would otherwise follow the redirect to the sign-in page and count its answers as the page's.
bench_sign_in() {
  local user="$1" cookies="$bench_jars/$1"
  local csrf session
  csrf="$(curl -fs -c "$cookies" -b "$cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 \
    | sed -E 's/.*value="([^"]*)"/\1/')"
  curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=$user" \
    --data-urlencode "password=$bench_password" --data-urlencode "_csrf=$csrf" "$base/login"
  # curl writes the session's cookie, which is HttpOnly, on a line starting "#HttpOnly_": keep that one too.
  session="$(sed 's/^#HttpOnly_//' "$cookies" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }')"
  if [[ -z "$session" ]]; then
    echo "Could not sign in as $user" >&2
    exit 1
  fi
  printf '%s' "$session"
}

# The header of HTTP Basic for a demo user.
bench_basic() {
  printf 'Authorization: Basic %s' "$(printf '%s:%s' "$1" "$bench_password" | base64 -w0)"
}

# The status of one GET with the header given.
bench_status() {
  curl -s --max-time 300 -o /dev/null -w '%{http_code}' -H "$1" "$2"
}

# Runs hey with the arguments given (redirects not followed, so a lost session shows as 302 answers instead of
# the sign-in page's 200s) and prints: requests a second, mean, median, 95th and 99th percentile in ms, the
# answers' status codes, and the load average when it ended.
bench_hey() {
  local out
  out="$(hey -disable-redirects "$@")"
  printf '%s req/s; mean %s ms; median %s ms; 95%% %s ms; 99%% %s ms; %s responses; load %s\n' \
    "$(awk '/Requests\/sec/ { printf "%.1f", $2 }' <<<"$out")" \
    "$(awk '/Average:/ { printf "%.0f", $2 * 1000; exit }' <<<"$out")" \
    "$(awk '/50% in/ { printf "%.0f", $3 * 1000 }' <<<"$out")" \
    "$(awk '/95% in/ { printf "%.0f", $3 * 1000 }' <<<"$out")" \
    "$(awk '/99% in/ { printf "%.0f", $3 * 1000 }' <<<"$out")" \
    "$(awk '/^ *\[[0-9]+\][ \t]+[0-9]+ responses/ { printf "%s%s %s", sep, $1, $2; sep = ", " }' <<<"$out")" \
    "$(bench_load)"
}
