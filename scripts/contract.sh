#!/usr/bin/env bash
# Does a backend implement api/openapi.yaml? schemathesis generates requests from the contract
# (valid and invalid) and checks every answer: no 5xx, documented status codes, bodies and
# content types that match the schemas, invalid input refused with a 4xx.
#
#   scripts/contract.sh                    a fresh reference server, started and stopped here
#   scripts/contract.sh URL USER PASSWORD  your own backend: URL is its API base (apiBase), e.g.
#                                          https://pc.example.cn/api; USER / PASSWORD a global admin
#                                          of a test partner (the check signs in to get a session)
# Options for schemathesis can follow after `--`, e.g. `-- --max-examples 200`.
#
# Deterministic by default: the seed is tests/contract/seed, kept in the repository, and the tool
# is pinned with hashes (tests/contract/requirements.txt), so one commit gives one answer on
# every machine. `CONTRACT_SEED=random` (what `make fuzz` uses) draws a new seed; any failure
# then prints the seed and the one line that runs the same cases again.
# Env: CONTRACT_SEED (a number, or `random`), CONTRACT_EXAMPLES (per operation; default 30),
# CONTRACT_PORT (default 8097), CONTRACT_CLOUD (the reference server's cloud; default global).
#
# The operations need different callers and states, so the check runs in passes, each one
# schemathesis run over the operations it names (all in target/contract/pass-NAME.ndjson):
#   signed-in   a global admin of an active partner (USER): everything not named below;
#   phone       the same: the telephone challenge alone, so its stateful phase surely follows
#               the link that carries the code from sending to verifying;
#   enrolling   the global admin of a new organization, made here with POST /v1/accounts: the
#               enrollment wizard's draft, which only an organization still enrolling has;
#   submit      the same: submitting the enrollment (after the draft: a submission freezes it);
#   agreement   the same once the reference server's review operator (`review approve`)
#               approved it: accepting the program agreement;
#   reseller    the same, its program now active: accepting an indirect provider's invitation
#               (a partner cannot accept its own, and the demo's other partners are related);
#   signed-out  no session: signing in, "Create one", the self-service password reset and
#               signing out (last: a reset may change a demo user's password);
#   site        GET /config.json, at the site root, outside the API base.
# Against your own backend (URL USER PASSWORD) the agreement and reseller passes are skipped:
# they need the reference server's review operator.
#
# Operations still "mostly rejected" (schemathesis' warning that in some phase the server refused
# every generated valid case, and not only with 404): their remaining rules are about data, which
# no schema can state, so some phases miss; each is reached all the same (examples, links):
#   POST /v1/phonechallenges/{challengeId}/verify (and now and then the password reset's verify):
#     the code is a secret sent out of band, so a generated one is wrong (400 invalid_code);
#     links carry the sent one (`debugCode`, PC_EXPOSE_CODES=1) into the stateful phase.
#   POST /v1/customers/{customerId}/users: the user name must be in that customer's domain
#     (400 invalid_format), and schemathesis pairs customers with names at random.
#   POST /v1/users: the sign-in name must be in the partner's own domain (400 invalid_value).
# Now and then (schemathesis' fuzzing draws few valid cases of a large body, so one phase can
# miss by chance) others of the same kind join them: PUT /v1/profiles/legalbusiness (the legal
# address's country cannot change), PUT /v1/customers/{customerId}/profiles/billing (the
# customer's own id, a country of the partner's cloud), POST /v1/enrollment (an MPN ID of the
# registry, one submission per organization), POST /v1/customers and POST /v1/accounts (a domain
# not taken yet, a strong password). scripts/contract_reach.py sums the warnings of all passes.
set -euo pipefail
cd "$(dirname "$0")/.."
st=.tools/venv/bin/st
[ -x "$st" ] || { echo "schemathesis is missing: run scripts/setup.sh test" >&2; exit 1; }

seed=${CONTRACT_SEED:-$(tr -cd '0-9' < tests/contract/seed)}
[ "$seed" = random ] && seed=$(( $(od -An -N4 -tu4 /dev/urandom) ))
examples=${CONTRACT_EXAMPLES:-30}
cloud=${CONTRACT_CLOUD:-global}
work=$(mktemp -d)
# The run's events (every request and answer), kept for a look after a failure.
reports=target/contract
mkdir -p "$reports"
rm -f "$reports"/pass*.ndjson
server=""
cleanup() {
  [ -n "$server" ] && { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; }
  rm -rf "$work"
}
trap cleanup EXIT

