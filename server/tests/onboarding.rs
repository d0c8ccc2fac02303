//! Onboarding: work accounts, password reset, telephone challenge, enrollment (state machine,
//! review, agreement), indirect providers; and the role matrix of every signed-in endpoint.

mod support;

use partner_center_rules::uscc;
use partner_center_server::api::enrollment::review::review;
use partner_center_server::api::enrollment::{self, Decision};
use partner_center_server::demo;
use partner_center_server::{Cloud, Settings};
use reqwest::{Method, Response};
use serde_json::{Value, json};
use support::*;

const YUNQI: &str = "admin@yunqi-hz.partner.onmschina.cn";
const CONTOSO: &str = "provider@contoso-distribution.onmicrosoft.com";
const STRONG: &str = "Cloud-Partner-2027";

fn env() {
    // The same values in every test of this file: codes come back as debugCode, provisioning is
    // immediate.
    unsafe {
        std::env::set_var("PC_EXPOSE_CODES", "1");
        std::env::set_var("PC_PROVISIONING_SECONDS", "0");
    }
}

async fn start(f: &Folders, cloud: Cloud) -> (TestServer, Settings) {
    env();
    let mut st = settings(f);
    st.cloud = cloud;
    let s = TestServer::start(st.clone()).await;
    s.state
        .db
        .call(|c| {
            let tx = c.transaction()?;
            let now = partner_center_server::time::now();
            demo::enrollment::seed(&tx, now)?;
            demo::relationships::seed(&tx, now)?;
            tx.commit()?;
            Ok(())
        })
        .await
        .unwrap();
    (s, st)
}

async fn call(s: &TestServer, method: Method, path: &str, cookie: Option<&str>, body: Option<Value>) -> Response {
    let mut r = s.api(method, &format!("/api/v1{path}"));
    if let Some(c) = cookie {
        r = r.header("cookie", c);
    }
    if let Some(b) = body {
        r = r.json(&b);
    }
    r.send().await.unwrap()
}

async fn json_of(res: Response, status: u16) -> Value {
    let got = res.status().as_u16();
    let body: Value = res.json().await.unwrap_or(Value::Null);
    assert_eq!(got, status, "{body}");
    body
}

fn db_exec(st: &Settings, sql: &str) {
    let conn = rusqlite::Connection::open(st.database_path()).unwrap();
    conn.execute_batch(sql).unwrap();
}

