#!/usr/bin/env bash
# Measures the FHIR API's writing and searching: builds the jar (if missing), starts Bridgeway with the demo on a
# fresh data folder, registers an API client for the Lambeth-like alliance on the administrator's page (as
# lambeth-admin) and calls with its OAuth 2.0 bearer tokens (AUTH=basic: HTTP Basic as lambeth-admin instead, which
# checks the Argon2 password hash on every request), then
#   1. posts P Patients (valid NHS numbers, conditional create on them) in transaction bundles of B, one at a time;
#   2. posts, for each patient, one transaction bundle of one EpisodeOfCare (a stay in SERVICE) and five
#      Encounters (contacts), CLIENTS bundles at a time;
#   3. times S searches of Patient by NHS number (each a different person): one at a time with curl, and with
#      16 connections at once with wrk for DURATION;
#   4. the same for Encounter by patient, when GET /fhir/Encounter?patient= answers 200 (otherwise says so).
# Resources a second in = resources written / wall-clock seconds of the posting, responses checked for refusals.
# Usage: bench/fhir.sh        Settings: AUTH (token), P (2000), B (100), S (1000), CLIENTS (4), DURATION (10s), PORT (18080),
#        DEMO_PEOPLE (120 per alliance), SERVICE ("Brixton creative hub", a Lambeth day service with no capacity).
set -euo pipefail

auth_kind="${AUTH:-token}"
patients="${P:-2000}"
per_bundle="${B:-100}"
searches="${S:-1000}"
clients="${CLIENTS:-4}"
duration="${DURATION:-10s}"
port="${PORT:-18080}"
demo_people="${DEMO_PEOPLE:-120}"
service="${SERVICE:-Brixton creative hub}"
user=lambeth-admin
password=bridgeway-demo
cd "$(dirname "$0")/.."
jar=target/bridgeway.jar
data="$(realpath -m target/bench-fhir)"
base="http://localhost:$port/fhir"
work="$(mktemp -d)"

for tool in curl jq wrk python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "$tool is missing: install it (apt-get install -y $tool)" >&2
    exit 1
  fi
done
if [[ ! -f "$jar" ]]; then
  echo "Building $jar ..." >&2
  mvn -q -B -DskipTests package
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); patients: $patients in bundles of $per_bundle; demo people per alliance: $demo_people"

rm -rf "$data"
mkdir -p "$data"
env -u SPRING_DATASOURCE_URL BRIDGEWAY_DATA_DIR="$data" SERVER_PORT="$port" java -jar "$jar" \
  --bridgeway.demo.enabled=true --bridgeway.demo.people-per-alliance="$demo_people" >"$data/app.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do
  if curl -fs -o /dev/null "$base/metadata"; then
    break
  fi
  if ! kill -0 "$app" 2>/dev/null; then
    echo "Bridgeway stopped while starting; see $data/app.log" >&2
    exit 1
  fi
  sleep 1
done
# The server answers before the demo is written (the demo's accounts with it): wait for the demo too.
for _ in $(seq 1 600); do
  if grep -q 'Demo data: built in\|Demo data: the installation already has' "$data/app.log"; then
    break
  fi
  sleep 1
