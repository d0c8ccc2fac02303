//! Cross-cutting behaviour of every API endpoint: throttling, CORS for an app on another origin.

mod support;

use reqwest::Method;
use support::*;

#[tokio::test]
async fn past_the_allowance_a_session_gets_429_with_retry_after_and_others_are_unaffected() {
    let f = folders();
    let mut settings = settings(&f);
    settings.rate_limit_per_minute = 5;
    let s = TestServer::start(settings).await;
    // Signing in is the anonymous caller's first request; the session then has its own bucket.
    let cookie = s.session(CHINA_ADMIN).await;
    for _ in 0..5 {
        let res = s.api(Method::GET, "/api/v1/sessions/current").header("cookie", &cookie).send().await.unwrap();
        assert_eq!(res.status(), 200);
    }
    let res = s.api(Method::GET, "/api/v1/sessions/current").header("cookie", &cookie).send().await.unwrap();
    let retry_after: u64 = res.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=12).contains(&retry_after), "{retry_after}");
    error_body(res, 429, "too_many_requests").await;

    let other = s.session(GLOBAL_ADMIN).await;
    let res = s.api(Method::GET, "/api/v1/sessions/current").header("cookie", &other).send().await.unwrap();
    assert_eq!(res.status(), 200);
}

#[tokio::test]
async fn signed_out_callers_share_a_bucket_per_address() {
    let f = folders();
    let mut settings = settings(&f);
    settings.rate_limit_per_minute = 3;
    let s = TestServer::start(settings).await;
    for _ in 0..3 {
        assert_eq!(s.sign_in(CHINA_ADMIN, "wrong").await.status(), 401);
    }
    let res = s.sign_in(CHINA_ADMIN, "wrong").await;
    assert!(res.headers().contains_key("retry-after"));
    error_body(res, 429, "too_many_requests").await;
}

#[tokio::test]
async fn zero_turns_the_limit_off() {
    let f = folders();
    let mut settings = settings(&f);
    settings.rate_limit_per_minute = 0;
    let s = TestServer::start(settings).await;
    for _ in 0..30 {
        assert_eq!(s.sign_in(CHINA_ADMIN, "wrong").await.status(), 401);
    }
}

/// The app on another origin: only the allow-listed origin gets CORS answers, with credentials,
/// and the session it signs in with works on the next call.
#[tokio::test]
async fn cors_answers_the_allow_listed_origin_only() {
    let f = folders();
    let mut settings = settings(&f);
    settings.cors_origins = vec!["https://partner.example.cn".into()];
    let s = TestServer::start(settings).await;
    let preflight = |origin: &str| {
        s.client
            .request(Method::OPTIONS, s.url("/api/v1/sessions"))
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header("access-control-request-headers", "content-type,ms-partnercenter-client,ms-requestid")
            .send()
    };

    let res = preflight("https://partner.example.cn").await.unwrap();
    assert_eq!(res.status(), 204);
    let h = res.headers();
    assert_eq!(h["access-control-allow-origin"], "https://partner.example.cn");
    assert_eq!(h["access-control-allow-credentials"], "true");
    assert_eq!(h["access-control-max-age"], "7200");
    let allowed = h["access-control-allow-headers"].to_str().unwrap().to_ascii_lowercase();
    for needed in
        ["content-type", "if-match", "ms-partnercenter-client", "ms-requestid", "ms-correlationid", "x-locale"]
    {
        assert!(allowed.contains(needed), "{needed} in {allowed}");
    }
    assert!(h["access-control-allow-methods"].to_str().unwrap().contains("PATCH"));

    for other in ["https://evil.example", "https://partner.example.cn.evil.example", "null"] {
        let res = preflight(other).await.unwrap();
        assert_eq!(res.status(), 403, "{other}");
        assert!(!res.headers().contains_key("access-control-allow-origin"), "{other}");
    }

    let res = s
        .api(Method::POST, "/api/v1/sessions")
        .header("origin", "https://partner.example.cn")
        .json(&serde_json::json!({"userName": CHINA_ADMIN, "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    assert_eq!(res.headers()["access-control-allow-origin"], "https://partner.example.cn");
    assert_eq!(res.headers()["access-control-allow-credentials"], "true");
    assert!(res.headers()["access-control-expose-headers"].to_str().unwrap().contains("Retry-After"));
    assert!(res.headers().get_all("vary").iter().any(|v| v.to_str().unwrap().contains("Origin")));
    let cookie = cookie_pair(res.headers()).expect("a session cookie");
    let res = s
        .api(Method::GET, "/api/v1/sessions/current")
        .header("origin", "https://partner.example.cn")
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);

    // An unlisted origin's request gets no CORS header (the browser hides the answer from it).
    let res = s.api(Method::GET, "/api/health").header("origin", "https://evil.example").send().await.unwrap();
    assert!(!res.headers().contains_key("access-control-allow-origin"));
}

#[tokio::test]
async fn without_an_allow_list_nothing_is_cross_origin() {
    let f = folders();
    let s = TestServer::start(settings(&f)).await;
    let res = s
        .client
        .request(Method::OPTIONS, s.url("/api/v1/sessions"))
        .header("origin", "https://partner.example.cn")
        .header("access-control-request-method", "POST")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert!(!res.headers().contains_key("access-control-allow-origin"));
    let res = s.api(Method::GET, "/api/health").header("origin", "https://partner.example.cn").send().await.unwrap();
    assert!(!res.headers().contains_key("access-control-allow-origin"));
}
