//! Partner account: profiles (legal business, billing, organization, support, MPN and the MPN ID
//! lookup), partner users and roles. Every rule, and the role matrix in both clouds.

mod support;

use partner_center_server::demo::{profiles, users};
use reqwest::{Method, Response};
use serde_json::{Value, json};
use support::*;

const GLOBAL_USER_SALES: &str = "c5ee9a67-8300-596a-8d54-569f076ac32e";
const CHINA_DOMAIN: &str = "fabrikam-sh.partner.onmschina.cn";
const GLOBAL_DOMAIN: &str = "fabrikam.onmicrosoft.com";

/// A server with the area's demo data (`profiles` and, when `with_users`, the extra users).
async fn server(with_users: bool) -> (Folders, TestServer) {
    let f = folders();
    let s = TestServer::start(settings(&f)).await;
    s.state.db.call_blocking(|c| {
        let tx = c.transaction().unwrap();
        profiles::seed(&tx, 1_795_370_400).unwrap();
        if with_users {
            users::seed(&tx, 1_795_370_400).unwrap();
        }
        // Twice: seeding is idempotent.
        profiles::seed(&tx, 1_795_370_401).unwrap();
        if with_users {
            users::seed(&tx, 1_795_370_401).unwrap();
        }
        tx.commit().unwrap();
    });
    (f, s)
}

async fn call(
    s: &TestServer,
    cookie: &str,
    method: Method,
    path: &str,
    if_match: Option<&str>,
    body: Option<&Value>,
) -> Response {
    let mut req = s.api(method, &format!("/api/v1{path}")).header("cookie", cookie);
    if let Some(tag) = if_match {
        req = req.header("if-match", tag);
    }
    if let Some(body) = body {
        req = req.json(body);
    }
    req.send().await.unwrap()
}

async fn get_json(s: &TestServer, cookie: &str, path: &str) -> Value {
    let res = call(s, cookie, Method::GET, path, None, None).await;
    assert_eq!(res.status(), 200, "GET {path}");
    res.json().await.unwrap()
}

fn quoted(tag: &Value) -> String {
    format!("\"{}\"", tag.as_str().unwrap())
}

fn domain(cloud: &str) -> &'static str {
    if cloud == "china" { CHINA_DOMAIN } else { GLOBAL_DOMAIN }
}

fn admin(cloud: &str) -> &'static str {
    if cloud == "china" { CHINA_ADMIN } else { GLOBAL_ADMIN }
}

// ---------------------------------------------------------------------------------------------
// Profiles

#[tokio::test]
async fn demo_partners_have_complete_profiles() {
    let (_f, s) = server(false).await;
    let cn = s.session(CHINA_ADMIN).await;
    let res = call(&s, &cn, Method::GET, "/profiles/legalbusiness", None, None).await;
    assert_eq!(res.status(), 200);
    let header_tag = res.headers()["etag"].to_str().unwrap().to_string();
    let legal: Value = res.json().await.unwrap();
    assert_eq!(header_tag, quoted(&legal["attributes"]["etag"]));
    assert_eq!(legal["companyName"], "上海法布里坎信息技术有限公司");
    assert_eq!(legal["address"]["country"], "CN");
    assert_eq!(legal["address"]["city"], "上海市");
    let postal = legal["address"]["postalCode"].as_str().unwrap();
    assert!(postal.len() == 6 && postal.bytes().all(|b| b.is_ascii_digit()), "{postal}");
    assert!(legal["primaryContact"]["phoneNumber"].as_str().unwrap().starts_with("+86"));
    assert_eq!(legal["vettingStatus"], "authorized");
    assert_eq!(legal["vettingSubStatus"], "none");
    assert_eq!(legal["profileType"], "legal_business_profile");
    assert_eq!(legal["attributes"]["objectType"], "LegalBusinessProfile");

    let billing = get_json(&s, &cn, "/profiles/billing").await;
    assert_eq!(billing["billingCurrency"], "CNY");
    assert_eq!(billing["profileType"], "billing_profile");
    assert_eq!(billing["attributes"]["objectType"], "BillingProfile");
    let org = get_json(&s, &cn, "/profiles/organization").await;
    assert_eq!(org["domain"], CHINA_DOMAIN);
    assert_eq!((org["language"].as_str(), org["culture"].as_str()), (Some("zh-Hans"), Some("zh-CN")));
    assert_eq!(org["attributes"]["objectType"], "OrganizationProfile");
    let support = get_json(&s, &cn, "/profiles/support").await;
    assert_eq!(support["profileType"], "support_profile");
    assert_eq!(support["attributes"]["objectType"], "PartnerSupportProfile");
    let mpn = get_json(&s, &cn, "/profiles/mpn").await;
    assert_eq!(
        mpn,
        json!({"partnerName": "上海法布里坎信息技术有限公司", "mpnId": "5163247", "profileType": "mpn_profile", "attributes": {"objectType": "MpnProfile"}})
    );

    let gl = s.session(GLOBAL_ADMIN).await;
    let legal = get_json(&s, &gl, "/profiles/legalbusiness").await;
    assert_eq!(legal["companyName"], "Fabrikam, Inc.");
    assert_eq!(
        (legal["address"]["country"].as_str(), legal["address"]["city"].as_str()),
        (Some("US"), Some("Redmond"))
    );
    assert_eq!(get_json(&s, &gl, "/profiles/billing").await["billingCurrency"], "USD");
    assert_eq!(get_json(&s, &gl, "/profiles/organization").await["domain"], GLOBAL_DOMAIN);
    assert_eq!(get_json(&s, &gl, "/profiles/mpn").await["mpnId"], "4801362");
    assert_eq!(
        get_json(&s, &gl, "/profiles/legalbusiness?vettingVersion=Current").await["companyName"],
        "Fabrikam, Inc."
    );
    let res = call(&s, &gl, Method::GET, "/profiles/legalbusiness?vettingVersion=Draft", None, None).await;
    let body = error_body(res, 400, "validation_failed").await;
    assert_eq!(field_codes(&body), [("vettingVersion".to_string(), "invalid_value".to_string())]);
}

