#!/usr/bin/env python3
"""Grades a deployment's response headers by the rules Mozilla Observatory scores (its v2
scoring: a base of 100, penalties, then bonuses when the base is at least 90; A+ is 100 or
more). Prints the score, the grade and every finding; exits 1 below --require (default A+).

    scripts/headers.py https://partner.example.cn/                       (make headers URL=...)
    PC_HEADERS_PASSWORD=... scripts/headers.py URL --sign-in admin@contoso.partner.onmschina.cn

What it requests: the page (following redirects), for an https:// page http:// on the same host
(which must redirect to https), its config.json to find the API, a request
to the API from a foreign Origin (CORS), and with --sign-in the session sign-in, so the session
cookie is graded too (without it, only cookies the page itself sets are). The headers are graded
as sent: a local http:// test server is graded as if it were behind HTTPS (browsers ignore HSTS
over http, Observatory would not), and that is said in the output.

Python standard library only.
"""

import argparse
import http.client
import json
import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

GRADES = [
    (100, "A+"), (90, "A"), (85, "A-"), (80, "B+"), (70, "B"), (65, "B-"), (60, "C+"),
    (50, "C"), (45, "C-"), (40, "D+"), (30, "D"), (25, "D-"), (0, "F"),
]
SIX_MONTHS = 15768000
FOREIGN_ORIGIN = "https://header-grade.invalid"
CLIENT_HEADER = ("MS-PartnerCenter-Client", "partner-center-web")


class Finding:
    def __init__(self, test, score, text, bonus=False):
        self.test, self.score, self.text, self.bonus = test, score, text, bonus


def grade_of(score):
    return next(g for floor, g in GRADES if score >= floor)


def parse_csp(value):
    """{directive: [sources]}, lower-cased names; None when the header cannot be parsed."""
    policy = {}
    for part in value.split(";"):
        words = part.strip().split()
        if not words:
            continue
        name = words[0].lower()
        if not re.fullmatch(r"[a-z-]+", name):
            return None
        # A repeated directive is ignored by browsers after its first occurrence.
        policy.setdefault(name, words[1:])
    return policy


def check_csp(value):
    if value is None:
        return [Finding("csp-not-implemented", -25, "no Content-Security-Policy header")]
    policy = parse_csp(value)
    if not policy:
        return [Finding("csp-header-invalid", -25, "the Content-Security-Policy header cannot be parsed")]
    default = policy.get("default-src")

    def effective(name):
        return [s.lower() for s in policy.get(name, default or [])]

    script = effective("script-src")
    has_hash_or_nonce = any(s.startswith(("'sha256-", "'sha384-", "'sha512-", "'nonce-")) for s in script)
    found = []
    if not script and "script-src" not in policy and default is None:
        found.append(Finding("csp-implemented-with-unsafe-inline", -20, "no script-src nor default-src: any script may run"))
    elif ("'unsafe-inline'" in script and not has_hash_or_nonce) or any(
        s in ("*", "http:", "https:", "data:") for s in script
    ):
        found.append(Finding("csp-implemented-with-unsafe-inline", -20, f"script-src allows inline or any-origin scripts: {' '.join(script)}"))
    if "'unsafe-eval'" in script:
        found.append(Finding("csp-implemented-with-unsafe-eval", -10, "script-src allows 'unsafe-eval'"))
    objects = effective("object-src")
    if any(s in ("*", "http:", "https:", "data:") for s in objects) or (not objects and "object-src" not in policy):
        found.append(Finding("csp-implemented-with-insecure-scheme", -20, "object-src does not restrict plugins (object-src 'none')"))
    passive = [s for d in ("img-src", "media-src") for s in effective(d) if s.startswith("http:")]
    if passive:
        found.append(Finding("csp-implemented-with-insecure-scheme-in-passive-content-only", -10, f"images or media over http: {' '.join(passive)}"))
    if found:
        return found
    if default == ["'none'"]:
        return [Finding("csp-implemented-with-no-unsafe-default-src-none", 10, "CSP with default-src 'none' and nothing unsafe", bonus=True)]
    return [Finding("csp-implemented-with-no-unsafe", 0, "CSP with nothing unsafe")]


