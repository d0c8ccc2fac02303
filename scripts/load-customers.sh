#!/usr/bin/env bash
# Load test of the customer list: the release server with its `--demo` dataset, signed in as the
# China global admin, with wrk against GET /api/v1/customers?size=100.
#
#   1. 5,000 customers per demo partner, no filter, 50 connections (the list's first page);
#   2. the one-box search (`"Field":"CompanyNameOrDomain"`, a prefix of the company name or the
#      domain) at 5,000 and at 50,000 customers: 1 connection (the latency of one request, the
#      target is p50 <= 5 ms at 50,000) and 50 connections. Each request is the next of a list of
#      prefixes as a partner types them (h, hu, hua, ..., 北, 北京, ...), so both halves of the
#      search, short and long prefixes, many and few matches, are in the mix.
# Prints p50/p99 latency and requests/s of each run, how long the server took to start (it seeds
# the customers on first start), and its peak RSS (VmHWM).
#
#   bash scripts/load-customers.sh
#
# Env: BIN (server binary; default target/server/partner-center-server, built with
# `cargo build -p partner-center-server --profile server` when missing), PORT (default 18089),
# DURATION (20s), CONNECTIONS (50), SIZE (100), CUSTOMERS (5000, the unfiltered run),
# SEARCH_CUSTOMERS ("5000 50000", the search runs).
#
# Only 127.0.0.1 is ever targeted; every run is bounded by DURATION and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${BIN:-target/server/partner-center-server}
PORT=${PORT:-18089}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-50}
SIZE=${SIZE:-100}
CUSTOMERS=${CUSTOMERS:-5000}
SEARCH_CUSTOMERS=${SEARCH_CUSTOMERS:-5000 50000}
USER_NAME=admin@fabrikam-sh.partner.onmschina.cn
PASSWORD=${PC_DEMO_PASSWORD:-Partner-Demo-2026}
BASE="http://127.0.0.1:$PORT"
URL="$BASE/api/v1/customers?size=$SIZE"

if [ ! -x "$BIN" ]; then
  echo "== building the release server ($BIN)"
  cargo build -p partner-center-server --profile server
fi
if ! command -v wrk >/dev/null 2>&1; then
  echo "== installing wrk (Debian)"; apt-get install -y wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
fi

work=$(mktemp -d)
pid=""
stop() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  pid=""
}
cleanup() {
  stop
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/dist"
summary="$work/summary.txt"
: >"$summary"
panicked=0

wait_up() {
  for _ in $(seq 1 1500); do
    if curl -fsS "$BASE/api/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "the server exited; log:"; cat "$work/server.log"; exit 1; fi
    sleep 0.1
  done
  echo "the server did not start in 150 s; log:"; cat "$work/server.log"; exit 1
}

# start N: a fresh server (new data folder) with N demo customers per demo partner, signed in.
start() {
  stop
  rm -rf "$work/data"; mkdir -p "$work/data"
  local began ended
  began=$(date +%s.%N)
  PC_RATE_LIMIT_PER_MINUTE=0 RUST_LOG=warn "$BIN" serve --data "$work/data" --dist "$work/dist" \
    --listen "127.0.0.1:$PORT" --cloud china --demo --demo-customers "$1" >"$work/server.log" 2>&1 &
  pid=$!
  wait_up
  ended=$(date +%s.%N)
  startup=$(awk -v a="$began" -v b="$ended" 'BEGIN { printf "%.1f s", b - a }')
  echo "== the server started with $1 customers per demo partner in $startup"
  echo "server start with --demo-customers $1: $startup (seeding included)" >>"$summary"
  cookie=$(curl -fsS -D - -o /dev/null -X POST "$BASE/api/v1/sessions" \
    -H 'MS-PartnerCenter-Client: load-test' -H 'Content-Type: application/json' \
    --data "{\"userName\":\"$USER_NAME\",\"password\":\"$PASSWORD\"}" \
    | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p' | head -1)
  if [ -z "$cookie" ]; then echo "sign-in failed"; exit 1; fi
  local count
  count=$(curl -fsS "$URL" -H "Cookie: $cookie" -H 'MS-PartnerCenter-Client: load-test' \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["matchCount"])')
  echo "== signed in; the partner has $count customers"
  if [ "$count" -lt "$1" ]; then echo "warning: fewer customers than asked: the bulk demo is not seeded"; fi
}

# scan_log: a panic under load is a failure even if every answer looked fine.
scan_log() {
  if grep -n 'panicked' "$work/server.log"; then echo "the server panicked under load (above)"; panicked=1; fi
}

# run LABEL CONNECTIONS [SEARCH]: wrk for DURATION; SEARCH=1 rotates through the search prefixes.
run() {
  local label=$1 connections=$2 search=${3:-}
  {
    echo "wrk.headers[\"Cookie\"] = \"$cookie\""
    echo 'wrk.headers["MS-PartnerCenter-Client"] = "load-test"'
    if [ -n "$search" ]; then
      cat <<LUA
local values = {"h", "hu", "hua", "huax", "北", "北京", "上海", "上海远", "s", "sz", "yuan", "yuanh", "深圳博雅", "b", "bo", "x", "tian", "天成", "hengtongsz0", "zz"}
local paths = {}
for i, v in ipairs(values) do
  local f = '{"Field":"CompanyNameOrDomain","Value":"' .. v .. '","Operator":"starts_with"}'
  f = f:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end)
  paths[i] = "/api/v1/customers?size=$SIZE&filter=" .. f
end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
LUA
    fi
  } >"$work/script.lua"
  echo "== $label: $connections connections for $DURATION"
  wrk -t "$(( connections < 2 ? connections : 2 ))" -c "$connections" -d "$DURATION" --latency -s "$work/script.lua" "$URL" >"$work/out.txt"
  cat "$work/out.txt" >&2
  local rps p50 p99 errors
  rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$work/out.txt")
  p50=$(awk '$1=="50%"{print $2}' "$work/out.txt")
  p99=$(awk '$1=="99%"{print $2}' "$work/out.txt")
  errors=$(grep -E 'Non-2xx|Socket errors' "$work/out.txt" || true)
  printf '%-58s p50 %-9s p99 %-9s %s req/s%s\n' "$label, $connections conn:" "$p50" "$p99" "$rps" \
    "${errors:+  ERRORS: $errors}" >>"$summary"
  scan_log
}

rss() {
  echo "  peak RSS of the server: $(awk '/VmHWM/{print $2" "$3}' "/proc/$pid/status")" >>"$summary"
}

start "$CUSTOMERS"
run "list, no filter, size=$SIZE, $CUSTOMERS customers" "$CONNECTIONS"
rss
for n in $SEARCH_CUSTOMERS; do
  [ "$n" = "$CUSTOMERS" ] || start "$n"
  run "search (name or domain), size=$SIZE, $n customers" 1 search
  run "search (name or domain), size=$SIZE, $n customers" "$CONNECTIONS" search
  [ "$n" = "$CUSTOMERS" ] || run "list, no filter, size=$SIZE, $n customers" "$CONNECTIONS"
  rss
done

echo
echo "GET /api/v1/customers, $DURATION per run (China partner; searches rotate through 20 prefixes)"
cat "$summary"
[ "$panicked" = 0 ] || exit 1
