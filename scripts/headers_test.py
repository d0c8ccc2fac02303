#!/usr/bin/env python3
"""The header grade's rules (scripts/headers.py), on header sets whose Observatory score is known."""

import unittest

from headers import FOREIGN_ORIGIN, check_redirect, grade_headers, grade_of, score

GOOD = {
    "content-security-policy": "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-x5qZ1TDl+rYsYivyi1jQdW8Ay3ewy9wqYQsYNhMBuB8='; "
    "style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
    "strict-transport-security": "max-age=31536000; includeSubDomains",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cross-origin-resource-policy": "same-origin",
    "x-frame-options": "DENY",
}
COOKIE = "__Host-pc_session=abc; Path=/; Secure; HttpOnly; SameSite=Strict"
HTML = '<html><head><script type="module">import init from "/a-0123456789abcdef.js"</script></head></html>'
URL = "https://partner.example.cn/"


def grade(headers=None, cookies=(COOKIE,), html=HTML, api=()):
    findings = grade_headers(URL, GOOD if headers is None else headers, html, list(cookies), list(api))
    return score(findings), {f.test for f in findings}


def without(name, **extra):
    h = {k: v for k, v in GOOD.items() if k != name}
    h.update(extra)
    return h


class Grade(unittest.TestCase):
    def test_the_portal_set_is_a_plus_with_every_bonus(self):
        total, tests = grade()
        self.assertEqual(total, 125)
        self.assertEqual(grade_of(total), "A+")
        self.assertIn("csp-implemented-with-no-unsafe-default-src-none", tests)
        self.assertEqual(grade(cookies=())[0], 120)

    def test_csp(self):
        self.assertEqual(grade(without("content-security-policy"))[0], 75)
        inline = GOOD["content-security-policy"].replace("script-src 'self' 'wasm-unsafe-eval' 'sha256-x5qZ1TDl+rYsYivyi1jQdW8Ay3ewy9wqYQsYNhMBuB8='", "script-src 'self' 'unsafe-inline'")
        self.assertEqual(grade(without("content-security-policy", **{"content-security-policy": inline}))[0], 80)
        evil = GOOD["content-security-policy"].replace("'wasm-unsafe-eval'", "'unsafe-eval'")
        total, tests = grade(without("content-security-policy", **{"content-security-policy": evil}))
        self.assertIn("csp-implemented-with-unsafe-eval", tests)
        self.assertEqual(total, 90 + 5 + 5 + 5)
        loose = GOOD["content-security-policy"].replace("default-src 'none'", "default-src 'self'")
        self.assertEqual(grade(without("content-security-policy", **{"content-security-policy": loose}))[0], 115)

    def test_hsts_nosniff_referrer_framing(self):
        self.assertEqual(grade(without("strict-transport-security"))[0], 80)
        short = without("strict-transport-security", **{"strict-transport-security": "max-age=86400"})
        self.assertEqual(grade(short)[0], 115)
        self.assertEqual(grade(without("x-content-type-options"))[0], 120)
        self.assertEqual(grade(without("referrer-policy"))[0], 120)
        self.assertEqual(grade(without("referrer-policy", **{"referrer-policy": "unsafe-url"}))[0], 115)
        no_ancestors = GOOD["content-security-policy"].replace(" frame-ancestors 'none';", "")
        self.assertEqual(grade(without("content-security-policy", **{"content-security-policy": no_ancestors}))[0], 120)
        neither = without("x-frame-options", **{"content-security-policy": no_ancestors})
        self.assertEqual(grade(neither)[0], 80)

    def test_cookies(self):
        self.assertEqual(grade(cookies=["__Host-pc_session=a; Path=/; HttpOnly; SameSite=Strict"])[0], 80)
        self.assertEqual(grade(cookies=["__Host-pc_session=a; Path=/; Secure; SameSite=Strict"])[0], 70)
        self.assertEqual(grade(cookies=["__Host-pc_session=a; Path=/; Secure; HttpOnly"])[0], 120)

    def test_cors(self):
        star = {"access-control-allow-origin": "*", "access-control-allow-credentials": "true"}
        self.assertEqual(grade(api=[("api", star)])[0], 50)
        echo = {"access-control-allow-origin": FOREIGN_ORIGIN, "access-control-allow-credentials": "true"}
        self.assertEqual(grade(api=[("api", echo)])[0], 50)
        listed = {"access-control-allow-origin": "https://partner.example.cn", "access-control-allow-credentials": "true"}
        self.assertEqual(grade(api=[("api", listed), ("preflight", {})])[0], 125)
        self.assertEqual(grade(without("x", **{"access-control-allow-origin": "*"}))[0], 50)

    def test_external_scripts(self):
        self.assertEqual(grade(html='<script src="http://cdn.example/x.js"></script>')[0], 50)
        self.assertEqual(grade(html='<script src="https://cdn.example/x.js"></script>')[0], 120)
        self.assertEqual(grade(html='<script src="https://cdn.example/x.js" integrity="sha384-x"></script>')[0], 125)

    def test_http_redirects_to_https(self):
        host = "partner.example.cn"
        self.assertEqual(check_redirect(301, "https://partner.example.cn/", host)[0].score, 0)
        self.assertEqual(check_redirect(None, None, host)[0].score, 0)
        self.assertEqual(check_redirect(200, None, host)[0].score, -20)
        self.assertEqual(check_redirect(301, "http://partner.example.cn/x", host)[0].score, -20)
        self.assertEqual(check_redirect(302, "https://elsewhere.example/", host)[0].score, -5)

    def test_grades(self):
        self.assertEqual([grade_of(s) for s in (130, 100, 99, 85, 24)], ["A+", "A+", "A", "A-", "F"])


if __name__ == "__main__":
    unittest.main()