#[tokio::test]
async fn partners_without_stored_profiles_get_defaults() {
    // No profile seed: the rows are created on first read from what the partner has.
    let f = folders();
    let s = TestServer::start(settings(&f)).await;
    let gl = s.session(GLOBAL_ADMIN).await;
    let legal = get_json(&s, &gl, "/profiles/legalbusiness").await;
    assert_eq!(legal["companyName"], "Fabrikam, Inc.");
    assert_eq!(legal["address"]["country"], "US");
    assert_eq!(legal["primaryContact"]["email"], GLOBAL_ADMIN);
    assert_eq!(legal["vettingStatus"], "none");
    let org = get_json(&s, &gl, "/profiles/organization").await;
    assert_eq!(org["domain"], GLOBAL_DOMAIN, "derived from the admin's sign-in name");
    assert_eq!(get_json(&s, &gl, "/profiles/billing").await["billingCurrency"], "USD");
    let again = get_json(&s, &gl, "/profiles/legalbusiness").await;
    assert_eq!(again["attributes"]["etag"], legal["attributes"]["etag"]);
    // No MPN ID associated yet.
    let res = call(&s, &gl, Method::GET, "/profiles/mpn", None, None).await;
    error_body(res, 404, "not_found").await;
}

#[tokio::test]
async fn legal_business_profile_updates() {
    let (_f, s) = server(false).await;
    let cn = s.session(CHINA_ADMIN).await;
    let legal = get_json(&s, &cn, "/profiles/legalbusiness").await;
    let tag = quoted(&legal["attributes"]["etag"]);

    let res = call(&s, &cn, Method::PUT, "/profiles/legalbusiness", None, Some(&legal)).await;
    error_body(res, 428, "precondition_required").await;

    // Unchanged echo: accepted, vetting stays.
    let res = call(&s, &cn, Method::PUT, "/profiles/legalbusiness", Some(&tag), Some(&legal)).await;
    assert_eq!(res.status(), 200);
    let same: Value = res.json().await.unwrap();
    assert_eq!(same["vettingStatus"], "authorized");
    assert_ne!(same["attributes"]["etag"], legal["attributes"]["etag"]);

    let res = call(&s, &cn, Method::PUT, "/profiles/legalbusiness", Some(&tag), Some(&legal)).await;
    error_body(res, 412, "precondition_failed").await;
    let tag = quoted(&same["attributes"]["etag"]);

    let mut bad = legal.clone();
    bad["address"]["country"] = json!("US");
    bad["address"]["postalCode"] = json!("98052");
    bad["vettingStatus"] = json!("pending");
    bad["companyApproverEmail"] = json!("not-an-email");
    bad["primaryContact"]["phoneNumber"] = json!("call me");
    bad["primaryContact"]["firstName"] = json!("");
    bad["companyApproverAddress"]["postalCode"] = json!("2001");
    bad["companyApproverAddress"]["addressLine1"] = json!("x".repeat(201));
    let res = call(&s, &cn, Method::PUT, "/profiles/legalbusiness", Some(&tag), Some(&bad)).await;
    let body = error_body(res, 400, "validation_failed").await;
    let codes = field_codes(&body);
    for expected in [
        ("address.country", "immutable"),
        ("vettingStatus", "read_only"),
        ("companyApproverEmail", "invalid_format"),
        ("primaryContact.phoneNumber", "invalid_format"),
        ("primaryContact.firstName", "required"),
        ("companyApproverAddress.postalCode", "invalid_format"),
        ("companyApproverAddress.addressLine1", "too_long"),
    ] {
        assert!(codes.contains(&(expected.0.to_string(), expected.1.to_string())), "{expected:?} in {codes:?}");
    }
    let mut bad = legal.clone();
    bad["address"]["country"] = json!("ZZ");
    let res = call(&s, &cn, Method::PUT, "/profiles/legalbusiness", Some(&tag), Some(&bad)).await;
    let body = error_body(res, 400, "validation_failed").await;
    assert_eq!(field_codes(&body), [("address.country".to_string(), "invalid_value".to_string())]);

    let mut unknown = legal.clone();
    unknown["mpnId"] = json!("123");
    let res = call(&s, &cn, Method::PUT, "/profiles/legalbusiness", Some(&tag), Some(&unknown)).await;
    let body = error_body(res, 400, "invalid_body").await;
    assert_eq!(field_codes(&body), [("mpnId".to_string(), "unknown_field".to_string())]);

    // A new address: stored, and the legal identity is assessed again.
    let mut moved = legal.clone();
    moved["address"]["addressLine1"] = json!("  静安区南京西路1266号  ");
    moved["address"]["postalCode"] = json!("200040");
    moved.as_object_mut().unwrap().remove("vettingStatus");
    let res = call(&s, &cn, Method::PUT, "/profiles/legalbusiness", Some(&tag), Some(&moved)).await;
    assert_eq!(res.status(), 200);
    let updated: Value = res.json().await.unwrap();
    assert_eq!(updated["address"]["addressLine1"], "静安区南京西路1266号", "trimmed");
    assert_eq!(updated["vettingStatus"], "pending");
    assert_eq!(updated["vettingSubStatus"], "business_verification");
    assert_eq!(get_json(&s, &cn, "/profiles/legalbusiness").await, updated);
}

