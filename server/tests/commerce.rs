//! Commerce: offers, the price list, pinned offers, customers, profiles, subscriptions,
//! customer users and licences — over real HTTP, with the demo catalog and generated customers.

mod support;

use std::collections::HashSet;
use std::time::Instant;

use partner_center_server::api::{catalog, customers};
use partner_center_server::demo;
use reqwest::{Method, Response};
use serde_json::{Value, json};
use support::*;

const CHINA_PARTNER: &str = "cfe1ed27-9891-45e6-bc4d-60240e06cb28";
const GLOBAL_PARTNER: &str = "67c7b3a4-dc8a-4729-b820-8c4d3c2eab52";
const E3: &str = "796B6B5F-613C-4E24-A17C-EBA730D49C02";
const ATP: &str = "4E4AF6C1-2B4F-4D1E-A4D3-7C2B8E9A1F20";
const AZURE: &str = "DZH318Z0BPS6";

/// A server with the demo catalog and `n` generated customers per demo partner.
async fn server(n: usize) -> (TestServer, Folders) {
    let f = folders();
    let mut settings = settings(&f);
    settings.rate_limit_per_minute = 0;
    let s = TestServer::start(settings).await;
    let now = partner_center_server::time::now();
    s.state.db.call_blocking(|c| {
        let tx = c.transaction().unwrap();
        demo::catalog::seed(&tx, now).unwrap();
        demo::customers::seed(&tx, now).unwrap();
        demo::customers::seed_bulk(&tx, now, n).unwrap();
        tx.commit().unwrap();
    });
    (s, f)
}

struct Client<'a> {
    s: &'a TestServer,
    cookie: String,
}

impl Client<'_> {
    async fn send(&self, method: Method, path: &str, body: Option<Value>, headers: &[(&str, &str)]) -> Response {
        let mut r = self.s.api(method, &format!("/api/v1{path}")).header("cookie", &self.cookie);
        for (k, v) in headers {
            r = r.header(*k, *v);
        }
        if let Some(b) = body {
            r = r.json(&b);
        }
        r.send().await.unwrap()
    }

    async fn get(&self, path: &str) -> Response {
        self.send(Method::GET, path, None, &[]).await
    }

    async fn json(&self, path: &str) -> Value {
        let res = self.get(path).await;
        assert_eq!(res.status(), 200, "GET {path}");
        res.json().await.unwrap()
    }
}

async fn client<'a>(s: &'a TestServer, upn: &str) -> Client<'a> {
    Client { s, cookie: s.session(upn).await }
}

async fn ok(res: Response, status: u16) -> (Value, reqwest::header::HeaderMap) {
    let got = res.status().as_u16();
    let headers = res.headers().clone();
    let body: Value = if got == 204 { Value::Null } else { res.json().await.unwrap_or(Value::Null) };
    assert_eq!(got, status, "{body}");
    (body, headers)
}

fn first_customer_id(list: &Value) -> String {
    list["items"][0]["id"].as_str().unwrap().to_string()
}

fn new_customer(cloud: &str, prefix: &str) -> Value {
    if cloud == "china" {
        json!({
            "companyProfile": {"domain": format!("{prefix}.partner.onmschina.cn")},
            "billingProfile": {
                "email": "it@example.com.cn", "culture": "zh-CN", "language": "zh", "companyName": "上海云帆软件有限公司",
                "defaultAddress": {"country": "CN", "city": "上海市", "state": "上海市", "addressLine1": "浦东新区陆家嘴环路1000号",
                  "postalCode": "200120", "firstName": "伟", "lastName": "王", "phoneNumber": "+86 138 0000 0000"}
            }
        })
    } else {
        json!({
            "companyProfile": {"domain": format!("{prefix}.onmicrosoft.com")},
            "billingProfile": {
                "email": "billing@example.com", "culture": "en-US", "language": "en", "companyName": "Contoso Ltd",
                "defaultAddress": {"country": "US", "city": "Redmond", "state": "WA", "addressLine1": "1 Microsoft Way",
                  "postalCode": "98052", "firstName": "Emily", "lastName": "Johnson", "phoneNumber": "+1 425 555 0100"}
            }
        })
    }
}

#[tokio::test]
async fn offers_follow_the_partners_country() {
    let (s, _f) = server(0).await;
    let cn = client(&s, CHINA_ADMIN).await;
    let body = cn.json("/offers?country=CN").await;
    assert_eq!(body["attributes"]["objectType"], "Collection");
    let items = body["items"].as_array().unwrap();
    assert!(items.len() >= 8);
    assert!(
        items.iter().all(|o| o["unitPrice"]["currency"] == "CNY" && o["billing"] == "license"),
        "no Azure in China"
    );
    assert!(items.iter().any(|o| o["name"] == "Office 365 E3"));
    let e = error_body(cn.get("/offers?country=US").await, 403, "2030").await;
    assert_eq!(e["description"], "Partner not onboarded to sell in country.");
    error_body(cn.get("/offers?country=XX").await, 400, "validation_failed").await;
    error_body(cn.get("/offers").await, 400, "validation_failed").await;

    let gl = client(&s, GLOBAL_ADMIN).await;
    let body = gl.json("/offers?country=US&offset=0&size=5").await;
    assert_eq!(body["totalCount"], 5);
    assert_eq!(body["links"]["next"]["uri"], "/v1/offers?country=US&offset=5&size=5");
    let all = gl.json("/offers?country=FR&size=100").await;
    let azure = all["items"].as_array().unwrap().iter().find(|o| o["id"] == AZURE).expect("Azure plan");
    assert_eq!(azure["billing"], "usage");
    assert_eq!(azure["unitPrice"]["currency"], "USD");
    error_body(gl.get("/offers?country=CN").await, 403, "2030").await;
    let one = gl.json(&format!("/offers/{E3}?country=US")).await;
    assert_eq!((one["name"].as_str(), one["category"]["id"].as_str()), (Some("Office 365 E3"), Some("Office")));
    assert_eq!(one["attributes"]["objectType"], "Offer");
    error_body(gl.get("/offers/nope?country=US").await, 404, "not_found").await;
    error_body(cn.get(&format!("/offers/{AZURE}?country=CN")).await, 404, "not_found").await;
    let cats = gl.json("/offercategories?country=US").await;
    assert!(cats["items"].as_array().unwrap().iter().any(|c| c["id"] == "Azure"));
    let cats = cn.json("/offercategories?country=CN").await;
    assert!(!cats["items"].as_array().unwrap().iter().any(|c| c["id"] == "Azure"));
}

#[tokio::test]
async fn the_price_list_previews_thirty_days() {
    let (s, _f) = server(0).await;
    let cn = client(&s, CHINA_ADMIN).await;
    let today = partner_center_server::time::now().div_euclid(86_400);
    let rows = cn.json("/pricelist?country=CN").await;
    let rows = rows["items"].as_array().unwrap();
    assert!(rows.iter().all(|r| r["currency"] == "CNY"));
    assert!(rows.iter().any(|r| r["changeCode"] == "unc"));
    assert!(!rows.iter().any(|r| r["changeCode"] == "add"), "not yet valid");
    let ahead = catalog::format_day(today + 25);
    let rows = cn.json(&format!("/pricelist?country=CN&effective={ahead}")).await;
    let rows = rows["items"].as_array().unwrap();
    assert!(rows.iter().any(|r| r["changeCode"] == "add"));
    assert!(rows.iter().any(|r| r["changeCode"] == "chg"));
    assert!(!rows.iter().any(|r| r["changeCode"] == "del"), "ended");
    let row = &rows[0];
    for k in [
        "offerId",
        "offerName",
        "validFrom",
        "licenseAgreementType",
        "purchaseUnit",
        "secondaryLicenseType",
        "endCustomerType",
        "listPrice",
        "erpPrice",
    ] {
        assert!(row[k].is_string(), "{k} in {row}");
    }
    let far = catalog::format_day(today + 31);
    let e = error_body(cn.get(&format!("/pricelist?country=CN&effective={far}")).await, 400, "validation_failed").await;
    assert_eq!(field_codes(&e), [("effective".to_string(), "out_of_range".to_string())]);
    error_body(cn.get("/pricelist?country=CN&effective=2026-13-01").await, 400, "validation_failed").await;
    error_body(cn.get("/pricelist?country=US").await, 403, "2030").await;
    let gl = client(&s, GLOBAL_ADMIN).await;
    let rows = gl.json("/pricelist?country=US").await;
    assert!(rows["items"].as_array().unwrap().iter().all(|r| r["currency"] == "USD"));
}