def check_hsts(value):
    if value is None:
        return [Finding("hsts-not-implemented", -20, "no Strict-Transport-Security header")]
    m = re.search(r"max-age\s*=\s*\"?(\d+)", value, re.I)
    if not m:
        return [Finding("hsts-header-invalid", -20, f"Strict-Transport-Security has no max-age: {value}")]
    age = int(m.group(1))
    if age < SIX_MONTHS:
        return [Finding("hsts-implemented-max-age-less-than-six-months", -10, f"HSTS max-age {age} is under six months")]
    return [Finding("hsts-implemented-max-age-at-least-six-months", 0, f"HSTS max-age {age}")]


def check_nosniff(value):
    if value is None:
        return [Finding("x-content-type-options-not-implemented", -5, "no X-Content-Type-Options header")]
    if value.strip().lower() != "nosniff":
        return [Finding("x-content-type-options-header-invalid", -5, f"X-Content-Type-Options is {value!r}, not nosniff")]
    return [Finding("x-content-type-options-nosniff", 0, "X-Content-Type-Options: nosniff")]


def check_framing(xfo, csp):
    policy = parse_csp(csp) if csp else None
    ancestors = (policy or {}).get("frame-ancestors")
    if ancestors is not None and all(s.lower() != "*" for s in ancestors):
        return [Finding("x-frame-options-implemented-via-csp", 5, f"CSP frame-ancestors {' '.join(ancestors)}", bonus=True)]
    if xfo is None:
        return [Finding("x-frame-options-not-implemented", -20, "neither CSP frame-ancestors nor X-Frame-Options")]
    if xfo.strip().upper() not in ("DENY", "SAMEORIGIN"):
        return [Finding("x-frame-options-header-invalid", -20, f"X-Frame-Options is {xfo!r}")]
    return [Finding("x-frame-options-sameorigin-or-deny", 0, f"X-Frame-Options: {xfo}")]