#[tokio::test]
async fn billing_organization_and_support_updates() {
    let (_f, s) = server(false).await;
    let gl = s.session(GLOBAL_ADMIN).await;

    let billing = get_json(&s, &gl, "/profiles/billing").await;
    let tag = quoted(&billing["attributes"]["etag"]);
    let mut bad = billing.clone();
    bad["companyName"] = json!("Fabrikam Holdings");
    bad["billingCurrency"] = json!("EUR");
    bad["taxId"] = json!("91<script>");
    bad["address"]["postalCode"] = json!("980");
    let res = call(&s, &gl, Method::PUT, "/profiles/billing", Some(&tag), Some(&bad)).await;
    let body = error_body(res, 400, "validation_failed").await;
    assert_eq!(
        field_codes(&body),
        [
            ("companyName".to_string(), "read_only".to_string()),
            ("address.postalCode".to_string(), "invalid_format".to_string()),
            ("taxId".to_string(), "invalid_format".to_string()),
            ("billingCurrency".to_string(), "read_only".to_string()),
        ]
    );
    let mut ok = billing.clone();
    ok["purchaseOrderNumber"] = json!("FAB-PO-50001");
    ok.as_object_mut().unwrap().remove("companyName");
    ok.as_object_mut().unwrap().remove("billingCurrency");
    let res = call(&s, &gl, Method::PUT, "/profiles/billing", Some(&tag), Some(&ok)).await;
    assert_eq!(res.status(), 200);
    let updated: Value = res.json().await.unwrap();
    assert_eq!(updated["purchaseOrderNumber"], "FAB-PO-50001");
    assert_eq!(
        (updated["companyName"].as_str(), updated["billingCurrency"].as_str()),
        (Some("Fabrikam, Inc."), Some("USD"))
    );

    let org = get_json(&s, &gl, "/profiles/organization").await;
    let tag = quoted(&org["attributes"]["etag"]);
    let mut bad = org.clone();
    bad["domain"] = json!("contoso.onmicrosoft.com");
    bad["email"] = json!("a b@contoso.com");
    bad["language"] = json!("de");
    bad["culture"] = json!("de-DE");
    let res = call(&s, &gl, Method::PUT, "/profiles/organization", Some(&tag), Some(&bad)).await;
    let body = error_body(res, 400, "validation_failed").await;
    assert_eq!(
        field_codes(&body),
        [
            ("domain".to_string(), "read_only".to_string()),
            ("email".to_string(), "invalid_format".to_string()),
            ("language".to_string(), "invalid_value".to_string()),
            ("culture".to_string(), "invalid_value".to_string()),
        ]
    );
    let mut ok = org.clone();
    ok["companyName"] = json!("Fabrikam Cloud Services");
    ok["language"] = json!("fr");
    ok["culture"] = json!("fr-FR");
    let res = call(&s, &gl, Method::PUT, "/profiles/organization", Some(&tag), Some(&ok)).await;
    assert_eq!(res.status(), 200);
    let updated: Value = res.json().await.unwrap();
    assert_eq!(
        (updated["companyName"].as_str(), updated["culture"].as_str()),
        (Some("Fabrikam Cloud Services"), Some("fr-FR"))
    );

    let support = get_json(&s, &gl, "/profiles/support").await;
    let tag = quoted(&support["attributes"]["etag"]);
    let bad = json!({"email": "", "telephone": "555", "website": "ftp://fabrikam.com"});
    let res = call(&s, &gl, Method::PUT, "/profiles/support", Some(&tag), Some(&bad)).await;
    let body = error_body(res, 400, "validation_failed").await;
    assert_eq!(
        field_codes(&body),
        [
            ("email".to_string(), "required".to_string()),
            ("telephone".to_string(), "invalid_format".to_string()),
            ("website".to_string(), "invalid_format".to_string()),
        ]
    );
    let ok = json!({"email": "help@fabrikam.com", "telephone": "+1 425-555-0111"});
    let res = call(&s, &gl, Method::PUT, "/profiles/support", Some(&tag), Some(&ok)).await;
    assert_eq!(res.status(), 200);
    let updated: Value = res.json().await.unwrap();
    assert_eq!(updated["email"], "help@fabrikam.com");
    assert!(updated.get("website").is_none());

    // Each partner sees only its own profiles.
    let cn = s.session(CHINA_ADMIN).await;
    assert_eq!(get_json(&s, &cn, "/profiles/organization").await["companyName"], "上海法布里坎信息技术有限公司");
}