extra=()
if [ "${1:-}" != "" ] && [ "$1" != "--" ]; then
  url=$1; user=$2; password=$3; shift 3
else
  port=${CONTRACT_PORT:-8097}
  url="http://127.0.0.1:$port/api"
  password=Partner-Demo-2026
  case $cloud in
    global) user=admin@fabrikam.onmicrosoft.com ;;
    china) user=admin@fabrikam-sh.partner.onmschina.cn ;;
    *) echo "CONTRACT_CLOUD must be global or china" >&2; exit 2 ;;
  esac
  mkdir -p "$work/data"
  # Throttling off so generated traffic is not cut short; codes exposed so the phone and
  # reset flows can be completed by linked operations; provisioning at once, so an approved
  # enrollment whose agreement is accepted is active for the reseller pass.
  PC_DEMO_PASSWORD=$password PC_EXPOSE_CODES=1 PC_PROVISIONING_SECONDS=0 target/server/partner-center-server serve \
    --listen "127.0.0.1:$port" --dist dist --data "$work/data" --cloud "$cloud" --demo \
    --rate-limit-per-minute 0 >/dev/null 2>"$work/server.log" &
  server=$!
  for _ in $(seq 300); do curl -fsS "$url/health" >/dev/null 2>&1 && break; sleep 0.1; done
fi
[ "${1:-}" = "--" ] && shift && extra=("$@")
# The site root (for /config.json): the API base's scheme and host.
site=$(printf '%s' "$url" | sed -E 's#^([a-z]+://[^/]+).*#\1#')

# A handler that panicked answered 500 (and schemathesis says so), but a panic is a bug even
# when its answer was a 4xx or nobody looked: the reference server's log must have none.
scan_log() {
  [ -n "$server" ] || return 0
  if grep -n 'panicked' "$work/server.log"; then
    echo "contract: the reference server panicked (above); seed $seed" >&2
    return 1
  fi
}

# sign_in USER PASSWORD: prints the session cookie's value.
sign_in() {
  curl -fsS -D - -o /dev/null -X POST "$url/v1/sessions" \
    -H 'MS-PartnerCenter-Client: contract-check' -H 'Content-Type: application/json' \
    --data "{\"userName\":\"$1\",\"password\":\"$2\"}" | tr -d '\r' \
    | sed -n 's/^[Ss]et-[Cc]ookie: [^=]*=\([^;]*\).*/\1/p' | head -n1
}
# auth_config NAME COOKIE: a schemathesis config that sends the session through the contract's
# security scheme (not a raw header), so schemathesis can also leave it out and expect 401.
auth_config() {
  printf '[auth.openapi.sessionCookie]\napi_key = "%s"\n' "$2" > "$work/$1.toml"
  printf '%s' "$work/$1.toml"
}

cookie=$(sign_in "$user" "$password")
[ -n "$cookie" ] || { echo "could not sign in as $user at $url" >&2; exit 1; }
session=$(curl -fsS "$url/v1/sessions/current" -H 'MS-PartnerCenter-Client: contract-check' \
  -H "Cookie: __Host-pc_session=$cookie")
read -r partner_cloud self_id <<<"$(printf '%s' "$session" \
  | python3 -c 'import json, sys; s = json.load(sys.stdin); print(s["partner"]["cloud"], s["user"]["id"])')"
# The signed-in user's own id: the hooks keep it out of generated user updates.
export CONTRACT_SELF_USER_IDS=$self_id
[ "$partner_cloud" = china ] && suffix=partner.onmschina.cn || suffix=onmicrosoft.com

# Every check runs but two whose premise this contract does not share:
# - positive_data_acceptance: a request can match the schemas and still be refused for a rule no
#   schema expresses (a stale If-Match, a domain outside the partner's, a code that was never
#   sent, an MPN ID that does not exist);
# - missing_required_header: an update without If-Match answers 428 Precondition Required
#   (RFC 6585, as Partner Center does), where the check expects a 400-class code of its own list.
# Those answers must still be documented statuses with documented bodies, which the rest enforce.
# The hooks give each request its own MS-RequestId and keep the signed-in user from taking its
# own admin role away (tests/contract/hooks.py says why).
export SCHEMATHESIS_HOOKS=tests/contract/hooks.py CONTRACT_SEED_VALUE=$seed
common=(-H "MS-PartnerCenter-Client: contract-check" --checks all
        --exclude-checks positive_data_acceptance,missing_required_header
        --max-examples "$examples" --seed "$seed" --workers 1)
