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