#[tokio::test]
async fn mpn_id_lookup() {
    let (_f, s) = server(false).await;
    for cloud in ["china", "global"] {
        // Any signed-in user may look up, even one who cannot read the partner's profiles.
        let helpdesk = s.session(role_users(cloud)[5].1).await;
        let found = get_json(&s, &helpdesk, "/profiles/mpn?mpnId=4390934").await;
        assert_eq!(
            found,
            json!({"partnerName": "Contoso Cloud Solutions Ltd.", "mpnId": "4390934", "profileType": "mpn_profile", "attributes": {"objectType": "MpnProfile"}})
        );
        assert_eq!(
            get_json(&s, &helpdesk, "/profiles/mpn?mpnId=6129485").await["partnerName"],
            "北京蓝云恒通科技有限公司"
        );
        let res = call(&s, &helpdesk, Method::GET, "/profiles/mpn?mpnId=9999999", None, None).await;
        error_body(res, 404, "800015").await;
        for (q, code) in [
            ("abc", "invalid_format"),
            ("12345678901", "invalid_format"),
            ("", "required"),
            ("43909%2034", "invalid_format"),
        ] {
            let res = call(&s, &helpdesk, Method::GET, &format!("/profiles/mpn?mpnId={q}"), None, None).await;
            let body = error_body(res, 400, "validation_failed").await;
            assert_eq!(field_codes(&body), [("mpnId".to_string(), code.to_string())], "{q}");
        }
        let res = call(&s, &helpdesk, Method::GET, "/profiles/mpn", None, None).await;
        error_body(res, 403, "forbidden").await;
    }
    let res = s.api(Method::GET, "/api/v1/profiles/mpn?mpnId=4390934").send().await.unwrap();
    error_body(res, 401, "session_required").await;
}

// ---------------------------------------------------------------------------------------------
// Users

#[tokio::test]
async fn users_list_pages_and_filters_by_role() {
    let (_f, s) = server(true).await;
    for cloud in ["china", "global"] {
        let ga = s.session(admin(cloud)).await;
        let all = get_json(&s, &ga, "/users").await;
        assert_eq!(all["totalCount"], 14, "6 role users + 8 more");
        let names: Vec<&str> =
            all["items"].as_array().unwrap().iter().map(|u| u["displayName"].as_str().unwrap()).collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted);
        let first = &all["items"][0];
        assert_eq!(first["attributes"]["objectType"], "PartnerUser");
        assert!(first["attributes"]["etag"].is_string() && first["createdAt"].as_str().unwrap().ends_with('Z'));
        for u in all["items"].as_array().unwrap() {
            assert!(u["userPrincipalName"].as_str().unwrap().ends_with(domain(cloud)));
        }

        // Seek paging: follow links.next exactly.
        let mut seen = Vec::new();
        let mut res = call(&s, &ga, Method::GET, "/users?size=5", None, None).await;
        loop {
            assert_eq!(res.status(), 200);
            let page: Value = res.json().await.unwrap();
            assert!(page["totalCount"].as_u64().unwrap() <= 5);
            seen.extend(page["items"].as_array().unwrap().iter().map(|u| u["id"].as_str().unwrap().to_string()));
            let Some(next) = page["links"].get("next") else { break };
            let uri = next["uri"].as_str().unwrap();
            assert!(uri.starts_with("/v1/users?size=5") && uri.contains("seekOperation=Next"), "{uri}");
            let h = &next["headers"][0];
            res = s
                .api(Method::GET, &format!("/api{uri}"))
                .header("cookie", &ga)
                .header(h["key"].as_str().unwrap(), h["value"].as_str().unwrap())
                .send()
                .await
                .unwrap();
        }
        let all_ids: Vec<String> =
            all["items"].as_array().unwrap().iter().map(|u| u["id"].as_str().unwrap().to_string()).collect();
        assert_eq!(seen, all_ids);

        let admins = get_json(&s, &ga, "/users?role=global_admin").await;
        assert_eq!(admins["totalCount"], 2);
        for u in admins["items"].as_array().unwrap() {
            assert_eq!(u["roles"][0], "global_admin");
        }
        let agents = get_json(&s, &ga, "/users?role=helpdesk_agent&size=1").await;
        assert_eq!(agents["totalCount"], 1);
        assert!(agents["links"]["next"]["uri"].as_str().unwrap().contains("role=helpdesk_agent"));

        let members = get_json(&s, &ga, "/roles/sales_agent/usermembers").await;
        assert_eq!(members["totalCount"], 3);
        assert_eq!(members["items"][0]["attributes"]["objectType"], "UserMember");
        assert_eq!(members["items"][0]["roleId"], "sales_agent");
        let res = call(&s, &ga, Method::GET, "/roles/owner/usermembers", None, None).await;
        error_body(res, 404, "not_found").await;

        let roles = get_json(&s, &ga, "/roles").await;
        assert_eq!(roles["totalCount"], 6);
        assert_eq!(
            roles["items"][0],
            json!({"id": "global_admin", "name": "Global admin", "attributes": {"objectType": "DirectoryRole"}})
        );

        for (q, field, code) in [
            ("role=owner", "role", "invalid_value"),
            ("size=0", "size", "out_of_range"),
            ("size=x", "size", "invalid_format"),
            ("seekOperation=Previous", "seekOperation", "invalid_value"),
        ] {
            let res = call(&s, &ga, Method::GET, &format!("/users?{q}"), None, None).await;
            let body = error_body(res, 400, "validation_failed").await;
            assert_eq!(field_codes(&body), [(field.to_string(), code.to_string())], "{q}");
        }
        let res = s
            .api(Method::GET, "/api/v1/users?size=2&seekOperation=Next")
            .header("cookie", &ga)
            .header("MS-ContinuationToken", "bm8tc2VwYXJhdG9y")
            .send()
            .await
            .unwrap();
        error_body(res, 400, "validation_failed").await;
    }
}