# One worker: with two, hypothesis describing its filter lambdas from threads trips CPython
# 3.11's "AST constructor recursion depth mismatch" now and then (an error of the tool, not of
# the server), which would make the check flaky.

failed=0
passes=()
# run_pass NAME CONFIG [schemathesis options]: one schemathesis run, its events in
# target/contract; CONFIG is a config file (a session) or `-` (signed out).
run_pass() {
  local name=$1 config=$2; shift 2
  local global=()
  [ "$config" = - ] || global=(--config-file "$config")
  echo
  echo "contract: pass $name"
  passes+=("$reports/pass-$name.ndjson")
  CONTRACT_PASS=$name "$st" "${global[@]}" run api/openapi.yaml "${common[@]}" "$@" \
    --report ndjson --report-ndjson-path "$reports/pass-$name.ndjson" "${extra[@]}" || failed=1
}

signed_out=(createSession createWorkAccount startPasswordReset verifyPasswordReset completePasswordReset
            deleteCurrentSession)
phone=(createPhoneChallenge verifyPhoneChallenge)
enrolling=(getEnrollmentDraft putEnrollmentDraft submitEnrollment)
agreement=(acceptEnrollmentAgreement)
reseller=(authorizeRelationshipInvitation)
not_signed_in=()
for op in "${signed_out[@]}" verifyPhoneChallenge "${enrolling[@]}" "${agreement[@]}" "${reseller[@]}"; do
  not_signed_in+=(--exclude-operation-id "$op")
done

signed_in_config=$(auth_config signed-in "$cookie")
run_pass signed-in "$signed_in_config" --url "$url" "${not_signed_in[@]}" --exclude-path /config.json
# The telephone challenge on its own: its code comes from the answer that sent it, which only
# the link carries, and with these two operations alone the stateful phase follows it for sure.
# (Sending is in the signed-in pass too, with resending: a new code is refused for 30 seconds
# after the last, which only a pass that long outlasts.)
# (The telephone challenge is the China program's: in the global cloud it answers 403, already
# checked by the signed-in pass.)
if [ "$partner_cloud" = china ]; then
  include=(); for op in "${phone[@]}"; do include+=(--include-operation-id "$op"); done
  run_pass phone "$signed_in_config" --url "$url" "${include[@]}"
fi

# new_organization NAME: a new organization ("Create one"), still enrolling; prints
# `partner-id cookie` of its first user, a global admin.
new_organization() {
  # A label of 3 to 27 characters, new for each run against your own backend.
  local label="ct$seed-$1" account partner cookie
  [ -n "$server" ] || label="ct$seed-$(date +%s)"
  account=$(curl -fsS -X POST "$url/v1/accounts" -H 'MS-PartnerCenter-Client: contract-check' \
    -H 'Content-Type: application/json' \
    --data "{\"organizationDomain\":\"$label.$suffix\",\"organizationName\":\"Contract Check $1\",\"adminFirstName\":\"Casey\",\"adminLastName\":\"Check\",\"userName\":\"admin\",\"password\":\"Contract-Check-2026\"}") \
    || { echo "could not create the organization $label.$suffix" >&2; return 1; }
  partner=$(printf '%s' "$account" | python3 -c 'import json, sys; print(json.load(sys.stdin)["partnerId"])')
  cookie=$(sign_in "admin@$label.$suffix" Contract-Check-2026)
  [ -n "$cookie" ] || { echo "could not sign in to $label.$suffix" >&2; return 1; }
  printf '%s %s' "$partner" "$cookie"
}

