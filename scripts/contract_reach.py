#!/usr/bin/env python3
"""How far the contract run reached: for every operation in the contract, whether any request
schemathesis sent to it was answered with a 2xx (so generated cases got past validation into the
handler's logic), read from the runs' NDJSON event files.

  scripts/contract_reach.py api/openapi.yaml run1.ndjson [run2.ndjson ...]

Prints one summary line, `operations reached with a 2xx: N/M`, and the operations not reached
with the statuses they did get. Then, over all the runs together, the operations schemathesis
warns about (each run prints its own warnings; this is their sum, by schemathesis' own rule: in
a phase where no valid case of the operation was accepted, one in ten or more of its refusals
were neither 404 nor 401, 403, 409 or 429): `mostly rejected` (the server refused generated
data the schema allows) and `mostly 404` (no identifiers that exist).
Exit 0 always: the target is reported, not enforced here.
"""
import collections, json, re, sys
from urllib.parse import urlsplit

import yaml

METHODS = ("get", "put", "post", "patch", "delete", "head")
# Requests malformed on purpose (schemathesis leaves them out of its warnings too).
PROBES = {"unspecified_http_method", "malformed_content_type", "unsupported_content_type"}
UNIT_PHASES = {"examples", "coverage", "fuzzing"}


def operations(spec_path):
    doc = yaml.safe_load(open(spec_path, encoding="utf-8"))
    ops = []
    for path, item in doc["paths"].items():
        for method in METHODS:
            if method in item:
                # `{customerId}` matches one path segment.
                pattern = re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path)) + "$")
                ops.append((method.upper(), path, pattern))
    # Literal paths before templated ones: /v1/customers/relationshiprequests is not {customerId}.
    ops.sort(key=lambda o: (o[1].count("{"), -len(o[1])))
    return ops


def scenarios(ndjson_path):
    with open(ndjson_path, encoding="utf-8") as f:
        for line in f:
            finished = json.loads(line).get("ScenarioFinished")
            if finished:
                yield finished


def interactions(finished):
    for it in finished["recorder"].get("interactions", {}).values():
        response = it.get("response")
        if response:
            yield it["request"]["method"], it["request"]["uri"], response["status_code"]


def warnings(finished):
    """(label, kind) for a unit-phase scenario schemathesis would warn about, else None."""
    recorder = finished["recorder"]
    if finished.get("phase") not in UNIT_PHASES or finished.get("status") != "success":
        return None
    counts = collections.Counter()
    for case_id, node in recorder.get("cases", {}).items():
        meta = node["value"].get("meta") or {}
        if (meta.get("generation") or {}).get("mode") != "positive":
            continue
        if ((meta.get("phase") or {}).get("data") or {}).get("scenario") in PROBES:
            continue
        response = (recorder.get("interactions", {}).get(case_id) or {}).get("response")
        if response:
            counts[response["status_code"]] += 1
    if not counts or any(200 <= s < 300 for s in counts):
        return None
    if set(counts) <= {401, 403, 500} or not all(400 <= s < 500 for s in counts if s != 500):
        return None
    not_found = counts[404]
    other = sum(n for s, n in counts.items() if 400 <= s < 500 and s not in (401, 403, 404, 409, 429))
    total = not_found + other
    kinds = []
    if total and other / total >= 0.1:
        kinds.append("mostly rejected")
    if total and not_found / total >= 0.1:
        kinds.append("mostly 404")
    return [(recorder["label"], kind) for kind in kinds]


def main():
    spec, runs = sys.argv[1], sys.argv[2:]
    ops = operations(spec)
    base = yaml.safe_load(open(spec, encoding="utf-8")).get("servers", [{}])[0].get("url", "")
    seen = collections.defaultdict(collections.Counter)
    warned = collections.defaultdict(set)
    for run in runs:
        try:
            for finished in scenarios(run):
                for kind in warnings(finished) or []:
                    warned[kind[1]].add(kind[0])
                for method, uri, status in interactions(finished):
                    path = urlsplit(uri).path
                    # The API base (/api, or a deeper prefix of your own backend) comes off first.
                    i = path.find("/v1/")
                    path = path[i:] if i >= 0 else path[len(base):] if path.startswith(base) else path
                    for m, template, pattern in ops:
                        if m == method and pattern.match(path):
                            seen[(m, template)][status] += 1
                            break
        except FileNotFoundError:
            pass
    reached = [op for op in ops if any(200 <= s < 300 for s in seen[(op[0], op[1])])]
    print(f"\ncontract: operations reached with a 2xx: {len(reached)}/{len(ops)}")
    for m, template, _ in sorted(ops, key=lambda o: (o[1], o[0])):
        statuses = seen[(m, template)]
        if not any(200 <= s < 300 for s in statuses):
            got = ", ".join(f"{s}×{n}" for s, n in sorted(statuses.items())) or "never called"
            print(f"  not reached: {m} {template} ({got})")
    # An operation served in some phase is not missing its data (schemathesis withdraws that one).
    served = {f"{m} {t}" for m, t, _ in reached}
    warned["mostly 404"] -= served
    for kind in ("mostly rejected", "mostly 404"):
        print(f"contract: operations {kind} in a phase: {len(warned[kind])}")
        for label in sorted(warned[kind]):
            print(f"  {kind}: {label}")


if __name__ == "__main__":
    main()