/// A temporary password is shown once: the MS-RequestId replay keeps that answer in memory,
/// never in SQLite, and a retry still gets the same password.
#[tokio::test]
async fn temporary_passwords_stay_out_of_the_replay_store() {
    let (f, s) = server(false).await;
    let ga = s.session(GLOBAL_ADMIN).await;
    let body = json!({"displayName": "Replay Test", "userPrincipalName": "replay.test@fabrikam.onmicrosoft.com"});
    let send = || {
        s.api(Method::POST, "/api/v1/users")
            .header("cookie", &ga)
            .header("MS-RequestId", "7d0c8a52-2f0e-4d7e-9f3c-secret-answer")
            .json(&body)
            .send()
    };
    let first = send().await.unwrap();
    assert_eq!(first.status(), 201);
    assert!(first.headers().get("ms-replayed").is_none());
    let first: Value = first.json().await.unwrap();
    let password = first["temporaryPassword"].as_str().unwrap().to_string();

    let conn = rusqlite::Connection::open(data_dir(&f).join("partner-center.sqlite3")).unwrap();
    let (rows, leaking): (i64, i64) = conn
        .query_row(
            "SELECT count(*), count(*) FILTER (WHERE instr(CAST(body AS TEXT), ?1) > 0) FROM idempotent_requests",
            [&password],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(leaking, 0, "the temporary password is not stored ({rows} stored answers)");

    let again = send().await.unwrap();
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers()["ms-replayed"], "true");
    let again: Value = again.json().await.unwrap();
    assert_eq!(again["temporaryPassword"], password.as_str());
    assert_eq!(again["id"], first["id"]);
    let users: i64 = conn
        .query_row("SELECT count(*) FROM users WHERE user_name_key = 'replay.test@fabrikam.onmicrosoft.com'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(users, 1, "the retry did not create a second user");
}

#[tokio::test]
async fn creating_users() {
    let (_f, s) = server(false).await;
    let ga = s.session(GLOBAL_ADMIN).await;
    let body = json!({"displayName": "Chloé Lambert", "userPrincipalName": "chloe.lambert@Fabrikam.onmicrosoft.com",
                      "firstName": "Chloé", "lastName": "Lambert", "adminRole": "billing_admin", "agentRole": "sales_agent"});
    let res = call(&s, &ga, Method::POST, "/users", None, Some(&body)).await;
    assert_eq!(res.status(), 201);
    let location = res.headers()["location"].to_str().unwrap().to_string();
    let created: Value = res.json().await.unwrap();
    assert_eq!(location, format!("/api/v1/users/{}", created["id"].as_str().unwrap()));
    assert_eq!(created["roles"], json!(["billing_admin", "sales_agent"]));
    assert_eq!(created["attributes"]["objectType"], "PartnerUser");
    let password = created["temporaryPassword"].as_str().unwrap().to_string();
    assert_eq!(password.chars().count(), 16);
    assert!(password.chars().any(|c| c.is_ascii_uppercase()) && password.chars().any(|c| c.is_ascii_digit()));
    let read = get_json(&s, &ga, location.trim_start_matches("/api/v1")).await;
    assert!(read.get("temporaryPassword").is_none(), "shown once");
    assert_eq!(read["displayName"], "Chloé Lambert");
    // The new user signs in with the temporary password.
    assert_eq!(s.sign_in("chloe.lambert@fabrikam.onmicrosoft.com", &password).await.status(), 201);

    // Duplicates (sign-in names are case-insensitive).
    let dup = json!({"displayName": "Other", "userPrincipalName": "CHLOE.LAMBERT@fabrikam.onmicrosoft.com"});
    let res = call(&s, &ga, Method::POST, "/users", None, Some(&dup)).await;
    error_body(res, 409, "user_exists").await;

    let bad = json!({"displayName": "", "userPrincipalName": "someone@contoso.com", "adminRole": "sales_agent", "agentRole": "global_admin", "firstName": "x".repeat(51)});
    let res = call(&s, &ga, Method::POST, "/users", None, Some(&bad)).await;
    let body = error_body(res, 400, "validation_failed").await;
    assert_eq!(
        field_codes(&body),
        [
            ("displayName".to_string(), "required".to_string()),
            ("firstName".to_string(), "too_long".to_string()),
            ("adminRole".to_string(), "invalid_value".to_string()),
            ("agentRole".to_string(), "invalid_value".to_string()),
            ("userPrincipalName".to_string(), "invalid_value".to_string()),
        ]
    );
    let res = call(
        &s,
        &ga,
        Method::POST,
        "/users",
        None,
        Some(&json!({"displayName": "A", "userPrincipalName": "not an email"})),
    )
    .await;
    let body = error_body(res, 400, "validation_failed").await;
    assert_eq!(field_codes(&body), [("userPrincipalName".to_string(), "invalid_format".to_string())]);
    let res = call(&s, &ga, Method::POST, "/users", None, Some(&json!({"displayName": "A"}))).await;
    error_body(res, 400, "invalid_body").await;

    // A user management admin may add agents and default users, but not admins.
    let uma = s.session(role_users("global")[2].1).await;
    let res = call(&s, &uma, Method::POST, "/users", None, Some(&json!({"displayName": "Noah Kim", "userPrincipalName": "noah.kim@fabrikam.onmicrosoft.com", "adminRole": "global_admin"}))).await;
    error_body(res, 403, "forbidden").await;
    let res = call(&s, &uma, Method::POST, "/users", None, Some(&json!({"displayName": "Noah Kim", "userPrincipalName": "noah.kim@fabrikam.onmicrosoft.com", "agentRole": "helpdesk_agent", "adminRole": null}))).await;
    assert_eq!(res.status(), 201);
    let created: Value = res.json().await.unwrap();
    assert_eq!(created["roles"], json!(["helpdesk_agent"]));

    // China: the partner's domain there.
    let cn = s.session(CHINA_ADMIN).await;
    let res = call(
        &s,
        &cn,
        Method::POST,
        "/users",
        None,
        Some(&json!({"displayName": "林芳", "userPrincipalName": "lin.fang@fabrikam.onmicrosoft.com"})),
    )
    .await;
    error_body(res, 400, "validation_failed").await;
    let res = call(
        &s,
        &cn,
        Method::POST,
        "/users",
        None,
        Some(&json!({"displayName": "林芳", "userPrincipalName": format!("lin.fang@{CHINA_DOMAIN}")})),
    )
    .await;
    assert_eq!(res.status(), 201);
    let created: Value = res.json().await.unwrap();
    assert_eq!(created["roles"], json!([]), "No admin and not an agent by default");
}

async fn create_user(s: &TestServer, cookie: &str, local: &str, cloud: &str, extra: Value) -> Value {
    let mut body =
        json!({"displayName": format!("Test {local}"), "userPrincipalName": format!("{local}@{}", domain(cloud))});
    for (k, v) in extra.as_object().unwrap() {
        body[k] = v.clone();
    }
    let res = call(s, cookie, Method::POST, "/users", None, Some(&body)).await;
    assert_eq!(res.status(), 201, "create {local}");
    res.json().await.unwrap()
}

#[tokio::test]
async fn updating_roles_and_names() {
    let (_f, s) = server(false).await;
    let ga = s.session(CHINA_ADMIN).await;
    let uma = s.session(role_users("china")[2].1).await;
    let u = create_user(&s, &ga, "tang.yu", "china", json!({"agentRole": "sales_agent"})).await;
    let path = format!("/users/{}", u["id"].as_str().unwrap());
    let tag = quoted(&u["attributes"]["etag"]);

    let res = call(&s, &uma, Method::PATCH, &path, None, Some(&json!({"displayName": "唐宇"}))).await;
    error_body(res, 428, "precondition_required").await;
    // A user management admin changes names and agent roles…
    let res = call(
        &s,
        &uma,
        Method::PATCH,
        &path,
        Some(&tag),
        Some(&json!({"displayName": " 唐宇 ", "agentRole": "admin_agent", "firstName": "宇", "lastName": "唐"})),
    )
    .await;
    assert_eq!(res.status(), 200);
    let updated: Value = res.json().await.unwrap();
    assert_eq!(updated["displayName"], "唐宇");
    assert_eq!(updated["roles"], json!(["admin_agent"]));
    assert_eq!((updated["firstName"].as_str(), updated["lastName"].as_str()), (Some("宇"), Some("唐")));
    let res = call(&s, &uma, Method::PATCH, &path, Some(&tag), Some(&json!({"displayName": "x"}))).await;
    error_body(res, 412, "precondition_failed").await;
    let tag = quoted(&updated["attributes"]["etag"]);
    // The read-only attributes may be echoed back, but only as the object they are (the contract
    // check found `"attributes": 0` accepted).
    for bad in [json!(0), json!(null), json!("x")] {
        let res =
            call(&s, &uma, Method::PATCH, &path, Some(&tag), Some(&json!({"displayName": "唐宇", "attributes": bad})))
                .await;
        assert_eq!(res.status(), 400, "attributes {bad}");
    }
    // Nor can the display name be null (found by the contract check too).
    let res = call(&s, &uma, Method::PATCH, &path, Some(&tag), Some(&json!({"displayName": null}))).await;
    assert_eq!(res.status(), 400);
    // …but never admin roles.
    let res = call(&s, &uma, Method::PATCH, &path, Some(&tag), Some(&json!({"adminRole": "billing_admin"}))).await;
    error_body(res, 403, "forbidden").await;
    // Sending the current admin role (none) is no change.
    let res =
        call(&s, &uma, Method::PATCH, &path, Some(&tag), Some(&json!({"adminRole": null, "agentRole": null}))).await;
    assert_eq!(res.status(), 200);
    let updated: Value = res.json().await.unwrap();
    assert_eq!(updated["roles"], json!([]));
    let tag = quoted(&updated["attributes"]["etag"]);

    let res = call(
        &s,
        &ga,
        Method::PATCH,
        &path,
        Some(&tag),
        Some(&json!({"adminRole": "global_admin", "agentRole": "admin_agent"})),
    )
    .await;
    assert_eq!(res.status(), 200);
    let updated: Value = res.json().await.unwrap();
    assert_eq!(updated["roles"], json!(["global_admin", "admin_agent"]));
    let tag = quoted(&updated["attributes"]["etag"]);
    // A user management admin cannot take a global admin's role away either.
    let res = call(&s, &uma, Method::PATCH, &path, Some(&tag), Some(&json!({"adminRole": null}))).await;
    error_body(res, 403, "forbidden").await;

    let bad = json!({"displayName": "", "adminRole": "helpdesk_agent", "agentRole": "owner"});
    let res = call(&s, &ga, Method::PATCH, &path, Some(&tag), Some(&bad)).await;
    let body = error_body(res, 400, "validation_failed").await;
    assert_eq!(
        field_codes(&body),
        [
            ("displayName".to_string(), "required".to_string()),
            ("adminRole".to_string(), "invalid_value".to_string()),
            ("agentRole".to_string(), "invalid_value".to_string()),
        ]
    );
    let res = call(&s, &ga, Method::PATCH, &path, Some(&tag), Some(&json!({"roles": ["global_admin"]}))).await;
    error_body(res, 400, "invalid_body").await;

    // Two global admins: one may step down; the last one may not.
    let me = get_json(&s, &ga, "/users?role=global_admin").await;
    assert_eq!(me["totalCount"], 2);
    let admin_id = "0f66bafe-8728-4228-b105-cb1d6f6bba4d";
    let admin_now = get_json(&s, &ga, &format!("/users/{admin_id}")).await;
    let res =
        call(&s, &ga, Method::PATCH, &path, Some(&tag), Some(&json!({"adminRole": "user_management_admin"}))).await;
    assert_eq!(res.status(), 200);
    let res = call(
        &s,
        &ga,
        Method::PATCH,
        &format!("/users/{admin_id}"),
        Some(&quoted(&admin_now["attributes"]["etag"])),
        Some(&json!({"adminRole": null})),
    )
    .await;
    error_body(res, 409, "last_global_admin").await;
    let res = call(
        &s,
        &ga,
        Method::PATCH,
        &format!("/users/{admin_id}"),
        Some("*"),
        Some(&json!({"adminRole": "billing_admin"})),
    )
    .await;
    error_body(res, 409, "last_global_admin").await;

    // Another partner's user is not found.
    for method in [Method::GET, Method::PATCH, Method::DELETE] {
        let body = (method == Method::PATCH).then(|| json!({"displayName": "x"}));
        let res = call(&s, &ga, method, &format!("/users/{GLOBAL_USER_SALES}"), Some("*"), body.as_ref()).await;
        error_body(res, 404, "not_found").await;
    }
    let res = call(&s, &ga, Method::GET, "/users/not-a-user", None, None).await;
    error_body(res, 404, "not_found").await;
}

#[tokio::test]
async fn deleting_users() {
    let (_f, s) = server(true).await;
    let ga = s.session(GLOBAL_ADMIN).await;
    let uma = s.session(role_users("global")[2].1).await;
    let sales_cookie = s.session(role_users("global")[4].1).await;

    let res = call(&s, &ga, Method::DELETE, "/users/03c61361-b847-40d0-9f19-95a65638e4c6", None, None).await;
    error_body(res, 409, "cannot_delete_self").await;
    // A user management admin cannot remove a user who holds an admin role.
    let res = call(&s, &uma, Method::DELETE, "/users/64b3c56d-edd8-4c0f-951f-dc7b9a480e40", None, None).await;
    error_body(res, 403, "forbidden").await;
    let res = call(&s, &uma, Method::DELETE, &format!("/users/{GLOBAL_USER_SALES}"), Some("\"stale\""), None).await;
    error_body(res, 412, "precondition_failed").await;

    // Deleting a user ends their sessions.
    let res = call(&s, &uma, Method::DELETE, &format!("/users/{GLOBAL_USER_SALES}"), None, None).await;
    assert_eq!(res.status(), 204);
    let res = call(&s, &sales_cookie, Method::GET, "/profiles/legalbusiness", None, None).await;
    error_body(res, 401, "session_required").await;
    let res = call(&s, &uma, Method::GET, &format!("/users/{GLOBAL_USER_SALES}"), None, None).await;
    error_body(res, 404, "not_found").await;
    let res = call(&s, &uma, Method::DELETE, &format!("/users/{GLOBAL_USER_SALES}"), None, None).await;
    error_body(res, 404, "not_found").await;

    // A global admin may remove the other global admin; then the partner still has one.
    let res = call(&s, &ga, Method::DELETE, "/users/64b3c56d-edd8-4c0f-951f-dc7b9a480e40", None, None).await;
    assert_eq!(res.status(), 204);
    assert_eq!(get_json(&s, &ga, "/users?role=global_admin").await["totalCount"], 1);
}

#[tokio::test]
async fn resetting_passwords() {
    let (_f, s) = server(false).await;
    let ga = s.session(GLOBAL_ADMIN).await;
    let uma = s.session(role_users("global")[2].1).await;
    let sales = role_users("global")[4].1;
    let sales_cookie = s.session(sales).await;

    let res = call(&s, &uma, Method::POST, &format!("/users/{GLOBAL_USER_SALES}/resetpassword"), None, None).await;
    assert_eq!(res.status(), 200);
    let body: Value = res.json().await.unwrap();
    let temp = body["temporaryPassword"].as_str().unwrap();
    assert_eq!(temp.len(), 16);
    // The old sessions and the old password end.
    let res = call(&s, &sales_cookie, Method::GET, "/profiles/legalbusiness", None, None).await;
    error_body(res, 401, "session_required").await;
    assert_eq!(s.sign_in(sales, PASSWORD).await.status(), 401);
    assert_eq!(s.sign_in(sales, temp).await.status(), 201);

    // Only a global admin resets an admin's password.
    let res =
        call(&s, &uma, Method::POST, "/users/03c61361-b847-40d0-9f19-95a65638e4c6/resetpassword", None, None).await;
    error_body(res, 403, "forbidden").await;
    let res =
        call(&s, &ga, Method::POST, "/users/71f3db01-df06-5c9b-9e56-c5a6d7b68fd7/resetpassword", None, None).await;
    assert_eq!(res.status(), 200);
    let res =
        call(&s, &ga, Method::POST, "/users/0f66bafe-8728-4228-b105-cb1d6f6bba4d/resetpassword", None, None).await;
    error_body(res, 404, "not_found").await;
    // Your own password is changed, not reset (that would also end your session).
    let res =
        call(&s, &ga, Method::POST, "/users/03c61361-b847-40d0-9f19-95a65638e4c6/resetpassword", None, None).await;
    error_body(res, 409, "cannot_reset_self").await;

    // 21Vianet: self-service reset only.
    let cn = s.session(CHINA_ADMIN).await;
    let res =
        call(&s, &cn, Method::POST, "/users/a90fe589-b233-57db-85e7-bc424da1b656/resetpassword", None, None).await;
    error_body(res, 403, "not_available_in_cloud").await;
}

// ---------------------------------------------------------------------------------------------
// Role matrix

const READERS: &[&str] = &["global_admin", "user_management_admin", "billing_admin", "admin_agent", "sales_agent"];
const EDITORS: &[&str] = &["global_admin", "admin_agent"];
const BILLING_EDITORS: &[&str] = &["global_admin", "billing_admin", "admin_agent"];
const MANAGERS: &[&str] = &["global_admin", "user_management_admin"];
const EVERYONE: &[&str] =
    &["global_admin", "billing_admin", "user_management_admin", "admin_agent", "sales_agent", "helpdesk_agent"];

/// (method, path, body, roles allowed, success status)
type Check<'a> = (Method, String, Option<&'a Value>, &'static [&'static str], u16);

