#!/usr/bin/env bash
# Load test of the customer list: the release server with 5,000 customers per demo partner,
# 50 connections for 20 s against GET /api/v1/customers?size=100 (signed in as the China global
# admin). Prints p50/p99 latency, requests/s and the server's peak RSS (VmHWM).
#
#   bash scripts/load-customers.sh
#
# Env: BIN (server binary; default target/server/partner-center-server, built with
# `cargo build -p partner-center-server --profile server` when missing), PORT (default 18089),
# DURATION (20s), CONNECTIONS (50), SIZE (100), CUSTOMERS (5000).
#
# The data is the server's own `--demo` dataset.
# Only 127.0.0.1 is ever targeted; the run is bounded by DURATION and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${BIN:-target/server/partner-center-server}
PORT=${PORT:-18089}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-50}
SIZE=${SIZE:-100}
CUSTOMERS=${CUSTOMERS:-5000}
USER_NAME=admin@fabrikam-sh.partner.onmschina.cn
PASSWORD=${PC_DEMO_PASSWORD:-Partner-Demo-2026}
BASE="http://127.0.0.1:$PORT"
URL="$BASE/api/v1/customers?size=$SIZE"

if [ ! -x "$BIN" ]; then
  echo "== building the release server ($BIN)"
  cargo build -p partner-center-server --profile server
fi

work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/data" "$work/dist"

wait_up() {
  for _ in $(seq 1 100); do
    if curl -fsS "$BASE/api/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "the server exited; log:"; cat "$work/server.log"; exit 1; fi
    sleep 0.2
  done
  echo "the server did not start; log:"; cat "$work/server.log"; exit 1
}

start() {
  PC_RATE_LIMIT_PER_MINUTE=0 RUST_LOG=warn "$BIN" serve --data "$work/data" --dist "$work/dist" \
    --listen "127.0.0.1:$PORT" --cloud china "$@" >"$work/server.log" 2>&1 &
  pid=$!
  wait_up
}

echo "== starting the server with --demo ($CUSTOMERS customers per demo partner)"
start --demo --demo-customers "$CUSTOMERS"

cookie=$(curl -fsS -D - -o /dev/null -X POST "$BASE/api/v1/sessions" \
  -H 'MS-PartnerCenter-Client: load-test' -H 'Content-Type: application/json' \
  --data "{\"userName\":\"$USER_NAME\",\"password\":\"$PASSWORD\"}" \
  | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p' | head -1)
if [ -z "$cookie" ]; then echo "sign-in failed"; exit 1; fi
count=$(curl -fsS "$URL" -H "Cookie: $cookie" -H 'MS-PartnerCenter-Client: load-test' | python3 -c 'import json,sys; print(json.load(sys.stdin)["totalCount"])')
echo "== signed in; a page has $count customers"
if [ "$count" -lt "$SIZE" ]; then echo "warning: fewer customers than a page: the bulk demo is not seeded"; fi

echo "== $CONNECTIONS connections for $DURATION against GET /api/v1/customers?size=$SIZE"
if command -v oha >/dev/null 2>&1; then
  oha --no-tui -z "$DURATION" -c "$CONNECTIONS" -H "Cookie: $cookie" -H 'MS-PartnerCenter-Client: load-test' "$URL" >"$work/out.txt"
  rps=$(sed -n 's/^ *Requests\/sec: *\([0-9.]*\).*/\1/p' "$work/out.txt" | head -1)
  p50=$(sed -n 's/^ *50\.00% in \([0-9.]* [a-z]*\).*/\1/p' "$work/out.txt" | head -1)
  p99=$(sed -n 's/^ *99\.00% in \([0-9.]* [a-z]*\).*/\1/p' "$work/out.txt" | head -1)
  errors=$(grep -E '^ *\[[0-9]{3}\]' "$work/out.txt" | grep -v '\[200\]' || true)
else
  if ! command -v wrk >/dev/null 2>&1; then
    echo "== installing wrk (Debian)"; apt-get install -y wrk >/dev/null || { echo "no oha or wrk: cargo install oha --locked"; exit 1; }
  fi
  cat >"$work/headers.lua" <<LUA
wrk.headers["Cookie"] = "$cookie"
wrk.headers["MS-PartnerCenter-Client"] = "load-test"
LUA
  wrk -t 2 -c "$CONNECTIONS" -d "$DURATION" --latency -s "$work/headers.lua" "$URL" >"$work/out.txt"
  rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$work/out.txt")
  p50=$(awk '$1=="50%"{print $2}' "$work/out.txt")
  p99=$(awk '$1=="99%"{print $2}' "$work/out.txt")
  errors=$(grep -E 'Non-2xx|Socket errors' "$work/out.txt" || true)
fi
rss=$(awk '/VmHWM/{print $2" "$3}' "/proc/$pid/status")
cat "$work/out.txt" >&2
echo
echo "customers list, size=$SIZE, $CONNECTIONS connections, $DURATION"
echo "  p50:        $p50"
echo "  p99:        $p99"
echo "  requests/s: $rps"
echo "  peak RSS:   $rss"
if [ -n "$errors" ]; then echo "  errors:     $errors"; fi
# A panic under load is a failure even if every answer looked fine.
if grep -n 'panicked' "$work/server.log"; then echo "the server panicked under load (above)"; exit 1; fi
