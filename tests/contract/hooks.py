"""schemathesis hooks of the contract check (scripts/contract.sh loads this file through
SCHEMATHESIS_HOOKS).

One id per logical operation. The contract's MS-RequestId is one GUID per logical operation,
reused only to retry it: a POST that carries an id already used for a different request is
answered 409 `request_id_conflict`, as documented. schemathesis, though, fills an optional header
from the parameter's example (the coverage phase sends the same id with every case) or from
short generated strings ("0", "T") that recur, so most POSTs after the first would only ever
meet that 409 and never the handler. Each request that carries a well-formed id (the contract's
1 to 128 visible ASCII characters) gets a fresh GUID instead, as a client would send; a
malformed id, sent to see it refused, is left as generated. The GUIDs are derived from the
run's seed, the pass and a counter, so a run with the same seed sends the same ids.
"""

import os
import re
import threading
import uuid

import schemathesis

_WELL_FORMED = re.compile(r"[!-~]{1,128}")
_NAMESPACE = uuid.uuid5(
    uuid.NAMESPACE_URL,
    "partner-center-contract/%s/%s" % (os.environ.get("CONTRACT_SEED_VALUE", "0"), os.environ.get("CONTRACT_PASS", "")),
)
_lock = threading.Lock()
_count = 0


def _next_id() -> str:
    global _count
    with _lock:
        _count += 1
        return str(uuid.uuid5(_NAMESPACE, str(_count)))


@schemathesis.hook
def before_call(context, case, kwargs):
    headers = case.headers
    if not headers:
        return
    for name in list(headers):
        if name.lower() != "ms-requestid":
            continue
        value = headers[name]
        if isinstance(value, str) and _WELL_FORMED.fullmatch(value.strip()):
            headers[name] = _next_id()


# The signed-in pass's own user is never the target of a user update. The contract lets a
# global admin take an admin role away from itself (when another global admin remains, as Partner
# Center does); a generated update that did would leave every later request of the pass to be
# refused with 403, and the rest of the run would test nothing. Deleting or resetting oneself is
# refused by the contract (409) and stays in.
_SELF = {u for u in os.environ.get("CONTRACT_SELF_USER_IDS", "").split(",") if u}


@schemathesis.hook
def filter_case(context, case):
    operation = case.operation
    if _SELF and operation.method.upper() == "PATCH" and operation.path == "/v1/users/{userId}":
        return (case.path_parameters or {}).get("userId") not in _SELF
    return True