#[tokio::test]
async fn role_matrix() {
    let (_f, s) = server(true).await;
    for cloud in ["china", "global"] {
        let ga = s.session(admin(cloud)).await;
        let mut profiles = std::collections::HashMap::new();
        for p in ["legalbusiness", "billing", "organization", "support"] {
            profiles.insert(p, get_json(&s, &ga, &format!("/profiles/{p}")).await);
        }
        for (i, (role, upn)) in role_users(cloud).into_iter().enumerate() {
            let cookie = s.session(upn).await;
            // A user of its own for each role to update, reset and delete.
            let target =
                create_user(&s, &ga, &format!("matrix.target{i}"), cloud, json!({"agentRole": "sales_agent"})).await;
            let target = format!("/users/{}", target["id"].as_str().unwrap());
            let new_user = json!({"displayName": format!("Matrix {role}"), "userPrincipalName": format!("matrix.{role}@{}", domain(cloud))});
            let rename = json!({"displayName": format!("Renamed by {role}")});
            let reset = format!("{target}/resetpassword");
            let checks: Vec<Check> = vec![
                (Method::GET, "/profiles/legalbusiness".into(), None, READERS, 200),
                (Method::GET, "/profiles/billing".into(), None, READERS, 200),
                (Method::GET, "/profiles/organization".into(), None, READERS, 200),
                (Method::GET, "/profiles/support".into(), None, READERS, 200),
                (Method::GET, "/profiles/mpn".into(), None, READERS, 200),
                (Method::GET, "/profiles/mpn?mpnId=4390934".into(), None, EVERYONE, 200),
                (Method::PUT, "/profiles/legalbusiness".into(), Some(&profiles["legalbusiness"]), EDITORS, 200),
                (Method::PUT, "/profiles/organization".into(), Some(&profiles["organization"]), EDITORS, 200),
                (Method::PUT, "/profiles/support".into(), Some(&profiles["support"]), EDITORS, 200),
                (Method::PUT, "/profiles/billing".into(), Some(&profiles["billing"]), BILLING_EDITORS, 200),
                (Method::GET, "/roles".into(), None, EVERYONE, 200),
                (Method::GET, "/roles/admin_agent/usermembers?size=2".into(), None, MANAGERS, 200),
                (Method::GET, "/users?role=sales_agent".into(), None, MANAGERS, 200),
                (Method::GET, target.clone(), None, MANAGERS, 200),
                (Method::POST, "/users".into(), Some(&new_user), MANAGERS, 201),
                (Method::PATCH, target.clone(), Some(&rename), MANAGERS, 200),
                (Method::POST, reset.clone(), None, MANAGERS, 200),
                (Method::DELETE, target.clone(), None, MANAGERS, 204),
            ];
            for (method, path, body, allowed, ok) in checks {
                let res = call(&s, &cookie, method.clone(), &path, Some("*"), body).await;
                let what = format!("{cloud} {role} {method} {path}");
                if !allowed.contains(&role) {
                    assert_eq!(res.status(), 403, "{what}");
                    error_body(res, 403, "forbidden").await;
                } else if path.ends_with("/resetpassword") && cloud == "china" {
                    error_body(res, 403, "not_available_in_cloud").await;
                } else {
                    let status = res.status().as_u16();
                    let text = res.text().await.unwrap();
                    assert_eq!(status, ok, "{what}: {text}");
                }
            }
        }
        // Signed out: 401 everywhere.
        for path in ["/profiles/legalbusiness", "/profiles/mpn?mpnId=4390934", "/users", "/roles"] {
            let res = s.api(Method::GET, &format!("/api/v1{path}")).send().await.unwrap();
            error_body(res, 401, "session_required").await;
        }
    }
}
