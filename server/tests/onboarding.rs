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
        "mpnId": "5023310",
        "legalBusinessProfile": {
            "companyName": "Northwind Traders",
            "address": {"country": "US", "province": "WA", "city": "Redmond", "addressLine1": "1 Microsoft Way", "postalCode": "98052"},
            "primaryContact": {"firstName": "Nancy", "lastName": "Davolio", "email": "nancy@northwind.example.com", "phoneNumber": "+1 425 555 0100"}
        },
        "approvalContact": {"firstName": "Nancy", "lastName": "Davolio", "email": approval_email, "phoneNumber": "+1 425 555 0100"},
        "supportProfile": {"website": "https://northwind.example.com", "email": "support@northwind.example.com", "telephone": "+1 425 555 0199"}
    })
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

    let g = folders();
    let (s, _) = start(&g, Cloud::Global).await;
    let cookie = s.session(GLOBAL_ADMIN).await;
    let e = error_body(
        call(&s, Method::POST, "/phonechallenges", Some(&cookie), Some(json!({"phoneNumber": "13812345678"}))).await,
        400,
        "validation_failed",
    )
    .await;
    assert_eq!(field_codes(&e), [("phoneNumber".to_string(), "invalid_format".to_string())]);
    json_of(
        call(&s, Method::POST, "/phonechallenges", Some(&cookie), Some(json!({"phoneNumber": "+33 1 42 68 53 00"})))
            .await,
        201,
    )
    .await;
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

#[tokio::test]
async fn global_enrollment_refuses_personal_mail_and_has_pmc() {
    let f = folders();
    let (s, st) = start(&f, Cloud::Global).await;
    json_of(call(&s, Method::POST, "/accounts", None, Some(account_body("northwind", Cloud::Global))).await, 201).await;
    let res = s.sign_in("admin@northwind.onmicrosoft.com", STRONG).await;
    let cookie = cookie_pair(res.headers()).unwrap();
    let c = Some(cookie.as_str());
    let e = error_body(
        call(&s, Method::POST, "/enrollment", c, Some(global_submission("nancy@gmail.com"))).await,
        400,
        "personal_email",
    )
    .await;
    assert_eq!(field_codes(&e), [("approvalContact.email".to_string(), "personal_email".to_string())]);
    let mut bad_postal = global_submission("nancy@northwind.example.com");
    bad_postal["legalBusinessProfile"]["address"]["postalCode"] = json!("9805");
    error_body(call(&s, Method::POST, "/enrollment", c, Some(bad_postal)).await, 400, "validation_failed").await;
    let got = json_of(
        call(&s, Method::POST, "/enrollment", c, Some(global_submission("nancy@northwind.example.com"))).await,
        201,
    )
    .await;
    assert_eq!((got["status"].as_str(), got["program"].as_str()), (Some("pending_review"), Some("indirect_reseller")));
    let id = got["id"].as_str().unwrap().to_string();
    assert!(
        review(&st.database_path(), &id, Decision::CreditCheck, None).is_err(),
        "no credit check in the global program"
    );
    // The auto-approver (delay 0) approves it.
    let done = s
        .state
        .db
        .call(|c| enrollment::review::auto_approve_once(c, 0, partner_center_server::time::now()))
        .await
        .unwrap();
    assert!(done.iter().any(|l| l.contains("approved")), "{done:?}");
    assert_eq!(
        json_of(call(&s, Method::GET, "/enrollment", c, None).await, 200).await["agreement"]["title"],
        "Microsoft Partner Agreement"
    );

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
    assert_eq!(orgs["organizations"].as_array().unwrap().len(), 3);
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
    s.stop().await;

    let g = folders();
    let (s, _) = start(&g, Cloud::China).await;
    let cookie = s.session(CHINA_ADMIN).await;
    error_body(
        call(
            &s,
            Method::POST,
            "/enrollment/pmc/signin",
            Some(&cookie),
            Some(json!({"userName": "pmc@fabrikam.com", "password": PASSWORD})),
        )
        .await,
        403,
        "not_available_in_cloud",
    )
    .await;
    let demo = json_of(call(&s, Method::GET, "/enrollment", Some(&cookie), None).await, 200).await;
    assert_eq!(demo["status"], "active");
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

    // The global program's own submission goes through.
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
    assert_eq!(invitations["items"].as_array().unwrap().len(), 3);

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
            (Method::POST, "/phonechallenges".into(), Some(json!({"phoneNumber": phone})), ANY, true),
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