done
site="http://localhost:$port"
if [[ "$auth_kind" == token ]]; then
  # Register a client with read and write scopes on the administrator's page; its secret is shown once there.
  jar_file="$work/cookies"
  csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed -E 's/.*value="([^"]*)"/\1/'; }
  csrf="$(curl -fs -c "$jar_file" -b "$jar_file" "$site/login" | csrf_of)"
  curl -fs -o /dev/null -c "$jar_file" -b "$jar_file" --data-urlencode "username=$user" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$site/login"
  csrf="$(curl -fs -c "$jar_file" -b "$jar_file" "$site/admin/api-clients/new" | csrf_of)"
  page="$(curl -fsL -c "$jar_file" -b "$jar_file" --data-urlencode "name=Benchmark partner system" \
    --data-urlencode "scopes=system/*.read" --data-urlencode "scopes=system/*.write" \
    --data-urlencode "_csrf=$csrf" "$site/admin/api-clients")"
  client_id="$(grep -o '<code id="client-id">[^<]*' <<<"$page" | sed 's/.*>//')"
  client_secret="$(grep -o '<code id="client-secret">[^<]*' <<<"$page" | sed 's/.*>//')"
  if [[ -z "$client_id" || -z "$client_secret" ]]; then
    echo "Could not register an API client; see $data/app.log" >&2
    exit 1
  fi
fi
# Sets the header every call sends: a fresh token (they last five minutes, so each step takes a new one) or Basic.
authorise() {
  if [[ "$auth_kind" == token ]]; then
    local token
    token="$(curl -fs -u "$client_id:$client_secret" -d grant_type=client_credentials "$site/oauth2/token" \
      | jq -r .access_token)"
    header="Authorization: Bearer $token"
  else
    header="Authorization: Basic $(printf '%s:%s' "$user" "$password" | base64 -w0)"
  fi
}
authorise
echo "calling with: $auth_kind"

post() {
  curl -s -o "$2" -w '%{http_code}\n' -H "$header" -H 'Content-Type: application/fhir+json' \
    --data-binary "@$1" "$base"
}

# 1. Patients, in bundles: NHS numbers from 480 000 000 on, with their Modulus 11 check digit.
python3 - "$work" "$patients" "$per_bundle" <<'PY'
import json, sys, uuid
work, total, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def nhs():
    n = 480000000
    while True:
        digits = str(n)
        check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(digits)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            yield digits + str(check)
        n += 1
numbers = nhs()
with open(f"{work}/nhs.txt", "w") as listing:
    for b in range(0, total, size):
        entries = []
        for i in range(b, min(b + size, total)):
            number = next(numbers)
            listing.write(number + "\n")
            entries.append({"fullUrl": f"urn:uuid:{uuid.uuid4()}", "resource": {
                "resourceType": "Patient",
                "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": number}],
                "name": [{"use": "official", "family": f"Bench{i}", "given": ["Pat"]}],
                "gender": "female" if i % 2 else "male",
                "birthDate": f"{1950 + i % 50}-{1 + i % 12:02d}-{1 + i % 28:02d}"},
                "request": {"method": "POST", "url": "Patient",
                            "ifNoneExist": f"identifier=https://fhir.nhs.uk/Id/nhs-number|{number}"}})
        json.dump({"resourceType": "Bundle", "type": "transaction", "entry": entries},
                  open(f"{work}/patients-{b // size:05d}.json", "w"))
PY
started=$(date +%s.%N)
for bundle in "$work"/patients-*.json; do
  status="$(post "$bundle" "$bundle.out")"
  if [[ "$status" != 200 ]]; then
    echo "A Patient bundle was refused (HTTP $status):" >&2
    head -c 600 "$bundle.out" >&2
    exit 1
  fi
done
finished=$(date +%s.%N)
jq -r '.entry[].response.location' "$work"/patients-*.json.out | cut -d/ -f2 >"$work/ids.txt"
awk -v n="$patients" -v a="$started" -v b="$finished" \
  'BEGIN { printf "Patients in:            %d in %.1f s, %.0f resources a second (one bundle at a time)\n", n, b - a, n / (b - a) }'

# 2. Per patient, one stay and five contacts.
python3 - "$work" "$service" <<'PY'
import json, sys, uuid
work, service = sys.argv[1], sys.argv[2]
ids = open(f"{work}/ids.txt").read().split()
for n, pid in enumerate(ids):
    episode = f"urn:uuid:{uuid.uuid4()}"
    entries = [{"fullUrl": episode, "resource": {
        "resourceType": "EpisodeOfCare", "status": "active",
        "identifier": [{"system": "https://bench.example/episode", "value": pid}],
        "type": [{"text": service}], "patient": {"reference": f"Patient/{pid}"},
        "period": {"start": f"2025-{1 + n % 12:02d}-01"}},
        "request": {"method": "POST", "url": "EpisodeOfCare",
                    "ifNoneExist": f"identifier=https://bench.example/episode|{pid}"}}]
    for k in range(5):
        day = f"2025-{1 + (n + k) % 12:02d}-{10 + k:02d}"
        entries.append({"fullUrl": f"urn:uuid:{uuid.uuid4()}", "resource": {
            "resourceType": "Encounter", "status": "finished",
            "identifier": [{"system": "https://bench.example/contact", "value": f"{pid}-{k}"}],
            "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
            "type": [{"text": f"Key work session {k + 1}"}], "subject": {"reference": f"Patient/{pid}"},
            "episodeOfCare": [{"reference": episode}],
            "period": {"start": f"{day}T10:00:00Z", "end": f"{day}T10:50:00Z"}},
            "request": {"method": "POST", "url": "Encounter",
                        "ifNoneExist": f"identifier=https://bench.example/contact|{pid}-{k}"}})
    json.dump({"resourceType": "Bundle", "type": "transaction", "entry": entries},
              open(f"{work}/care-{n:05d}.json", "w"))
PY
authorise
export base work header
started=$(date +%s.%N)
find "$work" -name 'care-*.json' | sort | xargs -P "$clients" -I{} bash -c \
  'curl -s -o {}.out -w "%{http_code}\n" -H "$header" -H "Content-Type: application/fhir+json" --data-binary @{} "$base"' \
  >"$work/care-statuses.txt"
finished=$(date +%s.%N)
written=$(( $(wc -l <"$work/ids.txt") * 6 ))
refused=$(grep -vc '^200$' "$work/care-statuses.txt" || true)
awk -v n="$written" -v a="$started" -v b="$finished" -v c="$clients" -v r="$refused" \
  'BEGIN { printf "Stays and contacts in:  %d in %.1f s, %.0f resources a second (%d bundles at a time); %d bundles refused\n", n, b - a, n / (b - a), c, r }'

# 3 and 4. Searches: one at a time with curl, and 16 connections at once with wrk.
sequential() {
  local label="$1" list="$2" prefix="$3"
  authorise
  head -n "$searches" "$list" | while read -r key; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "$header" "$base/$prefix$key"
  done >"$work/times.txt"
  sort -k2 -n "$work/times.txt" | awk -v label="$label" '
    { t[NR] = $2; sum += $2; if ($1 != 200) bad++ }
    END { printf "%-30s one at a time: %d searches, %.0f a second; median %.1f ms; 99%% %.1f ms; %d not 200\n",
          label, NR, NR / sum, t[int(NR * 0.5)] * 1000, t[int(NR * 0.99)] * 1000, bad }'
}
concurrent() {
  local label="$1" list="$2" prefix="$3"
  authorise
  head -n "$searches" "$list" >"$work/keys.txt"
  cat >"$work/search.lua" <<LUA
keys = {}
for line in io.lines("$work/keys.txt") do keys[#keys + 1] = line end
n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/fhir/$prefix" .. keys[(n % #keys) + 1], { ["Authorization"] = "$(cut -d' ' -f2- <<<"$header")" })
end
LUA
  local out
  out="$(wrk -t2 -c16 -d"$duration" --latency -s "$work/search.lua" "http://localhost:$port")"
  printf '%-30s 16 connections: %s a second; median %s; 99%% %s; %s\n' "$label" \
    "$(awk '/Requests\/sec/ { print $2 }' <<<"$out")" "$(awk '$1 == "50%" { print $2 }' <<<"$out")" \
    "$(awk '$1 == "99%" { print $2 }' <<<"$out")" \
    "$( (grep -E 'Non-2xx|Socket errors' <<<"$out" || echo 'all 2xx') | tr '\n' ' ')"
}
sequential "Patient by NHS number" "$work/nhs.txt" "Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C"
concurrent "Patient by NHS number" "$work/nhs.txt" "Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C"
first="$(head -n 1 "$work/ids.txt")"
authorise
status="$(curl -s -o /dev/null -w '%{http_code}' -H "$header" "$base/Encounter?patient=$first")"
if [[ "$status" == 200 ]]; then
  sequential "Encounter by patient" "$work/ids.txt" "Encounter?patient="
  concurrent "Encounter by patient" "$work/ids.txt" "Encounter?patient="
else
  echo "Encounter by patient:          not measured: GET /fhir/Encounter?patient= answers HTTP $status"
fi