fn db_count(st: &Settings, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(st.database_path()).unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

fn account_body(label: &str, cloud: Cloud) -> Value {
    let suffix = if cloud == Cloud::China { "partner.onmschina.cn" } else { "onmicrosoft.com" };
    json!({
        "organizationDomain": format!("{label}.{suffix}"),
        "organizationName": format!("{label} 有限公司"),
        "adminFirstName": "Mei",
        "adminLastName": "Lin",
        "userName": "admin",
        "password": STRONG,
    })
}

fn china_submission(challenge: &str, approval_email: &str) -> Value {
    json!({
        "mpnId": "6107712",
        "legalBusinessProfile": {
            "companyName": "深圳蓝海数据服务有限公司",
            "address": {"country": "CN", "province": "广东省", "city": "深圳市", "district": "南山区",
                        "addressLine1": "科技园南区深南大道9988号", "postalCode": "518057"},
            "unifiedSocialCreditCode": format!("91440300MA5FXY123{}", uscc::check_char("91440300MA5FXY123").unwrap()),
            "primaryContact": {"firstName": "海", "lastName": "林", "email": "lin.hai@lanhai-data.cn", "phoneNumber": "0755-8888-1234"}
        },
        "approvalContact": {"firstName": "海", "lastName": "林", "email": approval_email, "phoneNumber": "13912345678"},
        "supportProfile": {"website": "https://www.lanhai-data.cn", "email": "support@lanhai-data.cn", "telephone": "400-800-1234"},
        "phoneChallengeId": challenge
    })
}

fn global_submission(approval_email: &str) -> Value {
    json!({
        "mpnId": "4567890",
        "legalBusinessProfile": {
            "companyName": "Northwind Traders",
            "address": {"country": "US", "province": "WA", "city": "Redmond", "addressLine1": "1 Microsoft Way", "postalCode": "98052"},
            "primaryContact": {"firstName": "Nancy", "lastName": "Davolio", "email": "nancy@northwind.example.com", "phoneNumber": "+1 425 555 0100"}
        },
        "approvalContact": {"firstName": "Nancy", "lastName": "Davolio", "email": approval_email, "phoneNumber": "+1 425 555 0100"},
        "supportProfile": {"website": "https://northwind.example.com", "email": "support@northwind.example.com", "telephone": "+1 425 555 0199"}
    })
}

/// The global journey's steps before the submission: PMC sign-in, then the active US organization.
async fn pmc_and_mpn(s: &TestServer, cookie: &str) {
    json_of(
        call(
            s,
            Method::POST,
            "/enrollment/pmc/signin",
            Some(cookie),
            Some(json!({"userName": "pmc@fabrikam.com", "password": PASSWORD})),
        )
        .await,
        200,
    )
    .await;
    json_of(call(s, Method::POST, "/enrollment/mpn", Some(cookie), Some(json!({"mpnId": "4567890"}))).await, 200).await;
}

#[tokio::test]
async fn work_accounts_are_created_once_and_validated() {
    let f = folders();
    let (s, st) = start(&f, Cloud::China).await;
    let body = account_body("lanhai-data", Cloud::China);
    let first = s
        .api(Method::POST, "/api/v1/accounts")
        .header("MS-RequestId", "0b0e7c8e-1111-4a1a-9a1a-000000000001")
        .json(&body)
        .send()
        .await
        .unwrap();
    let created = json_of(first, 201).await;
    assert_eq!(created["userPrincipalName"], "admin@lanhai-data.partner.onmschina.cn");
    assert_eq!(created["programStatus"], "none");
    let again = s
        .api(Method::POST, "/api/v1/accounts")
        .header("MS-RequestId", "0b0e7c8e-1111-4a1a-9a1a-000000000001")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(again.headers().get("ms-replayed").map(|v| v.to_str().unwrap()), Some("true"));
    assert_eq!(json_of(again, 201).await["partnerId"], created["partnerId"]);
    assert_eq!(db_count(&st, "SELECT count(*) FROM partners WHERE company_name = 'lanhai-data 有限公司'"), 1);
    assert_eq!(
        db_count(
            &st,
            "SELECT count(*) FROM partners p JOIN partner_programs g ON g.partner_id = p.id WHERE p.company_name = 'lanhai-data 有限公司' AND g.program_status = 'none'"
        ),
        1
    );

    // A new request for the same domain, and the demo partner's domain.
    error_body(call(&s, Method::POST, "/accounts", None, Some(body)).await, 409, "domain_taken").await;
    error_body(
        call(&s, Method::POST, "/accounts", None, Some(account_body("fabrikam-sh", Cloud::China))).await,
        409,
        "domain_taken",
    )
    .await;

    error_body(
        call(&s, Method::POST, "/accounts", None, Some(account_body("globex", Cloud::Global))).await,
        403,
        "not_available_in_cloud",
    )
    .await;
    let mut other_cloud = account_body("globex", Cloud::China);
    other_cloud["cloud"] = json!("global");
    error_body(call(&s, Method::POST, "/accounts", None, Some(other_cloud)).await, 403, "not_available_in_cloud").await;
    let mut bad = account_body("x", Cloud::China);
    bad["password"] = json!("password");
    bad["adminFirstName"] = json!("");
    let e = error_body(call(&s, Method::POST, "/accounts", None, Some(bad)).await, 400, "validation_failed").await;
    let codes = field_codes(&e);
    for pair in
        [("organizationDomain", "invalid_format"), ("adminFirstName", "required"), ("password", "weak_password")]
    {
        assert!(codes.contains(&(pair.0.to_string(), pair.1.to_string())), "{codes:?}");
    }
    let mut contains_name = account_body("wanglihua", Cloud::China);
    contains_name["userName"] = json!("wanglihua");
    contains_name["password"] = json!("Wanglihua-2026");
    let e = error_body(call(&s, Method::POST, "/accounts", None, Some(contains_name)).await, 400, "validation_failed")
        .await;
    assert_eq!(field_codes(&e), [("password".to_string(), "weak_password".to_string())]);

    // The new admin signs in; the program is not active yet and enrollment is `none`.
    let res = s.sign_in("admin@lanhai-data.partner.onmschina.cn", STRONG).await;
    assert_eq!(res.status(), 201);
    let cookie = cookie_pair(res.headers()).unwrap();
    let status = json_of(call(&s, Method::GET, "/enrollment", Some(&cookie), None).await, 200).await;
    assert_eq!((status["status"].as_str(), status["program"].as_str()), (Some("none"), Some("china_csp_reseller")));
    s.stop().await;
}

/// The new admin's display name follows the shared name order (the app writes names the same
/// way): Chinese and Korean names family name first and without a space, others given name first.
#[tokio::test]
async fn work_account_display_names_follow_the_shared_name_order() {
    let f = folders();
    let (s, _st) = start(&f, Cloud::Global).await;
    for (label, first, last, display) in [
        ("wang-lihua", "立华", "王", "王立华"),
        ("kim-minjun", "민준", "김", "김민준"),
        ("john-smith", "John", "Smith", "John Smith"),
    ] {
        let mut body = account_body(label, Cloud::Global);
        body["adminFirstName"] = json!(first);
        body["adminLastName"] = json!(last);
        let created = json_of(call(&s, Method::POST, "/accounts", None, Some(body)).await, 201).await;
        assert_eq!(created["displayName"], display, "{first} + {last}");
        let res = s.sign_in(&format!("admin@{label}.onmicrosoft.com"), STRONG).await;
        assert_eq!(res.status(), 201);
        let cookie = cookie_pair(res.headers()).unwrap();
        let session = json_of(call(&s, Method::GET, "/sessions/current", Some(&cookie), None).await, 200).await;
        assert_eq!(session["user"]["displayName"], display);
    }
    s.stop().await;
}

#[tokio::test]
async fn password_reset_verifies_a_code_and_ends_sessions() {
    let f = folders();
    let (s, st) = start(&f, Cloud::Global).await;
    let old_cookie = s.session(GLOBAL_ADMIN).await;

    // Unknown users get the same answer.
    let unknown = json_of(
        call(&s, Method::POST, "/passwordresets", None, Some(json!({"userName": "nobody@x.onmicrosoft.com"}))).await,
        202,
    )
    .await;
    assert!(unknown["resetId"].is_string());

    let started =
        json_of(call(&s, Method::POST, "/passwordresets", None, Some(json!({"userName": GLOBAL_ADMIN}))).await, 202)
            .await;
    let id = started["resetId"].as_str().unwrap().to_string();
    let code = started["debugCode"].as_str().unwrap().to_string();
    assert_eq!(code.len(), 6);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let complete = |pw: &str| json!({"newPassword": pw});
    error_body(
        call(&s, Method::POST, &format!("/passwordresets/{id}/complete"), None, Some(complete(STRONG))).await,
        409,
        "not_verified",
    )
    .await;
    error_body(
        call(&s, Method::POST, &format!("/passwordresets/{id}/verify"), None, Some(json!({"code": wrong}))).await,
        400,
        "invalid_code",
    )
    .await;
    json_of(
        call(&s, Method::POST, &format!("/passwordresets/{id}/verify"), None, Some(json!({"code": code}))).await,
        200,
    )
    .await;
    let e = error_body(
        call(&s, Method::POST, &format!("/passwordresets/{id}/complete"), None, Some(complete("weakpass"))).await,
        400,
        "validation_failed",
    )
    .await;
    assert_eq!(field_codes(&e), [("newPassword".to_string(), "weak_password".to_string())]);
    let res = call(&s, Method::POST, &format!("/passwordresets/{id}/complete"), None, Some(complete(STRONG))).await;
    assert_eq!(res.status(), 204);
    error_body(
        call(&s, Method::POST, &format!("/passwordresets/{id}/complete"), None, Some(complete(STRONG))).await,
        409,
        "invalid_state",
    )
    .await;
    error_body(call(&s, Method::GET, "/sessions/current", Some(&old_cookie), None).await, 401, "session_required")
        .await;
    assert_eq!(s.sign_in(GLOBAL_ADMIN, PASSWORD).await.status(), 401);
    assert_eq!(s.sign_in(GLOBAL_ADMIN, STRONG).await.status(), 201);

    // Five wrong codes, then 429 even for the right one; an unknown user's code never matches.
    let started =
        json_of(call(&s, Method::POST, "/passwordresets", None, Some(json!({"userName": GLOBAL_ADMIN}))).await, 202)
            .await;
    let id = started["resetId"].as_str().unwrap().to_string();
    let code = started["debugCode"].as_str().unwrap().to_string();
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for _ in 0..5 {
        error_body(
            call(&s, Method::POST, &format!("/passwordresets/{id}/verify"), None, Some(json!({"code": wrong}))).await,
            400,
            "invalid_code",
        )
        .await;
    }
    error_body(
        call(&s, Method::POST, &format!("/passwordresets/{id}/verify"), None, Some(json!({"code": code}))).await,
        429,
        "too_many_attempts",
    )
    .await;
    let uid = unknown["resetId"].as_str().unwrap();
    let ucode = unknown["debugCode"].as_str().unwrap();
    error_body(
        call(&s, Method::POST, &format!("/passwordresets/{uid}/verify"), None, Some(json!({"code": ucode}))).await,
        400,
        "invalid_code",
    )
    .await;

    // Expiry.
    let started =
        json_of(call(&s, Method::POST, "/passwordresets", None, Some(json!({"userName": GLOBAL_ADMIN}))).await, 202)
            .await;
    let id = started["resetId"].as_str().unwrap().to_string();
    db_exec(&st, &format!("UPDATE password_resets SET expires_at = 0 WHERE id = '{id}'"));
    error_body(
        call(
            &s,
            Method::POST,
            &format!("/passwordresets/{id}/verify"),
            None,
            Some(json!({"code": started["debugCode"]})),
        )
        .await,
        410,
        "code_expired",
    )
    .await;
    error_body(
        call(&s, Method::POST, "/passwordresets/nope/verify", None, Some(json!({"code": "123456"}))).await,
        404,
        "not_found",
    )
    .await;
    s.stop().await;
}

#[tokio::test]
async fn china_phone_rules_and_the_challenge() {
    // The rule itself is `partner_center_rules::phone::china_national` (tested there).
    let f = folders();
    let (s, st) = start(&f, Cloud::China).await;
    let cookie = s.session("sales@fabrikam-sh.partner.onmschina.cn").await;
    let e = error_body(
        call(&s, Method::POST, "/phonechallenges", Some(&cookie), Some(json!({"phoneNumber": "+1 425 555 0100"})))
            .await,
        400,
        "validation_failed",
    )
    .await;
    assert_eq!(field_codes(&e), [("phoneNumber".to_string(), "invalid_china_phone".to_string())]);
    let ch = json_of(
        call(&s, Method::POST, "/phonechallenges", Some(&cookie), Some(json!({"phoneNumber": "+86 138-1234-5678"})))
            .await,
        201,
    )
    .await;
    assert_eq!(ch["phoneNumber"], "13812345678");
    let id = ch["challengeId"].as_str().unwrap().to_string();
    let res = call(&s, Method::POST, &format!("/phonechallenges/{id}/resend"), Some(&cookie), None).await;
    assert!(res.headers().get("retry-after").is_some());
    error_body(res, 429, "resend_too_soon").await;
    db_exec(&st, &format!("UPDATE phone_challenges SET resend_available_at = 0 WHERE id = '{id}'"));
    let again =
        json_of(call(&s, Method::POST, &format!("/phonechallenges/{id}/resend"), Some(&cookie), None).await, 200).await;
    let code = again["debugCode"].as_str().unwrap();
    assert_ne!(Some(code), ch["debugCode"].as_str().filter(|_| false));
    let wrong = if code == "000000" { "111111" } else { "000000" };
    error_body(
        call(&s, Method::POST, &format!("/phonechallenges/{id}/verify"), Some(&cookie), Some(json!({"code": wrong})))
            .await,
        400,
        "invalid_code",
    )
    .await;
    // Another partner's user does not see it.
    let other = s.session(YUNQI).await;
    error_body(
        call(&s, Method::POST, &format!("/phonechallenges/{id}/verify"), Some(&other), Some(json!({"code": code})))
            .await,
        404,
        "not_found",
    )
    .await;
    let v = json_of(
        call(&s, Method::POST, &format!("/phonechallenges/{id}/verify"), Some(&cookie), Some(json!({"code": code})))
            .await,
        200,
    )
    .await;
    assert_eq!(v["verified"], true);
    // Expired.
    let ch = json_of(
        call(&s, Method::POST, "/phonechallenges", Some(&cookie), Some(json!({"phoneNumber": "021-1234-5678"}))).await,
        201,
    )
    .await;
    let id = ch["challengeId"].as_str().unwrap();
    db_exec(&st, &format!("UPDATE phone_challenges SET expires_at = 0 WHERE id = '{id}'"));
    error_body(
        call(
            &s,
            Method::POST,
            &format!("/phonechallenges/{id}/verify"),
            Some(&cookie),
            Some(json!({"code": ch["debugCode"]})),
        )
        .await,
        410,
        "code_expired",
    )
    .await;
    s.stop().await;

    // The global cloud's journey has no telephone challenge: every operation is the China cloud's.
    let g = folders();
    let (s, _) = start(&g, Cloud::Global).await;
    let cookie = s.session(GLOBAL_ADMIN).await;
    for (path, body) in [
        ("/phonechallenges", Some(json!({"phoneNumber": "+33 1 42 68 53 00"}))),
        ("/phonechallenges/x/resend", None),
        ("/phonechallenges/x/verify", Some(json!({"code": "123456"}))),
    ] {
        let e =
            error_body(call(&s, Method::POST, path, Some(&cookie), body).await, 403, "not_available_in_cloud").await;
        assert!(e["description"].as_str().unwrap().contains("21Vianet"), "{e}");
    }
    s.stop().await;
}

async fn put_draft(s: &TestServer, cookie: &str, if_match: Option<&str>, draft: Value) -> Response {
    let mut r = s.api(Method::PUT, "/api/v1/enrollment/draft").header("cookie", cookie).json(&draft);
    if let Some(m) = if_match {
        r = r.header("if-match", m);
    }
    r.send().await.unwrap()
}

#[tokio::test]
async fn china_enrollment_state_machine() {
    let f = folders();
    let (s, st) = start(&f, Cloud::China).await;
    json_of(call(&s, Method::POST, "/accounts", None, Some(account_body("lanhai", Cloud::China))).await, 201).await;
    let res = s.sign_in("admin@lanhai.partner.onmschina.cn", STRONG).await;
    let cookie = cookie_pair(res.headers()).unwrap();
    let c = Some(cookie.as_str());
    // The session tells the app this partner is still enrolling.
    assert_eq!(
        json_of(call(&s, Method::GET, "/sessions/current", c, None).await, 200).await["partner"]["programStatus"],
        "none"
    );

    // Skipping steps.
    error_body(
        call(&s, Method::POST, "/enrollment/agreement", c, Some(json!({"accept": true}))).await,
        409,
        "invalid_state",
    )
    .await;
    error_body(call(&s, Method::GET, "/enrollment/draft", c, None).await, 404, "not_found").await;

    // The draft: If-Match required; `*` creates it; stale → 412; unknown keys refused.
    error_body(put_draft(&s, &cookie, None, json!({"step": 1})).await, 428, "precondition_required").await;
    error_body(put_draft(&s, &cookie, Some("\"nope\""), json!({"step": 1})).await, 412, "precondition_failed").await;
    error_body(put_draft(&s, &cookie, Some("*"), json!({"password": "x"})).await, 400, "invalid_body").await;
    error_body(put_draft(&s, &cookie, Some("*"), json!([1])).await, 400, "invalid_body").await;
    let res = put_draft(&s, &cookie, Some("*"), json!({"step": 1, "mpnId": "6107712"})).await;
    let first = json_of(res, 200).await["attributes"]["etag"].as_str().unwrap().to_string();
    let res = put_draft(&s, &cookie, Some(&format!("\"{first}\"")), json!({"step": 2, "mpnId": "6107712"})).await;
    let second = json_of(res, 200).await["attributes"]["etag"].as_str().unwrap().to_string();
    error_body(
        put_draft(&s, &cookie, Some(&format!("\"{first}\"")), json!({"step": 3})).await,
        412,
        "precondition_failed",
    )
    .await;
    let got = json_of(call(&s, Method::GET, "/enrollment/draft", c, None).await, 200).await;
    assert_eq!((got["draft"]["step"].as_i64(), got["attributes"]["etag"].as_str()), (Some(2), Some(second.as_str())));
    assert_eq!(json_of(call(&s, Method::GET, "/enrollment", c, None).await, 200).await["status"], "draft");

    // Submit: phone challenge required and verified; USCC checked; MPN must exist.
    let mut bad = china_submission("", "lin.hai@lanhai-data.cn");
    bad["legalBusinessProfile"]["unifiedSocialCreditCode"] = json!("91440300MA5FXY1230");
    bad["legalBusinessProfile"]["address"]["postalCode"] = json!("51805");
    let e = error_body(call(&s, Method::POST, "/enrollment", c, Some(bad)).await, 400, "validation_failed").await;
    let codes = field_codes(&e);
    for pair in [
        ("phoneChallengeId", "required"),
        ("legalBusinessProfile.unifiedSocialCreditCode", "invalid_checksum"),
        ("legalBusinessProfile.address.postalCode", "invalid_format"),
    ] {
        assert!(codes.contains(&(pair.0.to_string(), pair.1.to_string())), "{codes:?}");
    }
    let ch =
        json_of(call(&s, Method::POST, "/phonechallenges", c, Some(json!({"phoneNumber": "13912345678"}))).await, 201)
            .await;
    let cid = ch["challengeId"].as_str().unwrap().to_string();
    let e = error_body(
        call(&s, Method::POST, "/enrollment", c, Some(china_submission(&cid, "lin.hai@lanhai-data.cn"))).await,
        400,
        "validation_failed",
    )
    .await;
    assert_eq!(field_codes(&e), [("phoneChallengeId".to_string(), "not_verified".to_string())]);
    json_of(
        call(&s, Method::POST, &format!("/phonechallenges/{cid}/verify"), c, Some(json!({"code": ch["debugCode"]})))
            .await,
        200,
    )
    .await;
    let mut unknown_mpn = china_submission(&cid, "lin.hai@lanhai-data.cn");
    unknown_mpn["mpnId"] = json!("999999");
    let e =
        error_body(call(&s, Method::POST, "/enrollment", c, Some(unknown_mpn)).await, 400, "validation_failed").await;
    assert_eq!(field_codes(&e), [("mpnId".to_string(), "mpn_not_found".to_string())]);
    // A personal mailbox is a warning in the China program.
    let submitted =
        json_of(call(&s, Method::POST, "/enrollment", c, Some(china_submission(&cid, "linhai@qq.com"))).await, 201)
            .await;
    assert_eq!(submitted["status"], "pending_review");
    assert_eq!(submitted["warnings"], json!([{"field": "approvalContact.email", "code": "personal_email"}]));
    assert_eq!(submitted["attributes"]["objectType"], "Enrollment");
    let id = submitted["id"].as_str().unwrap().to_string();
    error_body(
        call(&s, Method::POST, "/enrollment", c, Some(china_submission(&cid, "lin.hai@lanhai-data.cn"))).await,
        409,
        "already_submitted",
    )
    .await;
    error_body(put_draft(&s, &cookie, Some("*"), json!({"step": 4})).await, 409, "invalid_state").await;
    error_body(
        call(&s, Method::POST, "/enrollment/agreement", c, Some(json!({"accept": true}))).await,
        409,
        "invalid_state",
    )
    .await;

    // The operator: credit check, then approval.
    let db = st.database_path();
    assert!(review(&db, &id, Decision::Reject, None).is_err(), "a rejection needs a reason");
    review(&db, &id, Decision::CreditCheck, None).unwrap();
    let got = json_of(call(&s, Method::GET, "/enrollment", c, None).await, 200).await;
    assert_eq!(
        (got["status"].as_str(), got["vettingSubStatus"].as_str()),
        (Some("credit_check"), Some("credit_check"))
    );
    error_body(
        call(&s, Method::POST, "/enrollment/agreement", c, Some(json!({"accept": true}))).await,
        409,
        "invalid_state",
    )
    .await;
    review(&db, &id, Decision::Approve, None).unwrap();
    let got = json_of(call(&s, Method::GET, "/enrollment", c, None).await, 200).await;
    assert_eq!(got["status"], "approved");
    assert_eq!(got["agreement"]["version"], "2018.10");
    assert_eq!(got["agreement"]["url"], "https://www.21vbluecloud.com/ostpt/");
    assert!(got["agreement"]["acceptedAt"].is_null());
    assert!(review(&db, &id, Decision::Approve, None).is_err(), "approved is final for the operator");

    error_body(
        call(&s, Method::POST, "/enrollment/agreement", c, Some(json!({"accept": false}))).await,
        400,
        "confirmation_required",
    )
    .await;
    let accepted =
        json_of(call(&s, Method::POST, "/enrollment/agreement", c, Some(json!({"accept": true}))).await, 200).await;
    assert_eq!(accepted["status"], "agreement_accepted");
    assert_eq!(accepted["agreement"]["acceptedBy"]["displayName"], "Mei Lin");
    error_body(
        call(&s, Method::POST, "/enrollment/agreement", c, Some(json!({"accept": true}))).await,
        409,
        "invalid_state",
    )
    .await;
    // PC_PROVISIONING_SECONDS=0: the next read finds it active, and the partner's program too.
    assert_eq!(json_of(call(&s, Method::GET, "/enrollment", c, None).await, 200).await["status"], "active");
    assert_eq!(
        json_of(call(&s, Method::GET, "/sessions/current", c, None).await, 200).await["partner"]["programStatus"],
        "active"
    );
    assert_eq!(
        db_count(
            &st,
            "SELECT count(*) FROM partners p JOIN partner_programs g ON g.partner_id = p.id WHERE p.company_name = 'lanhai 有限公司' AND g.program_status = 'active'"
        ),
        1
    );
    error_body(
        call(&s, Method::POST, "/enrollment", c, Some(china_submission(&cid, "lin.hai@lanhai-data.cn"))).await,
        409,
        "invalid_state",
    )
    .await;

    // The demo partner waiting for review: rejected with a reason, then fixed and resubmitted.
    let yunqi = s.session(YUNQI).await;
    let y = Some(yunqi.as_str());
    assert_eq!(json_of(call(&s, Method::GET, "/enrollment", y, None).await, 200).await["status"], "pending_review");
    let yid = demo::enrollment::YUNQI_ENROLLMENT_ID;
    review(&db, yid, Decision::Reject, Some("营业执照信息与统一社会信用代码不一致")).unwrap();
    let got = json_of(call(&s, Method::GET, "/enrollment", y, None).await, 200).await;
    assert_eq!((got["status"].as_str(), got["vettingStatus"].as_str()), (Some("rejected"), Some("rejected")));
    assert_eq!(got["rejectionReason"], "营业执照信息与统一社会信用代码不一致");
    json_of(put_draft(&s, &yunqi, Some("*"), json!({"step": 1})).await, 200).await;
    assert_eq!(json_of(call(&s, Method::GET, "/enrollment", y, None).await, 200).await["status"], "draft");
    s.stop().await;
}

async fn new_global_partner(s: &TestServer, label: &str, country: Option<&str>) -> (String, String) {
    let mut body = account_body(label, Cloud::Global);
    if let Some(c) = country {
        body["country"] = json!(c);
    }
    let created = json_of(call(s, Method::POST, "/accounts", None, Some(body)).await, 201).await;
    let res = s.sign_in(&format!("admin@{label}.onmicrosoft.com"), STRONG).await;
    (cookie_pair(res.headers()).unwrap(), created["partnerId"].as_str().unwrap().to_string())
}

/// Seconds since the epoch of an RFC 3339 UTC time (`2026-01-02T03:04:05Z`).
fn chrono_secs(t: &str) -> i64 {
    let n = |a: usize, b: usize| t[a..b].parse::<i64>().unwrap();
    let (y, m, d) = (n(0, 4), n(5, 7), n(8, 10));
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    days * 86_400 + n(11, 13) * 3600 + n(14, 16) * 60 + n(17, 19)
}

fn step_of(e: &Value) -> String {
    e["data"][0]["field"].as_str().unwrap_or_default().to_string()
}

/// The global journey in the server's order: PMC sign-in → organization (MPN ID) → submission →
/// e-mail verification → review; each later step refused (409 step_required) before the earlier.
#[tokio::test]
async fn global_enrollment_steps_in_order_and_the_country_rule() {
    let f = folders();
    let (s, st) = start(&f, Cloud::Global).await;
    let (cookie, partner) = new_global_partner(&s, "northwind", None).await;
    let c = Some(cookie.as_str());
    let status = json_of(call(&s, Method::GET, "/enrollment", c, None).await, 200).await;
    assert_eq!(status["status"], "none");

    // Nothing can be skipped.
    let e = error_body(
        call(&s, Method::POST, "/enrollment", c, Some(global_submission("nancy@northwind.example.com"))).await,
        409,
        "step_required",
    )
    .await;
    assert_eq!(step_of(&e), "pmcSignIn");
    let e = error_body(
        call(&s, Method::POST, "/enrollment/mpn", c, Some(json!({"mpnId": "4567890"}))).await,
        409,
        "step_required",
    )
    .await;
    assert_eq!(step_of(&e), "pmcSignIn");
    let e =
        error_body(call(&s, Method::POST, "/enrollment/emailverification", c, None).await, 409, "step_required").await;
    assert_eq!(step_of(&e), "submit");

    // PMC sign-in: the organizations with whether each may be chosen (tenant: US by default).
    error_body(
        call(
            &s,
            Method::POST,
            "/enrollment/pmc/signin",
            c,
            Some(json!({"userName": "pmc@fabrikam.com", "password": "wrong"})),
        )
        .await,
        401,
        "invalid_credentials",
    )
    .await;
    let orgs = json_of(
        call(
            &s,
            Method::POST,
            "/enrollment/pmc/signin",
            c,
            Some(json!({"userName": "PMC@fabrikam.com", "password": PASSWORD})),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(orgs["tenantCountry"], "US");
    let eligible: Vec<_> = orgs["organizations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (o["mpnId"].as_str().unwrap().to_string(), o["eligible"].as_bool().unwrap(), o["ineligibleReason"].clone())
        })
        .collect();
    assert_eq!(eligible[0], ("4567890".into(), true, Value::Null));
    assert_eq!(eligible[1], ("4567891".into(), false, json!("mpn_country_mismatch")));
    assert_eq!(eligible[2], ("4567892".into(), false, json!("mpn_organization_inactive")));
    assert_eq!(json_of(call(&s, Method::GET, "/enrollment", c, None).await, 200).await["nextStep"], "mpn_association");
    let e = error_body(
        call(&s, Method::POST, "/enrollment", c, Some(global_submission("nancy@northwind.example.com"))).await,
        409,
        "step_required",
    )
    .await;
    assert_eq!(step_of(&e), "mpnId");

    // The organization rule: active, and in the tenant's country/region.
    for (mpn, code) in [
        ("4567891", "mpn_country_mismatch"),
        ("4567892", "mpn_organization_inactive"),
        ("4567893", "mpn_organization_inactive"),
        ("5023310", "mpn_not_in_pmc_account"),
        ("12ab", "invalid_format"),
    ] {
        let e = error_body(
            call(&s, Method::POST, "/enrollment/mpn", c, Some(json!({"mpnId": mpn}))).await,
            400,
            "validation_failed",
        )
        .await;
        assert_eq!(field_codes(&e), [("mpnId".to_string(), code.to_string())], "{mpn}");
        assert!(!e["data"][0]["description"].as_str().unwrap().is_empty());
    }
    let chosen =
        json_of(call(&s, Method::POST, "/enrollment/mpn", c, Some(json!({"mpnId": " 4567890 "}))).await, 200).await;
    assert_eq!((chosen["country"].as_str(), chosen["tenantCountry"].as_str()), (Some("US"), Some("US")));
    assert_eq!(json_of(call(&s, Method::GET, "/enrollment", c, None).await, 200).await["nextStep"], "submit");

    // At submit: the MPN ID must be the chosen one, and the organization still eligible.
    let mut other = global_submission("nancy@northwind.example.com");
    other["mpnId"] = json!("4567891");
    let e = error_body(call(&s, Method::POST, "/enrollment", c, Some(other)).await, 400, "validation_failed").await;
    assert_eq!(field_codes(&e), [("mpnId".to_string(), "mpn_not_associated".to_string())]);
    db_exec(&st, &format!("UPDATE work_accounts SET country = 'FR' WHERE partner_id = '{partner}'"));
    let e = error_body(
        call(&s, Method::POST, "/enrollment", c, Some(global_submission("nancy@northwind.example.com"))).await,
        400,
        "validation_failed",
    )
    .await;
    assert_eq!(field_codes(&e), [("mpnId".to_string(), "mpn_country_mismatch".to_string())]);
    db_exec(&st, &format!("UPDATE work_accounts SET country = 'US' WHERE partner_id = '{partner}'"));

    // Web-based e-mail for the primary contact (and the approval contact): the docs' words.
    for (primary, approval, fields) in [
        ("nancy@gmail.com", "nancy@northwind.example.com", vec!["legalBusinessProfile.primaryContact.email"]),
        ("nancy@northwind.example.com", "nancy@hotmail.co.uk", vec!["approvalContact.email"]),
        (
            "nancy@yahoo.fr",
            "nancy@icloud.com",
            vec!["legalBusinessProfile.primaryContact.email", "approvalContact.email"],
        ),
    ] {
        let mut body = global_submission(approval);
        body["legalBusinessProfile"]["primaryContact"]["email"] = json!(primary);
        let e = error_body(call(&s, Method::POST, "/enrollment", c, Some(body)).await, 400, "personal_email").await;
        assert!(
            e["description"].as_str().unwrap().contains("Gmail, Yahoo! Mail, iCloud Mail, AOL Mail, or Outlook Mail")
        );
        let got: Vec<_> = field_codes(&e).into_iter().map(|(f, _)| f).collect();
        assert_eq!(got, fields);
    }
    let mut bad_postal = global_submission("nancy@northwind.example.com");
    bad_postal["legalBusinessProfile"]["address"]["postalCode"] = json!("9805");
    error_body(call(&s, Method::POST, "/enrollment", c, Some(bad_postal)).await, 400, "validation_failed").await;

    // Enroll now, twice with one MS-RequestId: one enrollment, one link, the same answer.
    let submit = || {
        s.api(Method::POST, "/api/v1/enrollment")
            .header("cookie", &cookie)
            .header("ms-requestid", "7d1d3c55-2c2a-4d9e-9d55-0f1c2e3a4b5c")
            .json(&global_submission("nancy@northwind.example.com"))
            .send()
    };
    let first = json_of(submit().await.unwrap(), 201).await;
    let second = json_of(submit().await.unwrap(), 201).await;
    assert_eq!(first, second);
    assert_eq!(db_count(&st, &format!("SELECT count(*) FROM enrollments WHERE partner_id = '{partner}'")), 1);
    assert_eq!(db_count(&st, &format!("SELECT count(*) FROM email_verifications WHERE partner_id = '{partner}'")), 1);
    assert_eq!(first["status"], "pending_email_verification");
    assert_eq!(first["vettingSubStatus"], "awaiting_email_verification");
    assert_eq!(first["nextStep"], "email_verification");
    assert_eq!(first["emailVerification"]["email"], "nancy@northwind.example.com");
    let token = first["emailVerification"]["debugToken"].as_str().unwrap().to_string();
    assert_eq!(first["emailVerification"]["debugUrl"], format!("/enroll/verify-email/{token}"));
    // Without the request id, a second submit is refused.
    error_body(
        call(&s, Method::POST, "/enrollment", c, Some(global_submission("nancy@northwind.example.com"))).await,
        409,
        "already_submitted",
    )
    .await;
    // The status never shows the token; the steps before can no longer change.
    let status = json_of(call(&s, Method::GET, "/enrollment", c, None).await, 200).await;
    assert!(status["emailVerification"]["debugToken"].is_null());
    error_body(
        call(&s, Method::POST, "/enrollment/mpn", c, Some(json!({"mpnId": "4567890"}))).await,
        409,
        "invalid_state",
    )
    .await;

    // The review waits for the verification (operator and auto-approver alike).
    let id = first["id"].as_str().unwrap().to_string();
    let refused = review(&st.database_path(), &id, Decision::Approve, None).unwrap_err();
    assert!(refused.contains("verify the e-mail address"), "{refused}");
    s.state.db.call(|c| enrollment::review::auto_approve_once(c, 0, partner_center_server::time::now())).await.unwrap();
    assert_eq!(
        json_of(call(&s, Method::GET, "/enrollment", c, None).await, 200).await["status"],
        "pending_email_verification"
    );

    // The link's rules: unknown, another partner's, expired, superseded, used.
    let verify = |t: String, cookie: String| {
        let s = &s;
        async move { call(s, Method::POST, &format!("/enrollment/emailverification/{t}/verify"), Some(&cookie), None).await }
    };
    error_body(verify("no-such-link".into(), cookie.clone()).await, 404, "email_link_not_found").await;
    error_body(verify("链接✓".into(), cookie.clone()).await, 404, "email_link_not_found").await;
    let demo = s.session(GLOBAL_ADMIN).await;
    error_body(verify(token.clone(), demo).await, 403, "email_link_for_another_partner").await;
    db_exec(&st, &format!("UPDATE email_verifications SET expires_at = 0 WHERE partner_id = '{partner}'"));
    error_body(verify(token.clone(), cookie.clone()).await, 410, "email_link_expired").await;
    // Resend: a new link, the old one superseded; not twice within 30 s.
    db_exec(
        &st,
        &format!("UPDATE email_verifications SET created_at = created_at - 60 WHERE partner_id = '{partner}'"),
    );
    let again = json_of(call(&s, Method::POST, "/enrollment/emailverification", c, None).await, 202).await;
    let fresh = again["debugToken"].as_str().unwrap().to_string();
    assert_ne!(fresh, token);
    let res = call(&s, Method::POST, "/enrollment/emailverification", c, None).await;
    assert!(res.headers().get("retry-after").is_some());
    error_body(res, 429, "resend_too_soon").await;
    db_exec(&st, &format!("UPDATE email_verifications SET expires_at = 4102444800 WHERE partner_id = '{partner}'"));
    error_body(verify(token.clone(), cookie.clone()).await, 410, "email_link_superseded").await;
    // Any user of the enrolling partner may open the link; it is single-use.
    let done = json_of(verify(fresh.clone(), cookie.clone()).await, 200).await;
    assert_eq!(done["enrollmentStatus"], "pending_review");
    assert!(done["verifiedAt"].is_string());
    error_body(verify(fresh.clone(), cookie.clone()).await, 409, "email_link_used").await;
    error_body(call(&s, Method::POST, "/enrollment/emailverification", c, None).await, 409, "already_verified").await;
    let status = json_of(call(&s, Method::GET, "/enrollment", c, None).await, 200).await;
    assert_eq!((status["status"].as_str(), status["nextStep"].as_str()), (Some("pending_review"), Some("review")));
    assert!(status["emailVerification"]["verifiedAt"].is_string());

    // Now the review continues.
    assert!(
        review(&st.database_path(), &id, Decision::CreditCheck, None).is_err(),
        "no credit check in the global program"
    );
    review(&st.database_path(), &id, Decision::Approve, None).unwrap();
    let status = json_of(call(&s, Method::GET, "/enrollment", c, None).await, 200).await;
    assert_eq!(status["agreement"]["title"], "Microsoft Partner Agreement");
    assert_eq!(status["nextStep"], "agreement");
    s.stop().await;
}

/// The link expires after PC_EMAIL_LINK_SECONDS; a tenant elsewhere chooses its own country's
/// organization; "Create one" names the cloud's domain and refuses the other cloud's country.
#[tokio::test]
async fn email_links_expire_and_tenants_have_a_country() {
    let f = folders();
    let (s, _) = start(&f, Cloud::Global).await;
    let (cookie, _) = new_global_partner(&s, "lumiere-paris", Some("fr")).await;
    let c = Some(cookie.as_str());
    let orgs = json_of(
        call(
            &s,
            Method::POST,
            "/enrollment/pmc/signin",
            c,
            Some(json!({"userName": "pmc@fabrikam.com", "password": PASSWORD})),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(orgs["tenantCountry"], "FR");
    let e = error_body(
        call(&s, Method::POST, "/enrollment/mpn", c, Some(json!({"mpnId": "4567890"}))).await,
        400,
        "validation_failed",
    )
    .await;
    assert_eq!(field_codes(&e)[0].1, "mpn_country_mismatch");
    json_of(call(&s, Method::POST, "/enrollment/mpn", c, Some(json!({"mpnId": "4567891"}))).await, 200).await;
    let mut body = global_submission("claire@lumiere.example.fr");
    body["mpnId"] = json!("4567891");
    body["legalBusinessProfile"]["primaryContact"]["email"] = json!("claire@lumiere.example.fr");
    let got = json_of(call(&s, Method::POST, "/enrollment", c, Some(body)).await, 201).await;
    let token = got["emailVerification"]["debugToken"].as_str().unwrap();
    // Seven days by default (PC_EMAIL_LINK_SECONDS changes it; not set here: tests share the
    // process environment).
    let at = |k: &str| chrono_secs(got["emailVerification"][k].as_str().unwrap());
    assert_eq!(at("expiresAt") - at("sentAt"), enrollment::EMAIL_LINK_DEFAULT_SECS);
    let done =
        json_of(call(&s, Method::POST, &format!("/enrollment/emailverification/{token}/verify"), c, None).await, 200)
            .await;
    assert_eq!(done["enrollmentStatus"], "pending_review");
    let bad = {
        let mut b = account_body("woodgrove", Cloud::Global);
        b["country"] = json!("Frankreich");
        b
    };
    let e = error_body(call(&s, Method::POST, "/accounts", None, Some(bad)).await, 400, "validation_failed").await;
    assert!(field_codes(&e).contains(&("country".to_string(), "invalid_format".to_string())));
    let mut null_cloud = account_body("woodgrove", Cloud::Global);
    null_cloud["cloud"] = Value::Null;
    error_body(call(&s, Method::POST, "/accounts", None, Some(null_cloud)).await, 400, "invalid_body").await;
    let created =
        json_of(call(&s, Method::POST, "/accounts", None, Some(account_body("woodgrove", Cloud::Global))).await, 201)
            .await;
    assert_eq!(
        (created["country"].as_str(), created["userPrincipalName"].as_str()),
        (Some("US"), Some("admin@woodgrove.onmicrosoft.com"))
    );
    s.stop().await;

    let g = folders();
    let (s, _) = start(&g, Cloud::China).await;
    let mut body = account_body("woodgrove", Cloud::China);
    body["country"] = json!("US");
    let e = error_body(call(&s, Method::POST, "/accounts", None, Some(body)).await, 400, "validation_failed").await;
    assert!(field_codes(&e).contains(&("country".to_string(), "invalid_value".to_string())));
    let created =
        json_of(call(&s, Method::POST, "/accounts", None, Some(account_body("woodgrove", Cloud::China))).await, 201)
            .await;
    assert_eq!(
        (created["country"].as_str(), created["userPrincipalName"].as_str()),
        (Some("CN"), Some("admin@woodgrove.partner.onmschina.cn"))
    );
    // Create one in the other cloud's domain: refused.
    error_body(
        call(&s, Method::POST, "/accounts", None, Some(account_body("tailspin", Cloud::Global))).await,
        403,
        "not_available_in_cloud",
    )
    .await;
    // The global journey's steps are not the China cloud's.
    let cookie = s.session(CHINA_ADMIN).await;
    for (path, body) in [
        ("/enrollment/pmc/signin", Some(json!({"userName": "pmc@fabrikam.com", "password": PASSWORD}))),
        ("/enrollment/mpn", Some(json!({"mpnId": "4567890"}))),
        ("/enrollment/emailverification", None),
        ("/enrollment/emailverification/x/verify", None),
    ] {
        error_body(call(&s, Method::POST, path, Some(&cookie), body).await, 403, "not_available_in_cloud").await;
    }
    let demo = json_of(call(&s, Method::GET, "/enrollment", Some(&cookie), None).await, 200).await;
    assert_eq!(demo["status"], "active");
    assert!(demo["nextStep"].is_null(), "the China program has no global journey");
    assert_eq!(demo["agreement"]["acceptedBy"]["displayName"], "王立华");
    s.stop().await;
}

/// The 21Vianet program's own steps (its telephone challenge, the business licence code, its
/// agreement) are the China cloud's: a global partner sending them gets 403
/// `not_available_in_cloud` and nothing is stored, while the global program's enrollment works.
#[tokio::test]
async fn the_china_programs_steps_are_refused_in_the_global_cloud() {
    let f = folders();
    let (s, st) = start(&f, Cloud::Global).await;
    let created =
        json_of(call(&s, Method::POST, "/accounts", None, Some(account_body("woodgrove", Cloud::Global))).await, 201)
            .await;
    let partner = created["partnerId"].as_str().unwrap().to_string();
    let res = s.sign_in("admin@woodgrove.onmicrosoft.com", STRONG).await;
    let cookie = cookie_pair(res.headers()).unwrap();
    let c = Some(cookie.as_str());

    // The China wizard's telephone step in a draft.
    let china_draft = json!({"step": "phone", "phoneNumber": "+86 138 1234 5678", "phoneChallengeId": "c-1"});
    let e = error_body(put_draft(&s, &cookie, Some("*"), china_draft).await, 403, "not_available_in_cloud").await;
    let codes = field_codes(&e);
    assert_eq!(
        codes,
        [
            ("phoneNumber".to_string(), "not_available_in_cloud".to_string()),
            ("phoneChallengeId".to_string(), "not_available_in_cloud".to_string())
        ]
    );
    assert_eq!(db_count(&st, &format!("SELECT count(*) FROM enrollments WHERE partner_id = '{partner}'")), 0);
    // Blank is not sent; the global program's own draft is kept.
    let global_draft = json!({"step": "program", "mpnId": "5023310", "phoneNumber": "", "phoneChallengeId": null});
    json_of(put_draft(&s, &cookie, Some("*"), global_draft).await, 200).await;

    // The China program's submission, and a global one carrying its business licence code.
    let e = error_body(
        call(&s, Method::POST, "/enrollment", c, Some(china_submission("c-1", "lin.hai@lanhai-data.cn"))).await,
        403,
        "not_available_in_cloud",
    )
    .await;
    let fields: Vec<_> = field_codes(&e).into_iter().map(|(f, _)| f).collect();
    assert_eq!(fields, ["legalBusinessProfile.unifiedSocialCreditCode", "phoneChallengeId"]);
    let mut with_uscc = global_submission("nancy@woodgrove.example.com");
    with_uscc["legalBusinessProfile"]["unifiedSocialCreditCode"] = json!("91350100M000100Y43");
    let e = error_body(call(&s, Method::POST, "/enrollment", c, Some(with_uscc)).await, 403, "not_available_in_cloud")
        .await;
    assert_eq!(field_codes(&e)[0].0, "legalBusinessProfile.unifiedSocialCreditCode");
    assert_eq!(json_of(call(&s, Method::GET, "/enrollment", c, None).await, 200).await["status"], "draft");

    // The global program's own submission goes through (after its own steps).
    pmc_and_mpn(&s, &cookie).await;
    let got = json_of(
        call(&s, Method::POST, "/enrollment", c, Some(global_submission("nancy@woodgrove.example.com"))).await,
        201,
    )
    .await;
    assert_eq!(got["program"], "indirect_reseller");

    // An approved enrollment in the 21Vianet program (another cloud's data) cannot have its
    // agreement accepted here; the global program's can.
    db_exec(
        &st,
        &format!(
            "UPDATE enrollments SET program = 'china_csp_reseller', status = 'approved' WHERE partner_id = '{partner}'"
        ),
    );
    let accept = || call(&s, Method::POST, "/enrollment/agreement", c, Some(json!({"accept": true})));
    error_body(accept().await, 403, "not_available_in_cloud").await;
    assert_eq!(
        db_count(
            &st,
            &format!("SELECT count(*) FROM enrollments WHERE partner_id = '{partner}' AND status = 'approved'")
        ),
        1
    );
    db_exec(&st, &format!("UPDATE enrollments SET program = 'indirect_reseller' WHERE partner_id = '{partner}'"));
    let accepted = json_of(accept().await, 200).await;
    assert_eq!(accepted["agreement"]["title"], "Microsoft Partner Agreement");
    s.stop().await;

    // In the China cloud the same fields are the program's own.
    let g = folders();
    let (s, _) = start(&g, Cloud::China).await;
    json_of(call(&s, Method::POST, "/accounts", None, Some(account_body("woodgrove", Cloud::China))).await, 201).await;
    let res = s.sign_in("admin@woodgrove.partner.onmschina.cn", STRONG).await;
    let cookie = cookie_pair(res.headers()).unwrap();
    let china_draft = json!({"step": "phone", "phoneNumber": "13812345678", "phoneChallengeId": "c-1"});
    json_of(put_draft(&s, &cookie, Some("*"), china_draft).await, 200).await;
    let e = error_body(
        call(&s, Method::POST, "/enrollment", Some(&cookie), Some(china_submission("c-1", "lin.hai@lanhai-data.cn")))
            .await,
        400,
        "validation_failed",
    )
    .await;
    assert_eq!(field_codes(&e), [("phoneChallengeId".to_string(), "not_verified".to_string())]);
    s.stop().await;
}

#[tokio::test]
async fn indirect_providers_invite_and_resellers_accept() {
    let f = folders();
    let (s, st) = start(&f, Cloud::Global).await;
    let contoso = s.session(CONTOSO).await;
    let p = Some(contoso.as_str());
    let list =
        json_of(call(&s, Method::GET, "/relationships?relationship_type=IsIndirectResellerOf", p, None).await, 200)
            .await;
    assert_eq!(list["items"].as_array().unwrap().len(), 1);
    assert_eq!(list["items"][0]["name"], "Fabrikam, Inc.");
    assert_eq!(list["items"][0]["attributes"]["objectType"], "PartnerRelationship");
    error_body(call(&s, Method::GET, "/relationships", p, None).await, 400, "validation_failed").await;
    error_body(
        call(&s, Method::GET, "/relationships?relationship_type=friends", p, None).await,
        400,
        "validation_failed",
    )
    .await;
    let invitations = json_of(call(&s, Method::GET, "/relationships/invitations", p, None).await, 200).await;
    assert_eq!(invitations["items"].as_array().unwrap().len(), 5);
    let pending = json_of(call(&s, Method::GET, "/relationships/invitations?state=pending", p, None).await, 200).await;
    assert_eq!(pending["items"].as_array().unwrap().len(), 3);
    let expired = json_of(call(&s, Method::GET, "/relationships/invitations?state=expired", p, None).await, 200).await;
    assert_eq!(expired["items"][0]["linkToken"], demo::relationships::EXPIRED_INVITATION_TOKEN);
    error_body(call(&s, Method::GET, "/relationships/invitations?state=old", p, None).await, 400, "validation_failed")
        .await;

    error_body(
        call(&s, Method::POST, "/relationships/invitations", p, Some(json!({"resellerEmail": "not-an-email"}))).await,
        400,
        "validation_failed",
    )
    .await;
    let inv = json_of(
        call(
            &s,
            Method::POST,
            "/relationships/invitations",
            p,
            Some(json!({"resellerEmail": "admin@northwind.example.com", "message": "Welcome"})),
        )
        .await,
        201,
    )
    .await;
    assert_eq!(inv["state"], "pending");
    assert!(inv["emailDraft"]["body"].as_str().unwrap().contains(inv["url"].as_str().unwrap()));
    let token = inv["linkToken"].as_str().unwrap().to_string();
    let id = inv["id"].as_str().unwrap().to_string();

    // A new reseller organization must enroll before it can answer; then it accepts.
    let created =
        json_of(call(&s, Method::POST, "/accounts", None, Some(account_body("northwind", Cloud::Global))).await, 201)
            .await;
    let res = s.sign_in("admin@northwind.onmicrosoft.com", STRONG).await;
    let reseller = cookie_pair(res.headers()).unwrap();
    let r = Some(reseller.as_str());
    error_body(
        call(&s, Method::GET, &format!("/relationships/invitations/by-token/{token}"), r, None).await,
        403,
        "program_not_active",
    )
    .await;
    let partner_id = created["partnerId"].as_str().unwrap();
    db_exec(&st, &format!("UPDATE partner_programs SET program_status = 'active' WHERE partner_id = '{partner_id}'"));
    let seen =
        json_of(call(&s, Method::GET, &format!("/relationships/invitations/by-token/{token}"), r, None).await, 200)
            .await;
    assert_eq!(seen["providerName"], "Contoso Distribution Ltd.");
    error_body(call(&s, Method::GET, "/relationships/invitations/by-token/nope", r, None).await, 404, "not_found")
        .await;
    error_body(
        call(
            &s,
            Method::POST,
            &format!("/relationships/invitations/{id}/authorize"),
            r,
            Some(json!({"confirmed": false})),
        )
        .await,
        400,
        "confirmation_required",
    )
    .await;
    let ok = json_of(
        call(
            &s,
            Method::POST,
            &format!("/relationships/invitations/{id}/authorize"),
            r,
            Some(json!({"confirmed": true})),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(ok["state"], "accepted");
    error_body(
        call(
            &s,
            Method::POST,
            &format!("/relationships/invitations/{id}/authorize"),
            r,
            Some(json!({"confirmed": true})),
        )
        .await,
        409,
        "already_accepted",
    )
    .await;
    let mine = json_of(
        call(&s, Method::GET, "/relationships?relationship_type=is_indirect_cloud_solution_provider_of", r, None).await,
        200,
    )
    .await;
    assert_eq!(mine["items"][0]["name"], "Contoso Distribution Ltd.");
    let list =
        json_of(call(&s, Method::GET, "/relationships?relationship_type=is_indirect_reseller_of", p, None).await, 200)
            .await;
    assert_eq!(list["items"].as_array().unwrap().len(), 2);
    let reseller_id = list["items"].as_array().unwrap().iter().find(|i| i["name"] != "Fabrikam, Inc.").unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();

    let link = json_of(
        call(
            &s,
            Method::GET,
            &format!("/relationships/invitenewcustomerlink?indirectResellerId={reseller_id}"),
            p,
            None,
        )
        .await,
        200,
    )
    .await;
    assert!(link["url"].as_str().unwrap().contains(&reseller_id));
    error_body(
        call(&s, Method::GET, "/relationships/invitenewcustomerlink?indirectResellerId=unknown", p, None).await,
        404,
        "not_found",
    )
    .await;
    error_body(call(&s, Method::GET, "/relationships/invitenewcustomerlink", p, None).await, 400, "validation_failed")
        .await;
    let customers =
        json_of(call(&s, Method::GET, &format!("/relationships/{reseller_id}/customers"), p, None).await, 200).await;
    assert_eq!(customers["attributes"]["objectType"], "Collection");
    assert_eq!(customers["items"].as_array().unwrap().len(), 0);
    // A customer the provider creates for the reseller is shared with it.
    let body = json!({
        "companyProfile": {"domain": "wingtiptoysnw.onmicrosoft.com"},
        "billingProfile": {
            "email": "billing@wingtiptoys.com", "culture": "en-US", "language": "en", "companyName": "Wingtip Toys",
            "defaultAddress": {"country": "US", "city": "Redmond", "state": "WA", "addressLine1": "1 Microsoft Way",
              "postalCode": "98052", "firstName": "Remy", "lastName": "Morris", "phoneNumber": "+1 425 555 0100"}
        },
        "associatedPartnerId": reseller_id
    });
    json_of(call(&s, Method::POST, "/customers", p, Some(body)).await, 201).await;
    let customers =
        json_of(call(&s, Method::GET, &format!("/relationships/{reseller_id}/customers"), p, None).await, 200).await;
    let names: Vec<_> = customers["items"].as_array().unwrap().iter().map(|c| c["companyName"].clone()).collect();
    assert_eq!(names, vec![json!("Wingtip Toys")]);
    // Not the provider's reseller → 404.
    error_body(
        call(&s, Method::GET, &format!("/relationships/{reseller_id}/customers"), r, None).await,
        404,
        "not_found",
    )
    .await;
    s.stop().await;
}

/// Invitation tokens (valid, expired, used, another partner's), who may authorize, and the
/// reseller's side: its providers' shared customers and the customer link naming both partners.
/// The session says whether the partner works as an indirect provider (resellers, or an
/// invitation sent), which is all the app has to show the Indirect resellers page by.
#[tokio::test]
async fn the_session_says_who_is_an_indirect_provider() {
    let f = folders();
    let (s, _st) = start(&f, Cloud::Global).await;
    let current = |cookie: String| {
        let s = &s;
        async move { json_of(call(s, Method::GET, "/sessions/current", Some(&cookie), None).await, 200).await }
    };
    // Contoso has a reseller and invitations; Fabrikam is Contoso's reseller and Lumière's provider.
    assert_eq!(current(s.session(CONTOSO).await).await["partner"]["indirectProvider"], true);
    assert_eq!(current(s.session(GLOBAL_ADMIN).await).await["partner"]["indirectProvider"], true);
    // A new global partner is an indirect reseller only, until it invites one.
    json_of(call(&s, Method::POST, "/accounts", None, Some(account_body("globex", Cloud::Global))).await, 201).await;
    let res = s.sign_in("admin@globex.onmicrosoft.com", STRONG).await;
    let signed_in = json_of(res, 201).await;
    assert_eq!(signed_in["partner"]["indirectProvider"], false);
}

#[tokio::test]
async fn invitation_tokens_and_the_reseller_side() {
    use demo::relationships::{
        CONTOSO_PARTNER_ID, EXPIRED_INVITATION_TOKEN, LUMIERE_PARTNER_ID, USED_INVITATION_TOKEN,
    };
    let f = folders();
    let (s, st) = start(&f, Cloud::Global).await;
    let fabrikam = s.session(GLOBAL_ADMIN).await;
    let agent = s.session("adminagent@fabrikam.onmicrosoft.com").await;
    let r = Some(fabrikam.as_str());
    let by_token = |t: &str, c: &str| {
        let (s, path, c) = (&s, format!("/relationships/invitations/by-token/{t}"), c.to_string());
        async move { call(s, Method::GET, &path, Some(&c), None).await }
    };
    let authorize = |id: &str, c: &str| {
        let (s, path, c) = (&s, format!("/relationships/invitations/{id}/authorize"), c.to_string());
        async move { call(s, Method::POST, &path, Some(&c), Some(json!({"confirmed": true}))).await }
    };
    // Valid: seen by anyone of the partner, authorized by a global admin only.
    let inv = json_of(by_token("demo-invite-northwind-7Qm2", &agent).await, 200).await;
    assert_eq!(inv["state"], "pending");
    assert!(inv["expiresAt"].is_string());
    let id = inv["id"].as_str().unwrap().to_string();
    let e = error_body(authorize(&id, &agent).await, 403, "forbidden").await;
    assert!(e["description"].as_str().unwrap().contains("Only a global admin"), "{e}");
    // Expired (the demo's, and a fresh one made old).
    error_body(by_token(EXPIRED_INVITATION_TOKEN, &fabrikam).await, 410, "invitation_expired").await;
    error_body(authorize(demo::relationships::EXPIRED_INVITATION_ID, &fabrikam).await, 410, "invitation_expired").await;
    // Accepted by another organization.
    error_body(by_token(USED_INVITATION_TOKEN, &fabrikam).await, 403, "invitation_for_another_partner").await;
    error_body(
        authorize(demo::relationships::USED_INVITATION_ID, &fabrikam).await,
        403,
        "invitation_for_another_partner",
    )
    .await;
    // Fabrikam is Contoso's reseller already: a second partnership is refused.
    error_body(authorize(&id, &fabrikam).await, 409, "already_accepted").await;
    // A new reseller accepts once; twice with one MS-RequestId is one authorization.
    let (northwind, partner) = new_global_partner(&s, "northwind", None).await;
    db_exec(&st, &format!("UPDATE partner_programs SET program_status = 'active' WHERE partner_id = '{partner}'"));
    let send = || {
        s.api(Method::POST, &format!("/api/v1/relationships/invitations/{id}/authorize"))
            .header("cookie", &northwind)
            .header("ms-requestid", "0b8f3c1e-6a0d-4c57-9f0e-3d2b1a4c5e6f")
            .json(&json!({"confirmed": true}))
            .send()
    };
    let first = json_of(send().await.unwrap(), 200).await;
    assert_eq!(first, json_of(send().await.unwrap(), 200).await);
    assert_eq!(
        db_count(
            &st,
            &format!(
                "SELECT count(*) FROM partner_relationships WHERE related_partner_id = '{partner}' OR partner_id = '{partner}'"
            )
        ),
        2
    );
    // Used: by the same partner, seen as accepted, answered again → already_accepted; another
    // partner now gets invitation_for_another_partner.
    assert_eq!(json_of(by_token("demo-invite-northwind-7Qm2", &northwind).await, 200).await["state"], "accepted");
    error_body(authorize(&id, &northwind).await, 409, "already_accepted").await;
    error_body(by_token("demo-invite-northwind-7Qm2", &fabrikam).await, 403, "invitation_for_another_partner").await;
    // Made old, a pending one expires.
    db_exec(&st, "UPDATE relationship_invitations SET created_at = 0 WHERE link_token = 'demo-invite-hanbit-P3v8'");
    error_body(by_token("demo-invite-hanbit-P3v8", &fabrikam).await, 410, "invitation_expired").await;

    // Reseller side: the customers Fabrikam shares with Contoso, paged.
    let page = json_of(
        call(&s, Method::GET, &format!("/relationships/{CONTOSO_PARTNER_ID}/sharedcustomers?size=3"), r, None).await,
        200,
    )
    .await;
    let names: Vec<_> =
        page["items"].as_array().unwrap().iter().map(|c| c["companyName"].as_str().unwrap().to_string()).collect();
    assert_eq!(names, ["Adatum Corporation", "Alpine Ski House", "Coho Winery"]);
    assert_eq!(page["items"][0]["providerId"], CONTOSO_PARTNER_ID);
    let next = &page["links"]["next"];
    let rest = s
        .api(Method::GET, &format!("/api{}", next["uri"].as_str().unwrap()))
        .header("cookie", &fabrikam)
        .header(next["headers"][0]["key"].as_str().unwrap(), next["headers"][0]["value"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    let rest = json_of(rest, 200).await;
    assert_eq!(rest["items"][0]["companyName"], "Proseware, Inc.");
    assert!(rest["links"]["next"].is_null());
    // Not one of Fabrikam's providers (Lumière is its reseller), unknown, bad paging.
    for path in
        [format!("/relationships/{LUMIERE_PARTNER_ID}/sharedcustomers"), "/relationships/nobody/sharedcustomers".into()]
    {
        error_body(call(&s, Method::GET, &path, r, None).await, 404, "not_found").await;
    }
    error_body(
        call(&s, Method::GET, &format!("/relationships/{CONTOSO_PARTNER_ID}/sharedcustomers?size=0"), r, None).await,
        400,
        "validation_failed",
    )
    .await;
    let bad = s
        .api(Method::GET, &format!("/api/v1/relationships/{CONTOSO_PARTNER_ID}/sharedcustomers?seekOperation=Next"))
        .header("cookie", &fabrikam)
        .header("MS-ContinuationToken", "%%%")
        .send()
        .await
        .unwrap();
    error_body(bad, 400, "validation_failed").await;

    // The customer link names both partners, from either side.
    let mine = json_of(
        call(
            &s,
            Method::GET,
            &format!("/relationships/invitenewcustomerlink?indirectProviderId={CONTOSO_PARTNER_ID}"),
            r,
            None,
        )
        .await,
        200,
    )
    .await;
    let url = mine["url"].as_str().unwrap();
    assert!(
        url.contains(&format!("partnerId={}", demo::accounts::GLOBAL_PARTNER))
            && url.contains(&format!("indirectCSPId={CONTOSO_PARTNER_ID}"))
    );
    assert_eq!(
        (mine["resellerName"].as_str(), mine["providerName"].as_str()),
        (Some("Fabrikam, Inc."), Some("Contoso Distribution Ltd."))
    );
    let body = mine["emailDraft"]["body"].as_str().unwrap();
    assert!(body.contains("Fabrikam, Inc.") && body.contains("Contoso Distribution Ltd.") && body.contains(url));
    let contoso = s.session(CONTOSO).await;
    let theirs = json_of(
        call(
            &s,
            Method::GET,
            &format!("/relationships/invitenewcustomerlink?indirectResellerId={}", demo::accounts::GLOBAL_PARTNER),
            Some(&contoso),
            None,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(theirs["url"], mine["url"]);
    error_body(
        call(
            &s,
            Method::GET,
            &format!("/relationships/invitenewcustomerlink?indirectProviderId={LUMIERE_PARTNER_ID}"),
            r,
            None,
        )
        .await,
        404,
        "not_found",
    )
    .await;
    error_body(
        call(
            &s,
            Method::GET,
            &format!("/relationships/invitenewcustomerlink?indirectProviderId={CONTOSO_PARTNER_ID}&indirectResellerId={LUMIERE_PARTNER_ID}"),
            r,
            None,
        )
        .await,
        400,
        "validation_failed",
    )
    .await;
    s.stop().await;
}

#[test]
fn the_program_gate_opens_only_enrollment_paths() {
    use axum::http::Method as M;
    use partner_center_server::api::enrollment::gate::open_without_program;
    for (m, p) in [
        (M::POST, "/sessions"),
        (M::GET, "/sessions/current"),
        (M::POST, "/accounts"),
        (M::POST, "/passwordresets/x/verify"),
        (M::POST, "/phonechallenges"),
        (M::PUT, "/enrollment/draft"),
        (M::GET, "/profiles/mpn"),
        (M::GET, "/roles"),
    ] {
        assert!(open_without_program(&m, p), "{m} {p}");
    }
    for (m, p) in [
        (M::PUT, "/profiles/mpn"),
        (M::GET, "/customers"),
        (M::GET, "/relationships"),
        (M::GET, "/enrollmentx"),
        (M::GET, "/rolesx"),
    ] {
        assert!(!open_without_program(&m, p), "{m} {p}");
    }
}

/// method, path, body, allowed roles, whether the endpoint exists in this cloud.
type Case = (Method, String, Option<Value>, &'static [&'static str], bool);

/// Every signed-in endpoint × the six roles × both clouds: allowed roles get anything but 403,
/// the others 403 with the error body (`forbidden`, or `not_available_in_cloud` where the
/// endpoint is global only).
#[tokio::test]
async fn role_matrix() {
    const GA: &[&str] = &["global_admin"];
    const ANY: &[&str] =
        &["global_admin", "billing_admin", "user_management_admin", "admin_agent", "sales_agent", "helpdesk_agent"];
    const PROVIDER: &[&str] = &["global_admin", "admin_agent", "sales_agent"];
    for cloud in [Cloud::China, Cloud::Global] {
        let f = folders();
        let (s, _) = start(&f, cloud).await;
        let cname = if cloud == Cloud::China { "china" } else { "global" };
        let phone = if cloud == Cloud::China { "13812345678" } else { "+14255550100" };
        let submission = if cloud == Cloud::China {
            china_submission("x", "a@fabrikam.cn")
        } else {
            global_submission("a@fabrikam.example.com")
        };
        let lumiere = demo::relationships::LUMIERE_PARTNER_ID;
        let global_only = cloud == Cloud::Global;
        let cases: Vec<Case> = vec![
            (Method::GET, "/enrollment".into(), None, GA, true),
            (Method::GET, "/enrollment/draft".into(), None, GA, true),
            (Method::PUT, "/enrollment/draft".into(), Some(json!({"step": 1})), GA, true),
            (Method::POST, "/enrollment".into(), Some(submission), GA, true),
            (Method::POST, "/enrollment/agreement".into(), Some(json!({"accept": true})), GA, true),
            (
                Method::POST,
                "/enrollment/pmc/signin".into(),
                Some(json!({"userName": "pmc@fabrikam.com", "password": PASSWORD})),
                GA,
                global_only,
            ),
            (Method::POST, "/phonechallenges".into(), Some(json!({"phoneNumber": phone})), ANY, !global_only),
            (Method::POST, "/enrollment/mpn".into(), Some(json!({"mpnId": "4567890"})), GA, global_only),
            (Method::POST, "/enrollment/emailverification".into(), None, GA, global_only),
            (Method::POST, "/enrollment/emailverification/no-such-link/verify".into(), None, ANY, global_only),
            (
                Method::GET,
                format!("/relationships/{}/sharedcustomers", demo::relationships::CONTOSO_PARTNER_ID),
                None,
                PROVIDER,
                global_only,
            ),
            (
                Method::GET,
                format!(
                    "/relationships/invitenewcustomerlink?indirectProviderId={}",
                    demo::relationships::CONTOSO_PARTNER_ID
                ),
                None,
                PROVIDER,
                global_only,
            ),
            (
                Method::GET,
                "/relationships?relationship_type=is_indirect_reseller_of".into(),
                None,
                PROVIDER,
                global_only,
            ),
            (Method::GET, "/relationships/invitations".into(), None, PROVIDER, global_only),
            (
                Method::POST,
                "/relationships/invitations".into(),
                Some(json!({"resellerEmail": "it@tailspin.example.com"})),
                PROVIDER,
                global_only,
            ),
            (
                Method::GET,
                "/relationships/invitations/by-token/demo-invite-northwind-7Qm2".into(),
                None,
                ANY,
                global_only,
            ),
            (
                Method::POST,
                "/relationships/invitations/a7d2e4f6-1b3c-4d5e-8f90-2a4b6c8d0e01/authorize".into(),
                Some(json!({"confirmed": true})),
                GA,
                global_only,
            ),
            (
                Method::GET,
                format!("/relationships/invitenewcustomerlink?indirectResellerId={lumiere}"),
                None,
                PROVIDER,
                global_only,
            ),
            (Method::GET, format!("/relationships/{lumiere}/customers"), None, PROVIDER, global_only),
        ];
        for (role, upn) in role_users(cname) {
            let cookie = s.session(upn).await;
            for (method, path, body, roles, in_cloud) in &cases {
                let mut r = s.api(method.clone(), &format!("/api/v1{path}")).header("cookie", &cookie);
                if *method == Method::PUT {
                    r = r.header("if-match", "*");
                }
                if let Some(b) = body {
                    r = r.json(b);
                }
                let res = r.send().await.unwrap();
                let allowed = roles.contains(&role) && *in_cloud;
                if allowed {
                    assert_ne!(res.status(), 403, "{cname} {role} {method} {path}");
                    assert!(res.status().as_u16() < 500, "{cname} {role} {method} {path}");
                } else {
                    let expected = if !*in_cloud && roles.contains(&role) {
                        "not_available_in_cloud"
                    } else if !*in_cloud {
                        ""
                    } else {
                        "forbidden"
                    };
                    assert_eq!(res.status(), 403, "{cname} {role} {method} {path}");
                    if !expected.is_empty() {
                        error_body(res, 403, expected).await;
                    }
                }
            }
        }
        s.stop().await;
    }
}

#[tokio::test]
async fn partners_without_an_active_program_are_limited() {
    env();
    let f = folders();
    let mut st = settings(&f);
    st.cloud = Cloud::Global;
    let s = TestServer::start(st).await;
    json_of(call(&s, Method::POST, "/accounts", None, Some(account_body("tailspin", Cloud::Global))).await, 201).await;
    let res = s.sign_in("admin@tailspin.onmicrosoft.com", STRONG).await;
    let cookie = cookie_pair(res.headers()).unwrap();
    // The gate sits in front of every /v1 route: business endpoints wait for enrollment,
    // enrollment itself and the MPN lookup are open.
    error_body(call(&s, Method::GET, "/customers", Some(&cookie), None).await, 403, "program_not_active").await;
    error_body(call(&s, Method::GET, "/profiles/legalbusiness", Some(&cookie), None).await, 403, "program_not_active")
        .await;
    assert_eq!(call(&s, Method::GET, "/enrollment", Some(&cookie), None).await.status(), 200);
    assert_eq!(call(&s, Method::GET, "/roles", Some(&cookie), None).await.status(), 200);
    let demo = s.session(GLOBAL_ADMIN).await;
    assert_eq!(call(&s, Method::GET, "/customers", Some(&demo), None).await.status(), 200);
    s.stop().await;
}
