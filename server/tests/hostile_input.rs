//! Nothing a client sends can crash the server: bodies with hostile Unicode in every string
//! field (one field at a time in an otherwise valid body, so every field's own rule runs, and all
//! at once), hostile headers, query strings and path segments. Every answer must be 2xx or 4xx.

mod support;

use reqwest::header::HeaderValue;
use reqwest::{Method, Response};
use serde_json::{Value, json};
use support::*;

const E3: &str = "796B6B5F-613C-4E24-A17C-EBA730D49C02";
const PREMIUM: &str = "031C9E47-4802-4248-838E-778FB1D2CC05";

/// Text a fuzzer would send: control characters, combining marks, 4-byte characters, digits that
/// are not ASCII, separators, bidi overrides, and values far longer than any field allows.
fn nasty() -> Vec<String> {
    let mut v: Vec<String> = [
        "",
        " ",
        "\0",
        "\u{7}",
        "\t\r\n",
        "a\u{301}",
        "😀",
        // A 10-byte non-ASCII US postal code: the fuzzer's find (slicing it at byte 5 panicked).
        "ú😀😀",
        "9805😀",
        "98052-😀😀",
        "٩٨٠٥٢",
        "𝟗𝟖𝟎𝟓𝟐",
        "中",
        "\u{202E}moc.osotnoc@evil",
        "\"'<>&;|:%00",
        "-1.5e308",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    v.push("é".repeat(300));
    v.push("😀".repeat(2_000));
    v.push("a".repeat(10_000));
    v
}

/// JSON pointers of every string in `v`.
fn string_leaves(v: &Value, at: &str, out: &mut Vec<String>) {
    match v {
        Value::String(_) => out.push(at.to_string()),
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                string_leaves(x, &format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, x) in map {
                string_leaves(x, &format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")), out);
            }
        }
        _ => {}
    }
}

/// `template` with hostile text in one string field at a time, then in all of them.
fn variants(template: &Value) -> Vec<(String, Value)> {
    let mut leaves = Vec::new();
    string_leaves(template, "", &mut leaves);
    let mut out = Vec::new();
    for value in nasty() {
        for leaf in &leaves {
            let mut body = template.clone();
            *body.pointer_mut(leaf).unwrap() = Value::String(value.clone());
            out.push((format!("{leaf} = {:.40?}", value), body));
        }
        let mut body = template.clone();
        for leaf in &leaves {
            *body.pointer_mut(leaf).unwrap() = Value::String(value.clone());
        }
        out.push((format!("every field = {:.40?}", value), body));
    }
    out
}

fn percent_encode(s: &str) -> String {
    s.bytes().map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}

struct Probe<'a> {
    s: &'a TestServer,
    failures: Vec<String>,
    sent: usize,
}

impl Probe<'_> {
    async fn send(
        &mut self,
        what: &str,
        method: Method,
        path: &str,
        cookie: Option<&str>,
        headers: &[(&str, HeaderValue)],
        body: Option<&Value>,
    ) {
        let mut r = self.s.api(method.clone(), &format!("/api/v1{path}"));
        if let Some(c) = cookie {
            r = r.header("cookie", c);
        }
        for (name, value) in headers {
            r = r.header(*name, value.clone());
        }
        if let Some(b) = body {
            r = r.json(b);
        }
        let res: Response = match r.send().await {
            Ok(res) => res,
            // A URI longer than HTTP allows (64 KiB): the client cannot even send it.
            Err(e) if e.is_builder() => return,
            Err(e) => panic!("{method} {path:.80} [{what}]: {e:.200}"),
        };
        self.sent += 1;
        let status = res.status();
        if !(status.is_success() || status.is_client_error()) {
            let text = res.text().await.unwrap_or_default();
            self.failures.push(format!("{method} {path:.80} [{what}] -> {status} {text:.200}"));
        }
    }

    async fn bodies(&mut self, method: Method, path: &str, cookie: Option<&str>, template: &Value) {
        let if_match = [("if-match", HeaderValue::from_static("*"))];
        let headers: &[(&str, HeaderValue)] = if method == Method::PUT { &if_match } else { &[] };
        for (what, body) in variants(template) {
            self.send(&what, method.clone(), path, cookie, headers, Some(&body)).await;
        }
    }
}