# The enrollment wizard, as a new organization: the draft first (a submitted enrollment freezes
# it), then the submission (no links lead to it: no stateful phase).
read -r new_partner new_cookie <<<"$(new_organization e)"
[ -n "${new_cookie:-}" ] || exit 1
enrolling_config=$(auth_config enrolling "$new_cookie")
include=(); for op in getEnrollmentDraft putEnrollmentDraft getEnrollment getMpnProfile; do include+=(--include-operation-id "$op"); done
run_pass enrolling "$enrolling_config" --url "$url" "${include[@]}"
# The global journey's steps before the submission, in the server's order: PMC sign-in, then
# the organization (MPN ID) of the submission's example.
api_post() {
  curl -sS -X POST "$url$1" -H 'MS-PartnerCenter-Client: contract-check' -H 'Content-Type: application/json' \
    -H "Cookie: __Host-pc_session=$new_cookie" ${2:+--data "$2"}
}
if [ "$partner_cloud" = global ]; then
  api_post /v1/enrollment/pmc/signin '{"userName":"pmc@fabrikam.com","password":"Partner-Demo-2026"}' >/dev/null
  api_post /v1/enrollment/mpn '{"mpnId":"4567890"}' >/dev/null
fi
run_pass submit "$enrolling_config" --url "$url" --phases examples,coverage,fuzzing --include-operation-id submitEnrollment
# Global: the review starts once the primary contact used the e-mail link. A new link (its token
# comes back with PC_EXPOSE_CODES=1; one link every 30 seconds), then the verification.
if [ -n "$server" ] && [ "$partner_cloud" = global ]; then
  for _ in 1 2; do
    answer=$(api_post /v1/enrollment/emailverification)
    token=$(printf '%s' "$answer" | python3 -c 'import json, sys; print(json.load(sys.stdin).get("debugToken", ""))' 2>/dev/null || true)
    [ -n "$token" ] && break
    wait=$(printf '%s' "$answer" | python3 -c 'import json, re, sys; d = json.load(sys.stdin); m = re.search(r"Wait (\d+)", d.get("description", "")); print(m.group(1) if m else "")' 2>/dev/null || true)
    [ -n "$wait" ] || break
    sleep "$wait"
  done
  [ -n "${token:-}" ] && api_post "/v1/enrollment/emailverification/$token/verify" >/dev/null
fi

# The review operator approves what the enrolling organization submitted. (In the China cloud a
# submission also needs a verified telephone challenge and a unified social credit code, which
# generated data seldom has: then there is nothing to approve, and the two passes are skipped.)
if [ -n "$server" ] && target/server/partner-center-server review approve "$new_partner" --data "$work/data" >/dev/null; then
  # (No links among these few operations: no stateful phase.)
  run_pass agreement "$enrolling_config" --url "$url" --phases examples,coverage,fuzzing \
    --include-operation-id acceptEnrollmentAgreement --include-operation-id getEnrollment
  # Indirect providers are a global-cloud feature.
  if [ "$partner_cloud" = global ]; then
    run_pass reseller "$enrolling_config" --url "$url" --phases examples,coverage,fuzzing \
      --include-operation-id authorizeRelationshipInvitation
  fi
elif [ -n "$server" ]; then
  echo "contract: the enrolling organization's enrollment was not submitted; no agreement or reseller pass" >&2
fi

include=(); for op in "${signed_out[@]}"; do include+=(--include-operation-id "$op"); done
# A password reset completes only at the end of a chain of four (a new account, its reset, the
# code, the new password): scenarios of up to 10 steps (schemathesis' default is 6) get there.
printf '[phases.stateful]\nmax-steps = 10\n' > "$work/signed-out.toml"
run_pass signed-out "$work/signed-out.toml" --url "$url" "${include[@]}"
run_pass site - --url "$site" --phases examples,coverage,fuzzing --include-path /config.json
scan_log || failed=1

# Which operations answered 2xx at least once: the proof that generated cases reach the
# handlers' logic and not only their validation.
python3 scripts/contract_reach.py api/openapi.yaml "${passes[@]}" || true

if [ $failed -ne 0 ]; then
  echo >&2
  echo "contract: FAILED with seed $seed ($examples examples per operation). The same cases again:" >&2
  if [ -n "$server" ]; then
    echo "  CONTRACT_SEED=$seed CONTRACT_EXAMPLES=$examples CONTRACT_CLOUD=$cloud scripts/contract.sh" >&2
  else
    echo "  CONTRACT_SEED=$seed CONTRACT_EXAMPLES=$examples scripts/contract.sh $url $user PASSWORD" >&2
  fi
  exit 1
fi
echo "contract: passed with seed $seed ($examples examples per operation)"
