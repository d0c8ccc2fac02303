//! Cross-cutting behaviour of every API endpoint: throttling.

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