#[tokio::test]
async fn pinned_offers_need_if_match_and_at_most_five() {
    let (s, _f) = server(0).await;
    let gl = client(&s, GLOBAL_ADMIN).await;
    let res = gl.get("/pinnedoffers").await;
    let etag = res.headers()["etag"].to_str().unwrap().to_string();
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["items"][0]["offerId"], E3);
    assert_eq!(body["items"][0]["offerName"], "Office 365 E3");
    assert_eq!(format!("\"{}\"", body["attributes"]["etag"].as_str().unwrap()), etag);
    let put = |b: Value, h: Vec<(&'static str, String)>| {
        let gl = &gl;
        async move {
            let hs: Vec<(&str, &str)> = h.iter().map(|(k, v)| (*k, v.as_str())).collect();
            gl.send(Method::PUT, "/pinnedoffers", Some(b), &hs).await
        }
    };
    error_body(put(json!({"offerIds": [AZURE]}), vec![]).await, 428, "precondition_required").await;
    error_body(
        put(json!({"offerIds": [AZURE]}), vec![("if-match", "\"stale\"".into())]).await,
        412,
        "precondition_failed",
    )
    .await;
    let six: Vec<&str> = demo::catalog::OFFERS.iter().take(6).map(|o| o.id).collect();
    let e = error_body(put(json!({"offerIds": six}), vec![("if-match", etag.clone())]).await, 400, "validation_failed")
        .await;
    assert_eq!(field_codes(&e), [("offerIds".to_string(), "too_many".to_string())]);
    let e = error_body(
        put(json!({"offerIds": [AZURE, "nope"]}), vec![("if-match", etag.clone())]).await,
        400,
        "validation_failed",
    )
    .await;
    assert_eq!(field_codes(&e), [("offerIds[1]".to_string(), "invalid_value".to_string())]);
    error_body(put(json!({"offerIds": [AZURE], "x": 1}), vec![("if-match", etag.clone())]).await, 400, "invalid_body")
        .await;
    let (body, headers) = ok(put(json!({"offerIds": [AZURE, ATP]}), vec![("if-match", etag.clone())]).await, 200).await;
    assert_eq!(body["totalCount"], 2);
    assert_ne!(headers["etag"].to_str().unwrap(), etag);
    error_body(put(json!({"offerIds": []}), vec![("if-match", etag.clone())]).await, 412, "precondition_failed").await;
    // China cannot pin the Azure plan: it is not in its catalog.
    let cn = client(&s, CHINA_ADMIN).await;
    let etag = cn.get("/pinnedoffers").await.headers()["etag"].to_str().unwrap().to_string();
    let res = cn.send(Method::PUT, "/pinnedoffers", Some(json!({"offerIds": [AZURE]})), &[("if-match", &etag)]).await;
    error_body(res, 400, "validation_failed").await;
}

#[tokio::test]
async fn customers_page_with_seek_tokens_and_filter() {
    let (s, _f) = server(250).await;
    for (upn, cloud) in [(CHINA_ADMIN, "china"), (GLOBAL_ADMIN, "global")] {
        let c = client(&s, upn).await;
        let mut seen = Vec::new();
        let mut path = "/customers?size=100".to_string();
        let mut token: Option<String> = None;
        let mut pages = 0;
        loop {
            let hs: Vec<(&str, &str)> = token.iter().map(|t| ("MS-ContinuationToken", t.as_str())).collect();
            let (body, _) = ok(c.send(Method::GET, &path, None, &hs).await, 200).await;
            pages += 1;
            for item in body["items"].as_array().unwrap() {
                assert_eq!(item["attributes"]["objectType"], "Customer");
                assert_eq!(item["relationshipToPartner"], "reseller");
                let domain = item["companyProfile"]["domain"].as_str().unwrap();
                assert!(domain.ends_with(if cloud == "china" { ".partner.onmschina.cn" } else { ".onmicrosoft.com" }));
                seen.push((
                    item["companyProfile"]["companyName"].as_str().unwrap().to_lowercase(),
                    item["id"].as_str().unwrap().to_string(),
                ));
            }
            match body["links"]["next"].as_object() {
                Some(next) => {
                    path = next["uri"].as_str().unwrap().trim_start_matches("/v1").to_string();
                    assert!(path.contains("seekOperation=Next"));
                    token = Some(next["headers"][0]["value"].as_str().unwrap().to_string());
                    assert_eq!(next["headers"][0]["key"], "MS-ContinuationToken");
                }
                None => break,
            }
        }
        assert_eq!(pages, 3);
        assert_eq!(seen.len(), 250, "{cloud}");
        let mut sorted = seen.clone();
        sorted.sort();
        assert_eq!(seen, sorted, "sorted by company name then id");
        assert_eq!(seen.iter().map(|x| &x.1).collect::<HashSet<_>>().len(), 250);
    }

    let cn = client(&s, CHINA_ADMIN).await;
    let filter = r#"{"Field":"CompanyName","Value":"北京","Operator":"starts_with"}"#;
    let path = format!("/customers?size=500&filter={}", customers::rules::percent_encode(filter));
    let body = cn.json(&path).await;
    let items = body["items"].as_array().unwrap();
    assert!(!items.is_empty() && items.len() < 250);
    assert!(items.iter().all(|i| i["companyProfile"]["companyName"].as_str().unwrap().starts_with("北京")));
    // Paging keeps the filter.
    let small = format!("/customers?size=3&filter={}", customers::rules::percent_encode(filter));
    let body = cn.json(&small).await;
    assert!(body["links"]["next"]["uri"].as_str().unwrap().contains("filter="));
    let domain = items[0]["companyProfile"]["domain"].as_str().unwrap();
    let filter =
        json!({"Field": "Domain", "Value": &domain[..domain.len() - 3], "Operator": "starts_with"}).to_string();
    let body = cn.json(&format!("/customers?filter={}", customers::rules::percent_encode(&filter))).await;
    assert_eq!(body["totalCount"], 1);
    for bad in [
        "not json",
        r#"{"Field":"Country","Value":"x","Operator":"starts_with"}"#,
        r#"{"Field":"CompanyName","Value":"x","Operator":"equals"}"#,
        r#"{"Field":"CompanyName","Value":"","Operator":"starts_with"}"#,
    ] {
        let res = cn.get(&format!("/customers?filter={}", customers::rules::percent_encode(bad))).await;
        let e = error_body(res, 400, "validation_failed").await;
        assert_eq!(field_codes(&e)[0].0, "filter");
    }
    error_body(cn.get("/customers?size=0").await, 400, "validation_failed").await;
    error_body(cn.get("/customers?size=abc").await, 400, "validation_failed").await;
    let res = cn.send(Method::GET, "/customers", None, &[("MS-ContinuationToken", "%%%")]).await;
    error_body(res, 400, "validation_failed").await;
}

/// Every page of `path` (following `links.next` with its token): the pages' bodies.
async fn all_pages(c: &Client<'_>, path: &str) -> Vec<Value> {
    let mut pages = Vec::new();
    let mut path = path.to_string();
    let mut token: Option<String> = None;
    loop {
        let hs: Vec<(&str, &str)> = token.iter().map(|t| ("MS-ContinuationToken", t.as_str())).collect();
        let (body, _) = ok(c.send(Method::GET, &path, None, &hs).await, 200).await;
        let next = body["links"]["next"].clone();
        pages.push(body);
        match next.as_object() {
            Some(next) => {
                path = next["uri"].as_str().unwrap().trim_start_matches("/v1").to_string();
                token = Some(next["headers"][0]["value"].as_str().unwrap().to_string());
            }
            None => return pages,
        }
    }
}

fn search_path(field: &str, value: &str, size: u32) -> String {
    let filter = json!({"Field": field, "Value": value, "Operator": "starts_with"}).to_string();
    format!("/customers?size={size}&filter={}", customers::rules::percent_encode(&filter))
}

/// `(company name key, id)` of every item of the pages.
fn keys(pages: &[Value]) -> Vec<(String, String)> {
    pages
        .iter()
        .flat_map(|p| p["items"].as_array().unwrap().iter())
        .map(|i| {
            (i["companyProfile"]["companyName"].as_str().unwrap().to_lowercase(), i["id"].as_str().unwrap().to_string())
        })
        .collect()
}