def check_referrer(value):
    if value is None:
        return [Finding("referrer-policy-not-implemented", 0, "no Referrer-Policy header")]
    # The last policy a browser understands wins.
    tokens = [t.strip().lower() for t in value.split(",") if t.strip()]
    private = {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"}
    unsafe = {"origin", "origin-when-cross-origin", "no-referrer-when-downgrade", "unsafe-url"}
    last = tokens[-1] if tokens else ""
    if last in private:
        return [Finding("referrer-policy-private", 5, f"Referrer-Policy: {value}", bonus=True)]
    if last in unsafe:
        return [Finding("referrer-policy-unsafe", -5, f"Referrer-Policy {value} leaks addresses")]
    return [Finding("referrer-policy-header-invalid", -5, f"Referrer-Policy {value!r} is not a policy")]


def check_corp(value):
    if value is None:
        return [Finding("corp-not-implemented", 0, "no Cross-Origin-Resource-Policy header")]
    if value.strip().lower() not in ("same-origin", "same-site", "cross-origin"):
        return [Finding("corp-header-invalid", -5, f"Cross-Origin-Resource-Policy is {value!r}")]
    return [Finding("corp-implemented", 0, f"Cross-Origin-Resource-Policy: {value}")]


SESSION_NAME = re.compile(r"sess|login|token|auth|sid|^__host-|^__secure-", re.I)


def parse_cookie(header):
    name = header.split("=", 1)[0].strip()
    attributes = {}
    for part in header.split(";")[1:]:
        key, _, val = part.strip().partition("=")
        attributes[key.strip().lower()] = val.strip()
    return name, attributes


def check_cookies(set_cookies):
    if not set_cookies:
        return [Finding("cookies-not-found", 0, "no cookies seen")]
    found = []
    all_samesite = True
    for header in set_cookies:
        name, attrs = parse_cookie(header)
        if "secure" not in attrs:
            found.append(Finding("cookies-without-secure-flag", -20, f"cookie {name} lacks Secure"))
        if SESSION_NAME.search(name) and "httponly" not in attrs:
            found.append(Finding("cookies-session-without-httponly-flag", -30, f"session cookie {name} lacks HttpOnly"))
        if attrs.get("samesite", "").lower() not in ("strict", "lax"):
            all_samesite = False
    if found:
        return found
    names = ", ".join(parse_cookie(h)[0] for h in set_cookies)
    if all_samesite:
        return [Finding("cookies-secure-with-httponly-sessions-and-samesite", 5, f"{names}: Secure, HttpOnly, SameSite", bonus=True)]
    return [Finding("cookies-secure-with-httponly-sessions", 0, f"{names}: Secure and HttpOnly, without SameSite")]


def check_cors(page_headers, api_answers):
    """`*` on the page, or an API that lets any origin read answers with credentials."""
    found = []
    if (page_headers.get("access-control-allow-origin") or "").strip() == "*":
        found.append(Finding("cross-origin-resource-sharing-implemented-with-universal-access", -50, "the page answers Access-Control-Allow-Origin: *"))
    for what, headers in api_answers:
        allow = (headers.get("access-control-allow-origin") or "").strip()
        credentials = (headers.get("access-control-allow-credentials") or "").strip().lower() == "true"
        if allow == "*" and credentials:
            found.append(Finding("cross-origin-resource-sharing-implemented-with-universal-access", -50, f"{what}: Access-Control-Allow-Origin * with credentials"))
        elif allow == FOREIGN_ORIGIN:
            found.append(Finding("cross-origin-resource-sharing-implemented-with-universal-access", -50, f"{what}: any Origin is echoed{' with credentials' if credentials else ''}"))
    if found:
        return found
    return [Finding("cross-origin-resource-sharing-not-implemented", 0, "no CORS access for origins outside the allow-list")]


class ScriptSources(__import__("html.parser").parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script" and a.get("src"):
            self.scripts.append((a["src"], "integrity" in a))


def check_sri(page_url, html):
    if html is None:
        return [Finding("sri-not-implemented-response-not-html", 0, "the page is not HTML")]
    parser = ScriptSources()
    parser.feed(html)
    origin = urllib.parse.urlsplit(page_url)[:2]
    found = []
    for src, has_integrity in parser.scripts:
        target = urllib.parse.urlsplit(urllib.parse.urljoin(page_url, src))
        if target[:2] == origin or has_integrity:
            continue
        if target.scheme == "http":
            found.append(Finding("sri-not-implemented-and-external-scripts-not-loaded-securely", -50, f"{src} over http without integrity"))
        else:
            found.append(Finding("sri-not-implemented-but-external-scripts-loaded-securely", -5, f"{src} without integrity"))
    return found or [Finding("sri-not-implemented-but-all-scripts-loaded-from-secure-origin", 0, "every script comes from the page's origin")]


def check_redirect(status, location, host):
    """The answer of http://<host>/: a redirect to https on the same host, as Observatory wants."""
    if status is None:
        return [Finding("redirection-not-needed-no-http", 0, "nothing answers on http://")]
    target = urllib.parse.urlsplit(location or "")
    if status in (301, 302, 303, 307, 308) and target.scheme == "https":
        if target.hostname != host:
            return [Finding("redirection-off-host-from-http", -5, f"http:// redirects to another host: {location}")]
        return [Finding("redirection-to-https", 0, f"http:// redirects to {location}")]
    return [Finding("redirection-missing", -20, f"http:// answers {status} instead of redirecting to https://")]


def score(findings):
    """Observatory's rule: bonuses count only when the score without them is at least 90."""
    base = 100 + sum(f.score for f in findings if not f.bonus)
    bonus = sum(f.score for f in findings if f.bonus)
    return base + bonus if base >= 90 else base


def grade_headers(page_url, page_headers, html, set_cookies, api_answers):
    h = page_headers
    return (
        check_csp(h.get("content-security-policy"))
        + check_cookies(set_cookies)
        + check_cors(h, api_answers)
        + check_framing(h.get("x-frame-options"), h.get("content-security-policy"))
        + check_hsts(h.get("strict-transport-security"))
        + check_nosniff(h.get("x-content-type-options"))
        + check_referrer(h.get("referrer-policy"))
        + check_corp(h.get("cross-origin-resource-policy"))
        + check_sri(page_url, html)
    )


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url, method="GET", headers=None, body=None, follow=True):
    """(final url, status, lower-cased headers with joined values, Set-Cookie list, body text)."""
    handlers = [] if follow else [NoRedirect()]
    opener = urllib.request.build_opener(*handlers)
    req = urllib.request.Request(url, method=method, headers=headers or {}, data=body)
    try:
        res = opener.open(req, timeout=20)
    except urllib.error.HTTPError as e:
        res = e
    msg: http.client.HTTPMessage = res.headers
    joined = {}
    for k, v in msg.items():
        k = k.lower()
        joined[k] = f"{joined[k]}, {v}" if k in joined and k != "set-cookie" else v
    text = res.read().decode("utf-8", "replace")
    return res.geturl(), res.status, joined, msg.get_all("Set-Cookie") or [], text


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("url")
    ap.add_argument("--sign-in", metavar="USER", help="also sign in (password from PC_HEADERS_PASSWORD) and grade the session cookie")
    ap.add_argument("--require", default="A+", help="lowest passing grade (default A+)")
    args = ap.parse_args()
    if args.require not in [g for _, g in GRADES]:
        ap.error(f"--require must be one of {', '.join(g for _, g in GRADES)}")

    try:
        url, status, headers, cookies, text = fetch(args.url)
    except (urllib.error.URLError, OSError) as e:
        print(f"{args.url}: {getattr(e, 'reason', e)}", file=sys.stderr)
        return 1
    if status >= 400:
        print(f"{url}: HTTP {status}", file=sys.stderr)
        return 1
    html = text if "html" in headers.get("content-type", "") else None
    notes = []
    if urllib.parse.urlsplit(url).scheme == "http":
        notes.append("http:// URL: the headers are graded as sent; a deployment serves them over HTTPS")

    api_answers = []
    api = None
    try:
        _, cstatus, _, _, ctext = fetch(urllib.parse.urljoin(url, "/config.json"))
        if cstatus == 200:
            api = urllib.parse.urljoin(url, json.loads(ctext)["apiBase"].rstrip("/") + "/")
    except (ValueError, KeyError, urllib.error.URLError):
        notes.append("no config.json with an apiBase: the API's CORS and cookies were not checked")
    if api:
        probe = {"Origin": FOREIGN_ORIGIN, CLIENT_HEADER[0]: CLIENT_HEADER[1]}
        _, _, h, _, _ = fetch(api + "v1/sessions/current", headers=probe)
        api_answers.append((f"GET {api}v1/sessions/current from {FOREIGN_ORIGIN}", h))
        preflight = {"Origin": FOREIGN_ORIGIN, "Access-Control-Request-Method": "POST",
                     "Access-Control-Request-Headers": "content-type,ms-partnercenter-client"}
        _, _, h, _, _ = fetch(api + "v1/sessions", method="OPTIONS", headers=preflight)
        api_answers.append((f"preflight of POST {api}v1/sessions from {FOREIGN_ORIGIN}", h))
        if args.sign_in:
            password = os.environ.get("PC_HEADERS_PASSWORD")
            if not password:
                ap.error("--sign-in needs the password in PC_HEADERS_PASSWORD")
            body = json.dumps({"userName": args.sign_in, "password": password}).encode()
            _, sstatus, _, scookies, _ = fetch(
                api + "v1/sessions", method="POST", body=body, follow=False,
                headers={"Content-Type": "application/json", CLIENT_HEADER[0]: CLIENT_HEADER[1]},
            )
            if sstatus != 201:
                print(f"signing in as {args.sign_in} answered HTTP {sstatus}", file=sys.stderr)
                return 1
            cookies = cookies + scookies
    if not args.sign_in:
        notes.append("not signed in (--sign-in): only cookies the page sets were graded")

    findings = grade_headers(url, headers, html, cookies, api_answers)
    split = urllib.parse.urlsplit(url)
    if split.scheme == "https":
        host = f"[{split.hostname}]" if ":" in split.hostname else split.hostname
        try:
            _, rstatus, rheaders, _, _ = fetch(f"http://{host}/", follow=False)
            findings += check_redirect(rstatus, rheaders.get("location"), split.hostname)
        except (urllib.error.URLError, OSError):
            findings += check_redirect(None, None, split.hostname)
    total = score(findings)
    grade = grade_of(total)
    print(f"{url}")
    for f in findings:
        print(f"  {f.score:+4d}  {f.test}: {f.text}")
    for n in notes:
        print(f"  note: {n}")
    print(f"score {total}, grade {grade}")
    order = [g for _, g in GRADES]
    if order.index(grade) > order.index(args.require):
        print(f"below the required grade {args.require}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