async fn get_json(s: &TestServer, cookie: &str, path: &str) -> Value {
    let res = s.api(Method::GET, &format!("/api/v1{path}")).header("cookie", cookie).send().await.unwrap();
    assert_eq!(res.status(), 200, "GET {path}");
    res.json().await.unwrap()
}

fn address(country: &str, postal_code: &str) -> Value {
    json!({"country": country, "region": "West", "city": "Redmond", "state": "WA", "addressLine1": "1 Microsoft Way",
           "addressLine2": "Building 92", "postalCode": postal_code, "firstName": "Emily", "lastName": "Johnson",
           "phoneNumber": "+1 425 555 0100"})
}

fn customer(domain: &str, culture: &str, address: Value) -> Value {
    json!({
        "companyProfile": {"domain": domain},
        "billingProfile": {"firstName": "Emily", "lastName": "Johnson", "email": "billing@example.com", "culture": culture,
                           "language": "en", "companyName": "Contoso Ltd", "defaultAddress": address},
        "associatedPartnerId": "9b3e5f71-c2d4-4a86-b0e9-1f7a3c5d8e24",
    })
}

/// An enrollment submission; `china` adds the 21Vianet program's own fields (the business
/// licence code, the telephone challenge), which the global cloud refuses before any other rule.
fn submission(country: &str, postal_code: &str, china: bool) -> Value {
    let mut body = json!({
        "mpnId": "5023310",
        "legalBusinessProfile": {
            "companyName": "Northwind Traders",
            "address": {"country": country, "province": "WA", "city": "Redmond", "district": "King",
                        "addressLine1": "1 Microsoft Way", "addressLine2": "Building 92", "postalCode": postal_code},
            "unifiedSocialCreditCode": "91310115MA1K4ABC2X",
            "primaryContact": {"firstName": "Nancy", "lastName": "Davolio", "email": "nancy@northwind.example.com", "phoneNumber": "+1 425 555 0100"}
        },
        "approvalContact": {"firstName": "Nancy", "lastName": "Davolio", "email": "nancy@northwind.example.com", "phoneNumber": "+1 425 555 0100"},
        "supportProfile": {"website": "https://northwind.example.com", "email": "support@northwind.example.com", "telephone": "+1 425 555 0199"},
        "phoneChallengeId": "00000000-0000-0000-0000-000000000000"
    });
    if !china {
        body["legalBusinessProfile"].as_object_mut().unwrap().remove("unifiedSocialCreditCode");
        body.as_object_mut().unwrap().remove("phoneChallengeId");
    }
    body
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_text_never_gets_a_server_error() {
    let f = folders();
    let mut settings = settings(&f);
    settings.rate_limit_per_minute = 0;
    let s = TestServer::start(settings).await;
    let now = partner_center_server::time::now();
    s.state.db.call_blocking(|c| partner_center_server::demo::seed_full(c, now, 3)).unwrap();
    let cn = s.session(CHINA_ADMIN).await;
    let gl = s.session(GLOBAL_ADMIN).await;
    let (cn, gl) = (Some(cn.as_str()), Some(gl.as_str()));
    let cn_customer = get_json(&s, cn.unwrap(), "/customers?size=1").await["items"][0].clone();
    let gl_customer = get_json(&s, gl.unwrap(), "/customers?size=1").await["items"][0].clone();
    let (cn_cid, gl_cid) = (cn_customer["id"].as_str().unwrap(), gl_customer["id"].as_str().unwrap());
    let gl_domain = gl_customer["companyProfile"]["domain"].as_str().unwrap();
    let mut p = Probe { s: &s, failures: Vec::new(), sent: 0 };

    // Customers, their billing profiles (addresses), users and subscriptions.
    let cn_new = customer("hostile.partner.onmschina.cn", "zh-CN", address("CN", "200120"));
    let gl_new = customer("hostile.onmicrosoft.com", "en-US", address("US", "98052-6399"));
    p.bodies(Method::POST, "/customers", cn, &cn_new).await;
    p.bodies(Method::POST, "/customers", gl, &gl_new).await;
    p.bodies(Method::PUT, &format!("/customers/{cn_cid}/profiles/billing"), cn, &cn_new["billingProfile"]).await;
    p.bodies(Method::PUT, &format!("/customers/{gl_cid}/profiles/billing"), gl, &gl_new["billingProfile"]).await;
    let user = json!({"userPrincipalName": format!("jo@{gl_domain}"), "firstName": "Jo", "lastName": "Lee",
                      "displayName": "Jo Lee", "usageLocation": "US",
                      "passwordProfile": {"password": "Str0ng-Passw0rd!", "forceChangePassword": true}});
    p.bodies(Method::POST, &format!("/customers/{gl_cid}/users"), gl, &user).await;
    let subscription = json!({"offerId": E3, "quantity": 1, "friendlyName": "E3 seats"});
    p.bodies(Method::POST, &format!("/customers/{gl_cid}/subscriptions"), gl, &subscription).await;
    // Upgrades (of a subscription that has upgrade paths) and the Microsoft Cloud Agreement.
    for (cookie, cid) in [(cn, cn_cid), (gl, gl_cid)] {
        let path = format!("/customers/{cid}/subscriptions");
        let bought = s
            .api(Method::POST, &format!("/api/v1{path}"))
            .header("cookie", cookie.unwrap())
            .json(&json!({"offerId": PREMIUM, "quantity": 2}))
            .send()
            .await
            .unwrap();
        let sub: Value = bought.json().await.unwrap();
        let sid = sub["id"].as_str().unwrap();
        let upgrade = json!({"targetOffer": {"id": E3, "name": "Office 365 E3"}, "quantity": 2,
                             "upgradeType": "upgrade_only", "isEligible": true, "upgradeErrors": [], "attributes": {}});
        p.bodies(Method::POST, &format!("{path}/{sid}/upgrades"), cookie, &upgrade).await;
    }
    let agreement = json!({"primaryContact": {"firstName": "Emily", "lastName": "Johnson", "email": "emily@contoso.com",
                                              "phoneNumber": "+1 425 555 0100"},
                           "templateId": "998b88de-aa99-4388-a42c-1b3517d49490", "dateAgreed": "2026-01-15",
                           "type": "MicrosoftCloudAgreement"});
    p.bodies(Method::POST, &format!("/customers/{gl_cid}/agreements"), gl, &agreement).await;
    p.bodies(Method::POST, &format!("/customers/{cn_cid}/agreements"), cn, &agreement).await;

    // The partner's own profiles, as read (echoed read-only fields included), in both clouds.
    for cookie in [cn, gl] {
        for kind in ["legalbusiness", "billing", "organization", "support"] {
            let mut template = get_json(&s, cookie.unwrap(), &format!("/profiles/{kind}")).await;
            if kind == "support" {
                template["telephone"] = json!("+1 425 555 0100");
                template["website"] = json!("https://contoso.example.com");
            }
            p.bodies(Method::PUT, &format!("/profiles/{kind}"), cookie, &template).await;
        }
    }

    // Enrollment, accounts, users, invitations, sign-in and codes.
    // The global template without the China program's fields, so that each field's own rule runs.
    p.bodies(Method::POST, "/enrollment", gl, &submission("US", "98052", false)).await;
    p.bodies(Method::POST, "/enrollment", gl, &submission("CN", "200120", true)).await;
    p.bodies(Method::POST, "/enrollment", cn, &submission("CN", "200120", true)).await;
    let account = json!({"organizationDomain": "hostile.partner.onmschina.cn", "organizationName": "Hostile 有限公司",
                         "adminFirstName": "Mei", "adminLastName": "Lin", "userName": "admin", "password": "Str0ng-Passw0rd!"});
    p.bodies(Method::POST, "/accounts", None, &account).await;
    let partner_user = json!({"displayName": "Chloé Lambert", "userPrincipalName": "chloe@fabrikam.onmicrosoft.com",
                              "firstName": "Chloé", "lastName": "Lambert", "adminRole": "billing_admin", "agentRole": "sales_agent"});
    p.bodies(Method::POST, "/users", gl, &partner_user).await;
    let invitation = json!({"resellerEmail": "it@northwind.example.com", "message": "Welcome"});
    p.bodies(Method::POST, "/relationships/invitations", gl, &invitation).await;
    p.bodies(Method::POST, "/sessions", None, &json!({"userName": GLOBAL_ADMIN, "password": "wrong"})).await;
    p.bodies(Method::POST, "/passwordresets", None, &json!({"userName": GLOBAL_ADMIN})).await;
    p.bodies(Method::POST, "/phonechallenges", gl, &json!({"phoneNumber": "+1 425 555 0100"})).await;

    // Hostile query strings and path segments.
    for value in nasty() {
        let q = percent_encode(&value);
        for path in [
            format!("/pricelist?country=US&effective={q}"),
            format!("/pricelist?country={q}"),
            format!("/offers?country=US&size={q}&offset={q}&offer_category_id={q}"),
            format!("/offers/{q}?country=US"),
            format!("/offercategories?country={q}"),
            format!("/customers?size={q}&filter={q}"),
            format!(
                "/customers?filter={}",
                percent_encode(&json!({"Field": "CompanyName", "Value": value, "Operator": "starts_with"}).to_string())
            ),
            format!(
                "/customers?size=3&filter={}",
                percent_encode(
                    &json!({"Field": "CompanyNameOrDomain", "Value": value, "Operator": "starts_with"}).to_string()
                )
            ),
            format!("/customers/{gl_cid}/subscriptions/{q}/upgrades"),
            format!("/customers/{q}/agreements?agreementType={q}"),
            format!("/agreements?agreementType={q}"),
            format!("/customers/{q}"),
            format!("/customers/{gl_cid}/subscriptions/{q}"),
            format!("/customers/{gl_cid}/users/{q}/licenses"),
            format!("/users?size={q}&seekOperation={q}&role={q}"),
            format!("/users/{q}"),
            format!("/roles/{q}/usermembers"),
            format!("/profiles/mpn?mpnId={q}"),
            format!("/profiles/legalbusiness?vettingVersion={q}"),
            format!("/relationships?relationship_type={q}"),
            format!("/relationships/invitations/by-token/{q}"),
            format!("/relationships/invitenewcustomerlink?indirect_reseller_id={q}"),
            format!("/relationships/{q}/customers"),
        ] {
            p.send(&path, Method::GET, &path, gl, &[], None).await;
        }
        p.send("domain", Method::HEAD, &format!("/domains/{q}"), gl, &[], None).await;
    }

    // Hostile header values (every one that HTTP can carry).
    let body = json!({"phoneNumber": "+1 425 555 0100"});
    for value in nasty() {
        let Ok(v) = HeaderValue::from_bytes(value.as_bytes()) else { continue };
        let what = format!("{:.40?}", value);
        for name in ["ms-continuationtoken", "ms-correlationid", "ms-requestid", "accept-language", "accept"] {
            p.send(&what, Method::GET, "/customers?size=2", gl, &[(name, v.clone())], None).await;
        }
        for name in ["ms-requestid", "content-type", "ms-partnercenter-client", "if-match"] {
            p.send(&what, Method::POST, "/phonechallenges", gl, &[(name, v.clone())], Some(&body)).await;
        }
        p.send(&what, Method::PUT, "/profiles/support", gl, &[("if-match", v.clone())], Some(&body)).await;
        let cookie = format!("{}; theme={value}", gl.unwrap());
        if let Ok(c) = HeaderValue::from_bytes(cookie.as_bytes()) {
            p.send(&what, Method::GET, "/sessions/current", None, &[("cookie", c)], None).await;
        }
        p.send(&what, Method::GET, "/sessions/current", None, &[("cookie", v.clone())], None).await;
    }

    assert!(p.sent > 3000, "{} requests", p.sent);
    assert!(
        p.failures.is_empty(),
        "{} of {} requests got a server error:\n{}",
        p.failures.len(),
        p.sent,
        p.failures.iter().take(30).cloned().collect::<Vec<_>>().join("\n")
    );
    s.stop().await;
}