#[tokio::test]
async fn one_box_search_matches_name_or_domain_with_a_match_count() {
    let (s, _f) = server(300).await;
    for (upn, prefixes) in [
        (CHINA_ADMIN, &["北京", "hu", "HUAXIN", "上海远", "x", "bj", "zz", "ü"][..]),
        (GLOBAL_ADMIN, &["co", "Contoso", "주식회사", "hanbit", "LEF", "boulangerie", "a", "qq"][..]),
    ] {
        let c = client(&s, upn).await;
        let everyone = all_pages(&c, "/customers?size=500").await;
        assert_eq!(everyone[0]["matchCount"], 300, "the first page counts all customers");
        let all: Vec<(String, String, String)> = everyone
            .iter()
            .flat_map(|p| p["items"].as_array().unwrap().clone())
            .map(|i| {
                (
                    i["companyProfile"]["companyName"].as_str().unwrap().to_lowercase(),
                    i["id"].as_str().unwrap().to_string(),
                    i["companyProfile"]["domain"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        for prefix in prefixes {
            let p = prefix.to_lowercase();
            let expected: Vec<(String, String)> = all
                .iter()
                .filter(|(name, _, domain)| name.starts_with(&p) || domain.starts_with(&p))
                .map(|(name, id, _)| (name.clone(), id.clone()))
                .collect();
            for size in [7, 500] {
                let pages = all_pages(&c, &search_path("CompanyNameOrDomain", &format!(" {prefix} "), size)).await;
                assert_eq!(keys(&pages), expected, "{prefix} by {size}");
                assert_eq!(pages[0]["matchCount"], expected.len(), "{prefix}");
                assert!(pages[1..].iter().all(|p| p.get("matchCount").is_none()), "later pages leave it out");
                assert!(pages.iter().all(|p| p["totalCount"] == p["items"].as_array().unwrap().len()));
            }
            // Each one-field search counts its own matches.
            for (field, on_name) in [("CompanyName", true), ("Domain", false)] {
                let pages = all_pages(&c, &search_path(field, prefix, 500)).await;
                let n = all
                    .iter()
                    .filter(|(name, _, domain)| if on_name { name.starts_with(&p) } else { domain.starts_with(&p) })
                    .count();
                assert_eq!(
                    (keys(&pages).len(), pages[0]["matchCount"].as_u64()),
                    (n, Some(n as u64)),
                    "{field} {prefix}"
                );
            }
        }
        // Both halves match: the union has each customer once.
        let pages =
            all_pages(&c, &search_path("CompanyNameOrDomain", if upn == CHINA_ADMIN { "北" } else { "c" }, 3)).await;
        let found = keys(&pages);
        assert_eq!(found.iter().map(|k| &k.1).collect::<HashSet<_>>().len(), found.len());
    }
    // Another partner's customers never match, and a search with no match is an empty page.
    let gl = client(&s, GLOBAL_ADMIN).await;
    let body = gl.json(&search_path("CompanyNameOrDomain", "北京", 10)).await;
    assert_eq!((body["totalCount"].as_u64(), body["matchCount"].as_u64()), (Some(0), Some(0)));
    assert!(body["links"]["next"].is_null() && body["items"].as_array().unwrap().is_empty());
    // Hostile values are a prefix like any other, or a 400; never a 500.
    for value in ["%", "_", "'; DROP TABLE customers; --", "\u{10FFFF}", "a\u{0}b", "\u{7}", "🙂", &"é".repeat(100)]
    {
        let res = gl.get(&search_path("CompanyNameOrDomain", value, 5)).await;
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["matchCount"], 0, "{value:?}: {body}");
    }
    for bad in [" ".to_string(), "x".repeat(101), "\t\n".to_string()] {
        let e = error_body(gl.get(&search_path("CompanyNameOrDomain", &bad, 5)).await, 400, "validation_failed").await;
        assert_eq!(field_codes(&e), [("filter".to_string(), "invalid_value".to_string())]);
    }
}

#[tokio::test]
async fn five_thousand_customers_seed_and_list_fast() {
    let f = folders();
    let s = TestServer::start(settings(&f)).await;
    let now = partner_center_server::time::now();
    let started = Instant::now();
    s.state.db.call_blocking(|c| {
        let tx = c.transaction().unwrap();
        demo::customers::seed_bulk(&tx, now, 5_000).unwrap();
        tx.commit().unwrap();
    });
    let seeded = started.elapsed();
    eprintln!("seeded 2 x 5000 customers in {seeded:?}");
    assert!(seeded.as_secs() < 30, "{seeded:?}");
    let n: i64 = s.state.db.call_blocking(|c| c.query_row("SELECT count(*) FROM customers", [], |r| r.get(0))).unwrap();
    assert_eq!(n, 10_000);
    let c = client(&s, CHINA_ADMIN).await;
    let started = Instant::now();
    let body = c.json("/customers?size=100").await;
    assert_eq!(body["totalCount"], 100);
    let token = body["links"]["next"]["headers"][0]["value"].as_str().unwrap().to_string();
    let res =
        c.send(Method::GET, "/customers?size=100&seekOperation=Next", None, &[("MS-ContinuationToken", &token)]).await;
    assert_eq!(res.status(), 200);
    assert!(started.elapsed().as_millis() < 2_000, "{:?}", started.elapsed());
}

#[tokio::test]
async fn create_a_customer_once_per_domain() {
    let (s, _f) = server(0).await;
    let cn = client(&s, CHINA_ADMIN).await;
    let res = cn.send(Method::HEAD, "/domains/yunfansoft.partner.onmschina.cn", None, &[]).await;
    assert_eq!(res.status(), 404);
    let (body, headers) =
        ok(cn.send(Method::POST, "/customers", Some(new_customer("china", "yunfansoft")), &[]).await, 201).await;
    let id = body["id"].as_str().unwrap();
    assert_eq!(headers["location"].to_str().unwrap(), format!("/api/v1/customers/{id}"));
    assert_eq!(body["companyProfile"]["tenantId"], id);
    assert_eq!(body["companyProfile"]["companyName"], "上海云帆软件有限公司");
    assert_eq!(body["userCredentials"]["userName"], "admin@yunfansoft.partner.onmschina.cn");
    assert!(body["userCredentials"]["password"].as_str().unwrap().len() >= 12);
    assert_eq!(body["billingProfile"]["defaultAddress"]["postalCode"], "200120");
    assert_eq!(body["billingProfile"]["firstName"], "伟");
    // Shown once: reading the customer has no credentials.
    let read = cn.json(&format!("/customers/{id}")).await;
    assert!(read.get("userCredentials").is_none());
    assert_eq!(read["allowDelegatedAccess"], true);
    let res = cn.send(Method::HEAD, "/domains/YunFanSoft.partner.onmschina.cn", None, &[]).await;
    assert_eq!(res.status(), 200);
    error_body(
        cn.send(Method::POST, "/customers", Some(new_customer("china", "yunfansoft")), &[]).await,
        409,
        "domain_taken",
    )
    .await;
    // The global partner cannot take it either, nor use the China suffix.
    let gl = client(&s, GLOBAL_ADMIN).await;
    let e = error_body(
        gl.send(Method::POST, "/customers", Some(new_customer("china", "other")), &[]).await,
        400,
        "validation_failed",
    )
    .await;
    let fields: Vec<String> = field_codes(&e).into_iter().map(|x| x.0).collect();
    assert!(fields.contains(&"companyProfile.domain".to_string()), "{fields:?}");
    assert!(fields.contains(&"billingProfile.defaultAddress.country".to_string()), "{fields:?}");
    ok(gl.send(Method::POST, "/customers", Some(new_customer("global", "contosoltd")), &[]).await, 201).await;

    let mut bad = new_customer("china", "badone");
    bad["billingProfile"]["email"] = json!("not-an-email");
    bad["billingProfile"]["culture"] = json!("fr-FR");
    bad["billingProfile"]["defaultAddress"]["postalCode"] = json!("2001");
    bad["billingProfile"]["defaultAddress"]["country"] = json!("US");
    bad["billingProfile"]["defaultAddress"]["phoneNumber"] = json!("call me");
    bad["billingProfile"]["companyName"] = json!("x".repeat(51));
    let e = error_body(cn.send(Method::POST, "/customers", Some(bad), &[]).await, 400, "validation_failed").await;
    let codes = field_codes(&e);
    for (field, code) in [
        ("billingProfile.email", "invalid_format"),
        ("billingProfile.culture", "invalid_value"),
        ("billingProfile.companyName", "too_long"),
        ("billingProfile.defaultAddress.country", "invalid_value"),
        ("billingProfile.defaultAddress.phoneNumber", "invalid_format"),
    ] {
        assert!(codes.contains(&(field.to_string(), code.to_string())), "{field} {code} in {codes:?}");
    }
    let mut bad = new_customer("china", "bad-two");
    bad["billingProfile"]["defaultAddress"]["postalCode"] = json!("2001");
    let e = error_body(cn.send(Method::POST, "/customers", Some(bad), &[]).await, 400, "validation_failed").await;
    let codes = field_codes(&e);
    assert!(codes.contains(&("companyProfile.domain".into(), "invalid_format".into())));
    assert!(codes.contains(&("billingProfile.defaultAddress.postalCode".into(), "invalid_format".into())));
    let mut bad = new_customer("china", "x");
    bad["companyProfile"]["extra"] = json!(1);
    error_body(cn.send(Method::POST, "/customers", Some(bad), &[]).await, 400, "invalid_body").await;
    assert_eq!(cn.send(Method::HEAD, "/domains/bad%20domain", None, &[]).await.status(), 400);
}

#[tokio::test]
async fn billing_profile_updates_need_if_match() {
    let (s, _f) = server(5).await;
    let cn = client(&s, CHINA_ADMIN).await;
    let id = first_customer_id(&cn.json("/customers?size=1").await);
    let company = cn.json(&format!("/customers/{id}/profiles/company")).await;
    assert_eq!(company["attributes"]["objectType"], "CustomerCompanyProfile");
    assert_eq!(company["tenantId"], id.as_str());
    let res = cn.get(&format!("/customers/{id}/profiles/billing")).await;
    let etag = res.headers()["etag"].to_str().unwrap().to_string();
    let profile: Value = res.json().await.unwrap();
    assert_eq!(profile["attributes"]["objectType"], "CustomerBillingProfile");
    let mut update = json!({
        "firstName": "敏", "lastName": "张", "email": "finance@example.cn", "culture": "en-US", "language": "en",
        "companyName": profile["companyName"], "defaultAddress": profile["defaultAddress"],
    });
    let path = format!("/customers/{id}/profiles/billing");
    error_body(cn.send(Method::PUT, &path, Some(update.clone()), &[]).await, 428, "precondition_required").await;
    error_body(
        cn.send(Method::PUT, &path, Some(update.clone()), &[("if-match", "\"old\"")]).await,
        412,
        "precondition_failed",
    )
    .await;
    let (body, headers) =
        ok(cn.send(Method::PUT, &path, Some(update.clone()), &[("if-match", &etag)]).await, 200).await;
    assert_eq!(body["email"], "finance@example.cn");
    assert_eq!(body["culture"], "en-US");
    let new_etag = headers["etag"].to_str().unwrap().to_string();
    assert_ne!(new_etag, etag);
    error_body(
        cn.send(Method::PUT, &path, Some(update.clone()), &[("if-match", &etag)]).await,
        412,
        "precondition_failed",
    )
    .await;
    update["defaultAddress"]["postalCode"] = json!("ABC");
    update["email"] = json!("");
    let e = error_body(
        cn.send(Method::PUT, &path, Some(update), &[("if-match", &new_etag)]).await,
        400,
        "validation_failed",
    )
    .await;
    assert_eq!(
        field_codes(&e),
        [
            ("email".to_string(), "required".to_string()),
            ("defaultAddress.postalCode".to_string(), "invalid_format".to_string())
        ]
    );
    // Another partner's customer does not exist for this partner.
    let gl = client(&s, GLOBAL_ADMIN).await;
    for p in ["", "/profiles/company", "/profiles/billing", "/subscriptions"] {
        error_body(gl.get(&format!("/customers/{id}{p}")).await, 404, "not_found").await;
    }
    let res = gl.send(Method::PUT, &path, Some(json!({})), &[("if-match", "*")]).await;
    assert_eq!(res.status(), 400, "body errors come first");
    error_body(gl.get("/customers/00000000-0000-0000-0000-000000000000").await, 404, "not_found").await;
}

#[tokio::test]
async fn relationship_request_links_per_cloud() {
    let (s, _f) = server(0).await;
    let cn = client(&s, CHINA_ADMIN).await;
    let body = cn.json("/customers/relationshiprequests").await;
    let url = body["url"].as_str().unwrap();
    assert!(url.starts_with("https://portal.partner.microsoftonline.cn/"), "{url}");
    assert!(url.contains(&format!("partnerId={CHINA_PARTNER}&msppId=0&DAP=true")));
    assert_eq!(body["attributes"]["objectType"], "RelationshipRequest");
    let gl = client(&s, GLOBAL_ADMIN).await;
    let url = gl.json("/customers/relationshiprequests").await["url"].as_str().unwrap().to_string();
    assert!(url.starts_with("https://admin.microsoft.com/") && url.contains(GLOBAL_PARTNER), "{url}");
}

#[tokio::test]
async fn subscriptions_buy_rename_suspend() {
    let (s, _f) = server(3).await;
    let gl = client(&s, GLOBAL_ADMIN).await;
    let id = first_customer_id(&gl.json("/customers?size=1").await);
    let list = gl.json(&format!("/customers/{id}/subscriptions")).await;
    let before = list["items"].as_array().unwrap().len();
    assert!((1..=4).contains(&before));
    let path = format!("/customers/{id}/subscriptions");
    let e = error_body(
        gl.send(Method::POST, &path, Some(json!({"offerId": E3, "quantity": 0})), &[]).await,
        400,
        "validation_failed",
    )
    .await;
    assert_eq!(field_codes(&e), [("quantity".to_string(), "out_of_range".to_string())]);
    let e = error_body(
        gl.send(Method::POST, &path, Some(json!({"offerId": "nope", "quantity": 1})), &[]).await,
        400,
        "validation_failed",
    )
    .await;
    assert_eq!(field_codes(&e), [("offerId".to_string(), "invalid_value".to_string())]);
    error_body(
        gl.send(Method::POST, &path, Some(json!({"offerId": E3, "quantity": 1, "friendlyName": "x".repeat(51)})), &[])
            .await,
        400,
        "validation_failed",
    )
    .await;
    let (sub, headers) = ok(
        gl.send(Method::POST, &path, Some(json!({"offerId": E3, "quantity": 10, "friendlyName": "Head office"})), &[])
            .await,
        201,
    )
    .await;
    let sid = sub["id"].as_str().unwrap().to_string();
    assert_eq!(headers["location"].to_str().unwrap(), format!("/api/v1/customers/{id}/subscriptions/{sid}"));
    assert_eq!(
        (sub["offerName"].as_str(), sub["friendlyName"].as_str(), sub["quantity"].as_i64()),
        (Some("Office 365 E3"), Some("Head office"), Some(10))
    );
    assert_eq!(
        (sub["status"].as_str(), sub["billingType"].as_str(), sub["unitType"].as_str()),
        (Some("active"), Some("license"), Some("Licenses"))
    );
    assert_eq!(sub["attributes"]["objectType"], "Subscription");
    // The add-on needs E3, which it now has.
    ok(gl.send(Method::POST, &path, Some(json!({"offerId": ATP, "quantity": 5})), &[]).await, 201).await;
    let list = gl.json(&path).await;
    assert_eq!(list["items"].as_array().unwrap().len(), before + 2);

    let one = format!("{path}/{sid}");
    let etag = sub["attributes"]["etag"].as_str().unwrap().to_string();
    let read = gl.get(&one).await;
    assert_eq!(read.headers()["etag"].to_str().unwrap(), format!("\"{etag}\""));
    error_body(gl.send(Method::PATCH, &one, Some(json!({"quantity": 12})), &[]).await, 428, "precondition_required")
        .await;
    error_body(
        gl.send(Method::PATCH, &one, Some(json!({"quantity": 12})), &[("if-match", "\"x\"")]).await,
        412,
        "precondition_failed",
    )
    .await;
    error_body(gl.send(Method::PATCH, &one, Some(json!({})), &[("if-match", &etag)]).await, 400, "validation_failed")
        .await;
    error_body(
        gl.send(Method::PATCH, &one, Some(json!({"status": "deleted"})), &[("if-match", &etag)]).await,
        400,
        "invalid_body",
    )
    .await;
    let (sub, h) = ok(
        gl.send(Method::PATCH, &one, Some(json!({"quantity": 12, "friendlyName": "HQ"})), &[("if-match", &etag)]).await,
        200,
    )
    .await;
    assert_eq!((sub["quantity"].as_i64(), sub["friendlyName"].as_str()), (Some(12), Some("HQ")));
    let etag = h["etag"].to_str().unwrap().trim_matches('"').to_string();
    let (sub, _) =
        ok(gl.send(Method::PATCH, &one, Some(json!({"status": "suspended"})), &[("if-match", &etag)]).await, 200).await;
    assert_eq!(sub["status"], "suspended");
    assert_eq!(sub["suspensionReasons"], json!(["partner_initiated"]));
    let etag = sub["attributes"]["etag"].as_str().unwrap().to_string();
    error_body(
        gl.send(Method::PATCH, &one, Some(json!({"quantity": 20})), &[("if-match", &etag)]).await,
        409,
        "subscription_suspended",
    )
    .await;
    let (sub, _) = ok(
        gl.send(Method::PATCH, &one, Some(json!({"status": "active", "quantity": 20})), &[("if-match", &etag)]).await,
        200,
    )
    .await;
    assert_eq!((sub["status"].as_str(), sub["quantity"].as_i64()), (Some("active"), Some(20)));
    assert_eq!(sub["suspensionReasons"], json!([]));
    // A deleted subscription cannot change.
    s.state
        .db
        .call_blocking(|c| c.execute("UPDATE subscriptions SET status = 'deleted' WHERE id = ?1", [&sid]).unwrap());
    let etag = gl.json(&one).await["attributes"]["etag"].as_str().unwrap().to_string();
    error_body(
        gl.send(Method::PATCH, &one, Some(json!({"friendlyName": "x"})), &[("if-match", &etag)]).await,
        409,
        "subscription_deleted",
    )
    .await;
    error_body(gl.get(&format!("{path}/00000000")).await, 404, "not_found").await;
    // Add-on without its prerequisite.
    let other = gl.json("/customers?size=3").await["items"][2]["id"].as_str().unwrap().to_string();
    let has_e3 = gl.json(&format!("/customers/{other}/subscriptions")).await["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x["offerId"] == E3 && x["status"] == "active");
    let res = gl
        .send(
            Method::POST,
            &format!("/customers/{other}/subscriptions"),
            Some(json!({"offerId": ATP, "quantity": 1})),
            &[],
        )
        .await;
    if has_e3 {
        assert_eq!(res.status(), 201);
    } else {
        error_body(res, 409, "prerequisite_missing").await;
    }
    // China: no Azure plan.
    let cn = client(&s, CHINA_ADMIN).await;
    let cid = first_customer_id(&cn.json("/customers?size=1").await);
    let e = error_body(
        cn.send(
            Method::POST,
            &format!("/customers/{cid}/subscriptions"),
            Some(json!({"offerId": AZURE, "quantity": 1})),
            &[],
        )
        .await,
        400,
        "validation_failed",
    )
    .await;
    assert_eq!(field_codes(&e), [("offerId".to_string(), "invalid_value".to_string())]);
}

#[tokio::test]
async fn customer_users_and_licences_are_global_only() {
    let (s, _f) = server(3).await;
    let cn = client(&s, CHINA_ADMIN).await;
    let cid = first_customer_id(&cn.json("/customers?size=1").await);
    error_body(cn.get(&format!("/customers/{cid}/users")).await, 403, "not_available_in_cloud").await;

    let gl = client(&s, GLOBAL_ADMIN).await;
    let customer = gl.json("/customers?size=1").await["items"][0].clone();
    let id = customer["id"].as_str().unwrap().to_string();
    let domain = customer["companyProfile"]["domain"].as_str().unwrap().to_string();
    let path = format!("/customers/{id}/users");
    let user = json!({"userPrincipalName": format!("grace.taylor@{domain}"), "firstName": "Grace", "lastName": "Taylor",
        "displayName": "Grace Taylor", "usageLocation": "US", "passwordProfile": {"password": "Welcome-2026", "forceChangePassword": true}});
    let (created, headers) = ok(gl.send(Method::POST, &path, Some(user.clone()), &[]).await, 201).await;
    let uid = created["id"].as_str().unwrap().to_string();
    assert!(headers["location"].to_str().unwrap().ends_with(&uid));
    assert_eq!(
        (created["state"].as_str(), created["attributes"]["objectType"].as_str()),
        (Some("active"), Some("CustomerUser"))
    );
    error_body(gl.send(Method::POST, &path, Some(user.clone()), &[]).await, 409, "user_exists").await;
    let mut bad = user.clone();
    bad["userPrincipalName"] = json!("grace@elsewhere.com");
    bad["usageLocation"] = json!("ZZ");
    bad["passwordProfile"]["password"] = json!("short");
    let e = error_body(gl.send(Method::POST, &path, Some(bad), &[]).await, 400, "validation_failed").await;
    let fields: Vec<String> = field_codes(&e).into_iter().map(|x| x.0).collect();
    assert_eq!(fields, ["userPrincipalName", "usageLocation", "passwordProfile.password"]);
    let list = gl.json(&path).await;
    assert!(list["items"].as_array().unwrap().iter().any(|u| u["id"] == uid.as_str()));

    let subs = gl.json(&format!("/customers/{id}/subscriptions")).await;
    let sku = subs["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["status"] == "active" && x["billingType"] == "license")
        .map(|x| x["offerId"].as_str().unwrap().to_string());
    let sku = match sku {
        Some(s) => s,
        None => {
            let body = json!({"offerId": E3, "quantity": 2});
            ok(gl.send(Method::POST, &format!("/customers/{id}/subscriptions"), Some(body), &[]).await, 201).await;
            E3.to_string()
        }
    };
    let updates = format!("{path}/{uid}/licenseupdates");
    let e = error_body(
        gl.send(Method::POST, &updates, Some(json!({"licensesToAssign": [{"skuId": "nope"}]})), &[]).await,
        400,
        "validation_failed",
    )
    .await;
    assert_eq!(field_codes(&e)[0].0, "licensesToAssign[0].skuId");
    error_body(gl.send(Method::POST, &updates, Some(json!({})), &[]).await, 400, "validation_failed").await;
    let (body, _) =
        ok(gl.send(Method::POST, &updates, Some(json!({"licensesToAssign": [{"skuId": sku}]})), &[]).await, 201).await;
    assert_eq!(body["attributes"]["objectType"], "LicenseUpdate");
    let lic = gl.json(&format!("{path}/{uid}/licenses")).await;
    assert_eq!(lic["items"][0]["productSku"]["id"], sku.as_str());
    ok(gl.send(Method::POST, &updates, Some(json!({"licensesToRemove": [sku]})), &[]).await, 201).await;
    assert_eq!(gl.json(&format!("{path}/{uid}/licenses")).await["totalCount"], 0);
    let e = error_body(
        gl.send(Method::POST, &updates, Some(json!({"licensesToRemove": [sku]})), &[]).await,
        400,
        "validation_failed",
    )
    .await;
    assert_eq!(field_codes(&e)[0].0, "licensesToRemove[0]");
    ok(gl.send(Method::DELETE, &format!("{path}/{uid}"), None, &[]).await, 204).await;
    error_body(gl.send(Method::DELETE, &format!("{path}/{uid}"), None, &[]).await, 404, "not_found").await;
    error_body(gl.get(&format!("{path}/{uid}/licenses")).await, 404, "not_found").await;
    // The China partner's customer is not the global partner's.
    error_body(gl.get(&format!("/customers/{cid}/users")).await, 404, "not_found").await;
    let body = json!({"userPrincipalName": "a@b.onmicrosoft.com", "firstName": "A", "lastName": "B", "displayName": "A B", "usageLocation": "US"});
    error_body(gl.send(Method::POST, &format!("/customers/{cid}/users"), Some(body), &[]).await, 404, "not_found")
        .await;
}

/// One endpoint of the role matrix: what the allowed roles get (never 403).
struct Case {
    method: Method,
    path: String,
    body: Option<Value>,
    headers: Vec<(&'static str, String)>,
    roles: &'static [&'static str],
    ok: u16,
}

const OFFERS: &[&str] = &["global_admin", "admin_agent", "sales_agent", "billing_admin"];
const PRICES: &[&str] = &["global_admin", "admin_agent", "billing_admin"];
const PIN_WRITE: &[&str] = &["global_admin", "admin_agent"];
const READ: &[&str] = &["global_admin", "admin_agent", "sales_agent", "helpdesk_agent"];
const WRITE: &[&str] = &["global_admin", "admin_agent", "sales_agent"];
const USERS: &[&str] = &["global_admin", "admin_agent"];

#[tokio::test]
async fn role_matrix() {
    let (s, _f) = server(3).await;
    for cloud in ["china", "global"] {
        let country = if cloud == "china" { "CN" } else { "US" };
        let admin = client(&s, if cloud == "china" { CHINA_ADMIN } else { GLOBAL_ADMIN }).await;
        let cid = first_customer_id(&admin.json("/customers?size=1").await);
        let subs = admin.json(&format!("/customers/{cid}/subscriptions")).await;
        let sid = subs["items"][0]["id"].as_str().unwrap().to_string();
        let domain =
            admin.json(&format!("/customers/{cid}")).await["companyProfile"]["domain"].as_str().unwrap().to_string();
        let billing = admin.json(&format!("/customers/{cid}/profiles/billing")).await;
        let billing_put = json!({"firstName": billing["firstName"], "lastName": billing["lastName"], "email": billing["email"],
            "culture": billing["culture"], "language": billing["language"], "companyName": billing["companyName"],
            "defaultAddress": billing["defaultAddress"]});
        let users_ok = |n: u16| if cloud == "global" { n } else { 403 };
        let cases = |role: &str| {
            let star = vec![("if-match", "*".to_string())];
            vec![
                Case {
                    method: Method::GET,
                    path: format!("/offers?country={country}"),
                    body: None,
                    headers: vec![],
                    roles: OFFERS,
                    ok: 200,
                },
                Case {
                    method: Method::GET,
                    path: format!("/offers/{E3}?country={country}"),
                    body: None,
                    headers: vec![],
                    roles: OFFERS,
                    ok: 200,
                },
                Case {
                    method: Method::GET,
                    path: format!("/offercategories?country={country}"),
                    body: None,
                    headers: vec![],
                    roles: OFFERS,
                    ok: 200,
                },
                Case {
                    method: Method::GET,
                    path: format!("/pricelist?country={country}"),
                    body: None,
                    headers: vec![],
                    roles: PRICES,
                    ok: 200,
                },
                Case {
                    method: Method::GET,
                    path: "/pinnedoffers".into(),
                    body: None,
                    headers: vec![],
                    roles: OFFERS,
                    ok: 200,
                },
                Case {
                    method: Method::PUT,
                    path: "/pinnedoffers".into(),
                    body: Some(json!({"offerIds": [E3]})),
                    headers: star.clone(),
                    roles: PIN_WRITE,
                    ok: 200,
                },
                Case {
                    method: Method::GET,
                    path: "/customers?size=2".into(),
                    body: None,
                    headers: vec![],
                    roles: READ,
                    ok: 200,
                },
                Case {
                    method: Method::POST,
                    path: "/customers".into(),
                    body: Some(new_customer(cloud, &format!("rm{}", role.replace('_', "")))),
                    headers: vec![],
                    roles: WRITE,
                    ok: 201,
                },
                Case {
                    method: Method::HEAD,
                    path: format!("/domains/{domain}"),
                    body: None,
                    headers: vec![],
                    roles: WRITE,
                    ok: 200,
                },
                Case {
                    method: Method::GET,
                    path: format!("/customers/{cid}"),
                    body: None,
                    headers: vec![],
                    roles: READ,
                    ok: 200,
                },
                Case {
                    method: Method::GET,
                    path: format!("/customers/{cid}/profiles/company"),
                    body: None,
                    headers: vec![],
                    roles: READ,
                    ok: 200,
                },
                Case {
                    method: Method::GET,
                    path: format!("/customers/{cid}/profiles/billing"),
                    body: None,
                    headers: vec![],
                    roles: READ,
                    ok: 200,
                },
                Case {
                    method: Method::PUT,
                    path: format!("/customers/{cid}/profiles/billing"),
                    body: Some(billing_put.clone()),
                    headers: star.clone(),
                    roles: WRITE,
                    ok: 200,
                },
                Case {
                    method: Method::GET,
                    path: "/customers/relationshiprequests".into(),
                    body: None,
                    headers: vec![],
                    roles: WRITE,
                    ok: 200,
                },
                Case {
                    method: Method::GET,
                    path: format!("/customers/{cid}/subscriptions"),
                    body: None,
                    headers: vec![],
                    roles: READ,
                    ok: 200,
                },
                Case {
                    method: Method::GET,
                    path: format!("/customers/{cid}/subscriptions/{sid}"),
                    body: None,
                    headers: vec![],
                    roles: READ,
                    ok: 200,
                },
                Case {
                    method: Method::POST,
                    path: format!("/customers/{cid}/subscriptions"),
                    body: Some(json!({"offerId": E3, "quantity": 1})),
                    headers: vec![],
                    roles: WRITE,
                    ok: 201,
                },
                Case {
                    method: Method::PATCH,
                    path: format!("/customers/{cid}/subscriptions/{sid}"),
                    body: Some(json!({"friendlyName": format!("by {role}")})),
                    headers: star.clone(),
                    roles: WRITE,
                    ok: 200,
                },
                Case {
                    method: Method::GET,
                    path: format!("/customers/{cid}/users"),
                    body: None,
                    headers: vec![],
                    roles: USERS,
                    ok: users_ok(200),
                },
                Case {
                    method: Method::POST,
                    path: format!("/customers/{cid}/users"),
                    body: Some(
                        json!({"userPrincipalName": format!("{}@{domain}", role.replace('_', ".")), "firstName": "Role",
                        "lastName": "Test", "displayName": "Role Test", "usageLocation": country}),
                    ),
                    headers: vec![],
                    roles: USERS,
                    ok: users_ok(201),
                },
                Case {
                    method: Method::DELETE,
                    path: format!("/customers/{cid}/users/none"),
                    body: None,
                    headers: vec![],
                    roles: USERS,
                    ok: users_ok(404),
                },
                Case {
                    method: Method::GET,
                    path: format!("/customers/{cid}/users/none/licenses"),
                    body: None,
                    headers: vec![],
                    roles: USERS,
                    ok: users_ok(404),
                },
                Case {
                    method: Method::POST,
                    path: format!("/customers/{cid}/users/none/licenseupdates"),
                    body: Some(json!({"licensesToRemove": ["x"]})),
                    headers: vec![],
                    roles: USERS,
                    ok: users_ok(404),
                },
            ]
        };
        let mut checked = 0;
        for (role, upn) in role_users(cloud) {
            let c = client(&s, upn).await;
            for case in cases(role) {
                let hs: Vec<(&str, &str)> = case.headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
                let res = c.send(case.method.clone(), &case.path, case.body.clone(), &hs).await;
                let what = format!("{cloud} {role} {} {}", case.method, case.path);
                if case.roles.contains(&role) {
                    assert_eq!(res.status().as_u16(), case.ok, "{what}");
                    if case.ok == 403 {
                        error_body(res, 403, "not_available_in_cloud").await;
                    }
                } else if case.method == Method::HEAD {
                    assert_eq!(res.status(), 403, "{what}");
                } else {
                    assert_eq!(res.status(), 403, "{what}");
                    error_body(res, 403, "forbidden").await;
                    if case.body.is_some() {
                        // The role is checked before the body: a wrong body says nothing more.
                        let res = c.send(case.method.clone(), &case.path, Some(json!({"notAField": [1]})), &hs).await;
                        error_body(res, 403, "forbidden").await;
                    }
                }
                checked += 1;
            }
        }
        assert_eq!(checked, 6 * 23);
    }
}

const BUSINESS: &str = customers::upgrades::BUSINESS;
const PROPLUS: &str = customers::upgrades::PROPLUS;
const PREMIUM: &str = customers::upgrades::PREMIUM;
const E1: &str = customers::upgrades::E1;
const E5: &str = customers::upgrades::E5;
const EXCHANGE: &str = "195416C1-3447-423A-B37B-EE59A99A19C4";

/// A new customer of the signed-in partner: its id.
async fn fresh_customer(c: &Client<'_>, cloud: &str, prefix: &str) -> String {
    let (body, _) = ok(c.send(Method::POST, "/customers", Some(new_customer(cloud, prefix)), &[]).await, 201).await;
    body["id"].as_str().unwrap().to_string()
}

/// Buys `quantity` of `offer` for the customer: the subscription's id.
async fn buy(c: &Client<'_>, customer: &str, offer: &str, quantity: i64) -> String {
    let body = json!({"offerId": offer, "quantity": quantity});
    let (sub, _) =
        ok(c.send(Method::POST, &format!("/customers/{customer}/subscriptions"), Some(body), &[]).await, 201).await;
    sub["id"].as_str().unwrap().to_string()
}

fn upgrade_summary(list: &Value) -> Vec<(String, bool, Vec<String>)> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            assert_eq!(u["attributes"]["objectType"], "Upgrade");
            assert_eq!(u["upgradeType"], "upgrade_with_license_transfer");
            let codes = u["upgradeErrors"].as_array().unwrap().iter().map(|e| e["code"].as_str().unwrap().to_string());
            (
                u["targetOffer"]["name"].as_str().unwrap().to_string(),
                u["isEligible"].as_bool().unwrap(),
                codes.collect(),
            )
        })
        .collect()
}

#[tokio::test]
async fn upgrades_follow_the_matrix_and_its_rules() {
    let (s, _f) = server(0).await;
    let cn = client(&s, CHINA_ADMIN).await;
    let cid = fresh_customer(&cn, "china", "upgradecn1").await;
    let business = buy(&cn, &cid, BUSINESS, 10).await;
    let path = format!("/customers/{cid}/subscriptions/{business}/upgrades");
    let list = cn.json(&path).await;
    assert_eq!(list["attributes"]["objectType"], "Collection");
    let ok_ = |name: &str| (name.to_string(), true, Vec::<String>::new());
    assert_eq!(
        upgrade_summary(&list),
        [ok_("Office 365 Business Premium"), ok_("Office 365 ProPlus"), ok_("Office 365 E3")],
        "China's row for Office 365 Business, in the doc's order"
    );
    assert_eq!(list["items"][0]["quantity"], 10);
    assert_eq!(list["items"][0]["targetOffer"]["id"], PREMIUM);
    assert_eq!(list["items"][0]["targetOffer"]["unitPrice"]["currency"], "CNY");

    // Exchange Online already gives the customer email: the upgrades that add email conflict.
    buy(&cn, &cid, EXCHANGE, 5).await;
    let conflict = |name: &str| (name.to_string(), false, vec!["conflicting_service_types".to_string()]);
    assert_eq!(
        upgrade_summary(&cn.json(&path).await),
        [conflict("Office 365 Business Premium"), ok_("Office 365 ProPlus"), conflict("Office 365 E3")]
    );
    let post = |body: Value, id: &'static str| {
        let cn = &cn;
        let path = path.clone();
        async move { cn.send(Method::POST, &path, Some(body), &[("MS-RequestId", id)]).await }
    };
    error_body(post(json!({"targetOffer": {"id": E3}}), "u-1").await, 409, "conflicting_service_types").await;
    let e = error_body(post(json!({"targetOffer": {"id": E1}}), "u-2").await, 400, "validation_failed").await;
    assert_eq!(field_codes(&e), [("targetOffer.id".to_string(), "invalid_value".to_string())]);
    for q in [0, 301, -1, i64::MAX] {
        let e = error_body(
            cn.send(Method::POST, &path, Some(json!({"targetOffer": {"id": PROPLUS}, "quantity": q})), &[]).await,
            400,
            "validation_failed",
        )
        .await;
        assert_eq!(field_codes(&e), [("quantity".to_string(), "out_of_range".to_string())], "{q}");
    }
    // Hostile and malformed bodies are 400s.
    for (body, code) in [
        (json!({}), "invalid_body"),
        (json!({"targetOffer": {"id": PROPLUS}, "upgradeType": "none"}), "invalid_body"),
        (json!({"targetOffer": {"id": PROPLUS}, "quantity": 1e30}), "invalid_body"),
        (json!({"targetOffer": {"id": PROPLUS}, "extra": 1}), "invalid_body"),
        (json!({"targetOffer": "x"}), "invalid_body"),
        (json!({"targetOffer": {"id": "\u{0}<script>\u{202e}升级"}}), "validation_failed"),
        (json!({"targetOffer": {"id": "x".repeat(10_000)}}), "validation_failed"),
    ] {
        error_body(cn.send(Method::POST, &path, Some(body.clone()), &[]).await, 400, code).await;
    }

    // The upgrade: the target bought, the source suspended; a retry with the same MS-RequestId replays it.
    let item = cn.json(&path).await["items"][1].clone();
    let mut body = item.clone();
    body["quantity"] = json!(12);
    let res = post(body.clone(), "upgrade-proplus").await;
    let location = res.headers()["location"].to_str().unwrap().to_string();
    let (result, _) = ok(res, 200).await;
    assert_eq!(result["sourceSubscriptionId"], business.as_str());
    assert_eq!(
        (result["status"].as_str(), result["upgradeType"].as_str()),
        (Some("success"), Some("upgrade_with_license_transfer"))
    );
    assert_eq!(result["upgradeErrors"], json!([]));
    assert_eq!(result["attributes"]["objectType"], "UpgradeResult");
    let target = result["targetSubscriptionId"].as_str().unwrap().to_string();
    assert!(location.ends_with(&format!("/v1/customers/{cid}/subscriptions/{target}")), "{location}");
    let res = post(body, "upgrade-proplus").await;
    assert_eq!(res.headers()["ms-replayed"], "true");
    let (again, _) = ok(res, 200).await;
    assert_eq!(again, result);
    let subs = cn.json(&format!("/customers/{cid}/subscriptions")).await;
    let subs = subs["items"].as_array().unwrap();
    assert_eq!(subs.len(), 3, "one target, whatever the retries");
    let source = subs.iter().find(|x| x["id"] == business.as_str()).unwrap();
    assert_eq!(
        (source["status"].as_str(), source["suspensionReasons"].clone()),
        (Some("suspended"), json!(["upgraded"]))
    );
    let new = subs.iter().find(|x| x["id"] == target.as_str()).unwrap();
    assert_eq!(
        (new["offerId"].as_str(), new["quantity"].as_i64(), new["status"].as_str()),
        (Some(PROPLUS), Some(12), Some("active"))
    );
    // Now the source is not active, and the customer has ProPlus.
    let after = upgrade_summary(&cn.json(&path).await);
    assert!(
        after.iter().all(|(_, eligible, codes)| !eligible && codes[0] == "subscription_status_not_active"),
        "{after:?}"
    );
    error_body(post(json!({"targetOffer": {"id": PREMIUM}}), "u-3").await, 409, "subscription_status_not_active").await;
    // No upgrade paths from ProPlus: an empty list, and a 400 to try.
    let from_target = format!("/customers/{cid}/subscriptions/{target}/upgrades");
    assert_eq!(cn.json(&from_target).await["totalCount"], 0);
    let res = cn.send(Method::POST, &from_target, Some(json!({"targetOffer": {"id": E3}})), &[]).await;
    error_body(res, 400, "validation_failed").await;

    // Without delegated admin privileges, nothing is eligible.
    let essentials = buy(&cn, &cid, customers::upgrades::ESSENTIALS, 3).await;
    let path = format!("/customers/{cid}/subscriptions/{essentials}/upgrades");
    let id = cid.clone();
    s.state.db.call_blocking(move |c| {
        c.execute("UPDATE customers SET allow_delegated_access = 0 WHERE id = ?1", [id]).unwrap();
    });
    let list = upgrade_summary(&cn.json(&path).await);
    assert_eq!(list.len(), 3);
    assert!(
        list.iter().all(
            |(_, eligible, codes)| !eligible && codes.contains(&"delegated_admin_permissions_disabled".to_string())
        )
    );

    // Unknown ids, another partner's customer, roles.
    error_body(cn.get(&format!("/customers/{cid}/subscriptions/nope/upgrades")).await, 404, "not_found").await;
    let gl = client(&s, GLOBAL_ADMIN).await;
    error_body(gl.get(&path).await, 404, "not_found").await;
    let helpdesk = client(&s, "helpdesk@fabrikam-sh.partner.onmschina.cn").await;
    assert_eq!(helpdesk.get(&path).await.status(), 200);
    let res = helpdesk.send(Method::POST, &path, Some(json!({"targetOffer": {"id": E3}})), &[]).await;
    error_body(res, 403, "forbidden").await;
    let billing = client(&s, "billing@fabrikam-sh.partner.onmschina.cn").await;
    error_body(billing.get(&path).await, 403, "forbidden").await;
}

#[tokio::test]
async fn global_upgrades_add_e5_and_move_licences() {
    let (s, _f) = server(0).await;
    let gl = client(&s, GLOBAL_ADMIN).await;
    let cid = fresh_customer(&gl, "global", "upgradegl1").await;
    let premium = buy(&gl, &cid, PREMIUM, 4).await;
    let path = format!("/customers/{cid}/subscriptions/{premium}/upgrades");
    let names: Vec<String> = upgrade_summary(&gl.json(&path).await).into_iter().map(|x| x.0).collect();
    assert_eq!(names, ["Office 365 E3", "Office 365 E5"]);
    let cn = client(&s, CHINA_ADMIN).await;
    let ccid = fresh_customer(&cn, "china", "upgradecn2").await;
    let cpremium = buy(&cn, &ccid, PREMIUM, 4).await;
    let names: Vec<String> =
        upgrade_summary(&cn.json(&format!("/customers/{ccid}/subscriptions/{cpremium}/upgrades")).await)
            .into_iter()
            .map(|x| x.0)
            .collect();
    assert_eq!(names, ["Office 365 E3"], "no E5 in China");
    let res = cn
        .send(
            Method::POST,
            &format!("/customers/{ccid}/subscriptions/{cpremium}/upgrades"),
            Some(json!({"targetOffer": {"id": E5}})),
            &[],
        )
        .await;
    error_body(res, 400, "validation_failed").await;

    // Two users with Business Premium licences: the upgrade needs at least two and moves them.
    let users = format!("/customers/{cid}/users");
    let mut uids = Vec::new();
    for name in ["grace", "ethan"] {
        let user = json!({"userPrincipalName": format!("{name}@upgradegl1.onmicrosoft.com"), "firstName": name, "lastName": "T",
            "displayName": name, "usageLocation": "US"});
        let (u, _) = ok(gl.send(Method::POST, &users, Some(user), &[]).await, 201).await;
        let uid = u["id"].as_str().unwrap().to_string();
        let body = json!({"licensesToAssign": [{"skuId": PREMIUM}]});
        ok(gl.send(Method::POST, &format!("{users}/{uid}/licenseupdates"), Some(body), &[]).await, 201).await;
        uids.push(uid);
    }
    let e = error_body(
        gl.send(Method::POST, &path, Some(json!({"targetOffer": {"id": E5}, "quantity": 1})), &[]).await,
        400,
        "validation_failed",
    )
    .await;
    assert_eq!(field_codes(&e), [("quantity".to_string(), "out_of_range".to_string())]);
    let body = json!({"targetOffer": {"id": E5}, "quantity": 2, "upgradeType": "upgrade_with_license_transfer"});
    let (result, _) = ok(gl.send(Method::POST, &path, Some(body), &[]).await, 200).await;
    assert_eq!(result["status"], "success");
    for uid in &uids {
        let lic = gl.json(&format!("{users}/{uid}/licenses")).await;
        let skus: Vec<&str> =
            lic["items"].as_array().unwrap().iter().map(|l| l["productSku"]["id"].as_str().unwrap()).collect();
        assert_eq!(skus, [E5], "the licence moved to the target");
    }
    // Everything else the customer could upgrade to is in E5 now.
    let essentials = buy(&gl, &cid, customers::upgrades::ESSENTIALS, 2).await;
    let list = upgrade_summary(&gl.json(&format!("/customers/{cid}/subscriptions/{essentials}/upgrades")).await);
    assert!(list.iter().all(|x| !x.1 && x.2 == ["conflicting_service_types"]), "{list:?}");
    // upgrade_only leaves the users' licences where they were.
    let other = fresh_customer(&gl, "global", "upgradegl2").await;
    let essentials = buy(&gl, &other, customers::upgrades::ESSENTIALS, 2).await;
    let users = format!("/customers/{other}/users");
    let user = json!({"userPrincipalName": "lea@upgradegl2.onmicrosoft.com", "firstName": "Léa", "lastName": "Roux",
        "displayName": "Léa Roux", "usageLocation": "FR"});
    let (u, _) = ok(gl.send(Method::POST, &users, Some(user), &[]).await, 201).await;
    let uid = u["id"].as_str().unwrap().to_string();
    let body = json!({"licensesToAssign": [{"skuId": customers::upgrades::ESSENTIALS}]});
    ok(gl.send(Method::POST, &format!("{users}/{uid}/licenseupdates"), Some(body), &[]).await, 201).await;
    let path = format!("/customers/{other}/subscriptions/{essentials}/upgrades");
    let body = json!({"targetOffer": {"id": E1}, "quantity": 1, "upgradeType": "upgrade_only"});
    let (result, _) = ok(gl.send(Method::POST, &path, Some(body), &[]).await, 200).await;
    assert_eq!(result["upgradeType"], "upgrade_only");
    let lic = gl.json(&format!("{users}/{uid}/licenses")).await;
    assert_eq!(lic["items"][0]["productSku"]["id"], customers::upgrades::ESSENTIALS);
}

fn mca(date: &str) -> Value {
    json!({
        "primaryContact": {"firstName": "Emily", "lastName": "Johnson", "email": "emily@contoso.com", "phoneNumber": "+1 425 555 0100"},
        "templateId": customers::agreements::MCA_TEMPLATE_ID,
        "dateAgreed": date,
        "type": "MicrosoftCloudAgreement"
    })
}

#[tokio::test]
async fn the_microsoft_cloud_agreement_is_global_only_and_never_in_the_future() {
    let (s, _f) = server(0).await;
    let gl = client(&s, GLOBAL_ADMIN).await;
    let templates = gl.json("/agreements?agreementType=MicrosoftCloudAgreement").await;
    let template = &templates["items"][0];
    assert_eq!(template["templateId"], customers::agreements::MCA_TEMPLATE_ID);
    assert_eq!(
        (template["agreementType"].as_str(), template["attributes"]["objectType"].as_str()),
        (Some("MicrosoftCloudAgreement"), Some("AgreementMetaData"))
    );
    assert_eq!(gl.json("/agreements").await["totalCount"], 1);
    let e = error_body(gl.get("/agreements?agreementType=Other").await, 400, "validation_failed").await;
    assert_eq!(field_codes(&e)[0].0, "agreementType");

    let cid = fresh_customer(&gl, "global", "mcaglobal1").await;
    let path = format!("/customers/{cid}/agreements");
    assert_eq!(gl.json(&path).await["totalCount"], 0);
    let today = catalog::format_day(partner_center_server::time::now().div_euclid(86_400));
    let (agreement, headers) =
        ok(gl.send(Method::POST, &path, Some(mca(&today)), &[("MS-RequestId", "mca-1")]).await, 201).await;
    assert!(headers["location"].to_str().unwrap().ends_with(&path));
    assert_eq!(agreement["dateAgreed"], today.as_str());
    assert_eq!(agreement["type"], "MicrosoftCloudAgreement");
    assert_eq!(agreement["primaryContact"]["email"], "emily@contoso.com");
    assert_eq!(agreement["attributes"]["objectType"], "Agreement");
    // A double submit is one acceptance.
    let res = gl.send(Method::POST, &path, Some(mca(&today)), &[("MS-RequestId", "mca-1")]).await;
    assert_eq!(res.headers()["ms-replayed"], "true");
    ok(res, 201).await;
    let list = gl.json(&path).await;
    assert_eq!(list["totalCount"], 1);
    assert_eq!(list["items"][0]["dateAgreed"], today.as_str());
    // Partner Center's own date-time form is a date.
    let (a, _) = ok(gl.send(Method::POST, &path, Some(mca("2019-08-26T00:00:00")), &[]).await, 201).await;
    assert_eq!(a["dateAgreed"], "2019-08-26");

    let in_two_days = catalog::format_day(partner_center_server::time::now().div_euclid(86_400) + 2);
    for (body, field, code) in [
        (mca(&in_two_days), "dateAgreed", "out_of_range"),
        (mca("9999-12-31"), "dateAgreed", "out_of_range"),
        (mca("2026-02-30"), "dateAgreed", "invalid_format"),
        (mca("yesterday"), "dateAgreed", "invalid_format"),
        (mca("２０２６-01-01"), "dateAgreed", "invalid_format"),
        (
            {
                let mut b = mca(&today);
                b["templateId"] = json!("nope");
                b
            },
            "templateId",
            "invalid_value",
        ),
        (
            {
                let mut b = mca(&today);
                b["type"] = json!("MicrosoftCustomerAgreement");
                b
            },
            "type",
            "invalid_value",
        ),
        (
            {
                let mut b = mca(&today);
                b["primaryContact"]["email"] = json!("not an email");
                b
            },
            "primaryContact.email",
            "invalid_format",
        ),
        (
            {
                let mut b = mca(&today);
                b["primaryContact"]["firstName"] = json!(" ");
                b
            },
            "primaryContact.firstName",
            "required",
        ),
        (
            {
                let mut b = mca(&today);
                b["primaryContact"]["lastName"] = json!("a\u{0}b");
                b
            },
            "primaryContact.lastName",
            "invalid_format",
        ),
        (
            {
                let mut b = mca(&today);
                b["primaryContact"]["lastName"] = json!("é".repeat(51));
                b
            },
            "primaryContact.lastName",
            "too_long",
        ),
    ] {
        let e = error_body(gl.send(Method::POST, &path, Some(body), &[]).await, 400, "validation_failed").await;
        let codes = field_codes(&e);
        assert!(codes.iter().any(|(f, c)| f == field && c == code), "{field} {code}: {codes:?}");
    }
    for body in [json!({}), json!({"primaryContact": {}, "templateId": 1}), {
        let mut b = mca(&today);
        b["x"] = json!(1);
        b
    }] {
        error_body(gl.send(Method::POST, &path, Some(body), &[]).await, 400, "invalid_body").await;
    }
    assert_eq!(gl.json(&path).await["totalCount"], 2, "refused requests recorded nothing");
    error_body(gl.get("/customers/nope/agreements").await, 404, "not_found").await;
    error_body(gl.send(Method::POST, "/customers/nope/agreements", Some(mca(&today)), &[]).await, 404, "not_found")
        .await;

    // China: not in this cloud, whatever the customer.
    let cn = client(&s, CHINA_ADMIN).await;
    let ccid = fresh_customer(&cn, "china", "mcachina1").await;
    error_body(cn.get("/agreements").await, 403, "not_available_in_cloud").await;
    error_body(cn.get(&format!("/customers/{ccid}/agreements")).await, 403, "not_available_in_cloud").await;
    let res = cn.send(Method::POST, &format!("/customers/{ccid}/agreements"), Some(mca(&today)), &[]).await;
    error_body(res, 403, "not_available_in_cloud").await;
    // Roles: the helpdesk agent and the billing admin cannot.
    for upn in ["helpdesk@fabrikam.onmicrosoft.com", "billing@fabrikam.onmicrosoft.com"] {
        let c = client(&s, upn).await;
        error_body(c.get(&path).await, 403, "forbidden").await;
        error_body(c.send(Method::POST, &path, Some(mca(&today)), &[]).await, 403, "forbidden").await;
    }
    let sales = client(&s, "sales@fabrikam.onmicrosoft.com").await;
    ok(sales.send(Method::POST, &path, Some(mca(&today)), &[]).await, 201).await;
}

#[tokio::test]
async fn double_submits_create_one_customer_and_one_subscription() {
    let (s, _f) = server(0).await;
    for (upn, cloud) in [(CHINA_ADMIN, "china"), (GLOBAL_ADMIN, "global")] {
        let c = client(&s, upn).await;
        let prefix = format!("twice{cloud}");
        let body = new_customer(cloud, &prefix);
        let id = format!("create-{cloud}");
        // Two clicks at once, then a retry after the answer.
        let h = [("MS-RequestId", id.as_str())];
        let (a, b) = tokio::join!(
            c.send(Method::POST, "/customers", Some(body.clone()), &h),
            c.send(Method::POST, "/customers", Some(body.clone()), &h)
        );
        let replays = [&a, &b].iter().filter(|r| r.headers().get("ms-replayed").is_some()).count();
        assert_eq!(replays, 1, "one did the work, the other replayed it");
        let (a, _) = ok(a, 201).await;
        let (b, _) = ok(b, 201).await;
        assert_eq!(a, b, "the same answer, the admin's password included");
        assert!(a["userCredentials"]["password"].as_str().is_some_and(|p| !p.is_empty()));
        let (again, _) =
            ok(c.send(Method::POST, "/customers", Some(body.clone()), &[("MS-RequestId", &id)]).await, 201).await;
        assert_eq!(again["id"], a["id"]);
        let filter = json!({"Field": "Domain", "Value": prefix, "Operator": "starts_with"}).to_string();
        let found = c.json(&format!("/customers?filter={}", customers::rules::percent_encode(&filter))).await;
        assert_eq!(found["matchCount"], 1, "one customer");
        // A new request id is a new operation: the domain is taken now.
        error_body(
            c.send(Method::POST, "/customers", Some(body), &[("MS-RequestId", "another")]).await,
            409,
            "domain_taken",
        )
        .await;

        let cid = a["id"].as_str().unwrap().to_string();
        let path = format!("/customers/{cid}/subscriptions");
        let sub = json!({"offerId": E3, "quantity": 3});
        let sid = format!("buy-{cloud}");
        let h = [("MS-RequestId", sid.as_str())];
        let (x, y) = tokio::join!(
            c.send(Method::POST, &path, Some(sub.clone()), &h),
            c.send(Method::POST, &path, Some(sub.clone()), &h)
        );
        let (x, _) = ok(x, 201).await;
        let (y, _) = ok(y, 201).await;
        assert_eq!(x["id"], y["id"]);
        let res = c.send(Method::POST, &path, Some(sub.clone()), &[("MS-RequestId", &sid)]).await;
        assert_eq!(res.headers()["ms-replayed"], "true");
        assert!(res.headers()["location"].to_str().unwrap().ends_with(x["id"].as_str().unwrap()));
        assert_eq!(c.json(&path).await["totalCount"], 1, "one subscription");
        // The same id with another body is a conflict, not a second purchase.
        let other = json!({"offerId": E3, "quantity": 4});
        error_body(
            c.send(Method::POST, &path, Some(other), &[("MS-RequestId", &sid)]).await,
            409,
            "request_id_conflict",
        )
        .await;
        assert_eq!(c.json(&path).await["totalCount"], 1);
    }
}
