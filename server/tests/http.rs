//! The server over real HTTP: contract conventions, sessions, static serving, persistence and
//! MS-RequestId replay.

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::post;
use base64::Engine;
use partner_center_server::error::{ApiError, FieldError};
use partner_center_server::{AppState, Cloud};
use reqwest::Method;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use support::*;

#[tokio::test]
async fn health_and_config_json() {
    let f = folders();
    let s = TestServer::start(settings(&f)).await;
    // /health needs no CSRF header: load balancers call it.
    let res = s.client.get(s.url("/api/health")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "no-store");
    assert_eq!(res.json::<Value>().await.unwrap(), json!({"status": "ok"}));

    let res = s.client.get(s.url("/config.json")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "no-store");
    assert_eq!(
        res.json::<Value>().await.unwrap(),
        json!({"apiBase": "/api", "cloud": "china", "defaultLocale": "zh-CN"})
    );

    let mut global = settings(&f);
    global.cloud = Cloud::Global;
    global.default_locale = "en-US".into();
    global.api_base = partner_center_server::ApiBase::parse("/partner/api").unwrap();
    let g = TestServer::start(global).await;
    let res = g.client.get(g.url("/config.json")).send().await.unwrap();
    assert_eq!(
        res.json::<Value>().await.unwrap(),
        json!({"apiBase": "/partner/api", "cloud": "global", "defaultLocale": "en-US"})
    );
    assert_eq!(g.client.get(g.url("/partner/api/health")).send().await.unwrap().status(), 200);
}

#[tokio::test]
async fn sign_in_see_the_session_and_sign_out() {
    let f = folders();
    let s = TestServer::start(settings(&f)).await;
    let res = s.sign_in(&CHINA_ADMIN.to_uppercase(), PASSWORD).await;
    assert_eq!(res.status(), 201, "user names are case-insensitive");
    assert_eq!(res.headers()["location"], "/api/v1/sessions/current");
    let set_cookie = res.headers()["set-cookie"].to_str().unwrap().to_string();
    let attributes: Vec<&str> = set_cookie.split(';').map(str::trim).collect();
    let (name, token) = attributes[0].split_once('=').unwrap();
    assert_eq!(name, "__Host-pc_session");
    assert_eq!(token.len(), 43, "base64url of 32 bytes");
    for a in ["Path=/", "Secure", "HttpOnly", "SameSite=Strict"] {
        assert!(attributes.contains(&a), "{a} in {set_cookie}");
    }
    assert!(!set_cookie.contains("Max-Age") && !set_cookie.contains("Expires") && !set_cookie.contains("Domain"));
    let created: Value = res.json().await.unwrap();
    let cookie = attributes[0].to_string();

    let res = s.api(Method::GET, "/api/v1/sessions/current").header("cookie", &cookie).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["user"]["displayName"], "王立华");
    assert_eq!(body["user"]["userPrincipalName"], CHINA_ADMIN);
    assert_eq!(body["user"]["roles"], json!(["global_admin"]));
    assert_eq!(body["partner"]["companyName"], "上海法布里坎信息技术有限公司");
    assert_eq!(body["partner"]["cloud"], "china");
    assert_eq!(body["attributes"], json!({"objectType": "Session"}));
    assert_eq!(body["user"], created["user"]);
    let expires = body["expiresAt"].as_str().unwrap();
    assert!(expires.len() == 20 && expires.ends_with('Z'), "{expires}");

    // The other cloud's partner exists too, whatever --cloud says.
    let other = s.session(GLOBAL_ADMIN).await;
    let res = s.api(Method::GET, "/api/v1/sessions/current").header("cookie", &other).send().await.unwrap();
    let body: Value = res.json().await.unwrap();
    assert_eq!(
        (body["user"]["displayName"].as_str(), body["partner"]["cloud"].as_str()),
        (Some("Avery Howard"), Some("global"))
    );
    assert_eq!(body["partner"]["companyName"], "Fabrikam, Inc.");

    let res = s.api(Method::DELETE, "/api/v1/sessions/current").header("cookie", &cookie).send().await.unwrap();
    assert_eq!(res.status(), 204);
    let cleared = res.headers()["set-cookie"].to_str().unwrap();
    assert!(cleared.starts_with("__Host-pc_session=;") && cleared.contains("Max-Age=0"), "{cleared}");
    let res = s.api(Method::GET, "/api/v1/sessions/current").header("cookie", &cookie).send().await.unwrap();
    error_body(res, 401, "session_required").await;
    // Signing out again, or with no session at all, is fine.
    let res = s.api(Method::DELETE, "/api/v1/sessions/current").header("cookie", &cookie).send().await.unwrap();
    assert_eq!(res.status(), 204);
    let res = s.api(Method::DELETE, "/api/v1/sessions/current").send().await.unwrap();
    assert_eq!(res.status(), 204);
    let res = s.api(Method::GET, "/api/v1/sessions/current").send().await.unwrap();
    error_body(res, 401, "session_required").await;
    let res = s
        .api(Method::GET, "/api/v1/sessions/current")
        .header("cookie", "__Host-pc_session=forged")
        .send()
        .await
        .unwrap();
    error_body(res, 401, "session_required").await;
}

#[tokio::test]
async fn wrong_password_and_unknown_user_look_the_same() {
    let f = folders();
    let s = TestServer::start(settings(&f)).await;
    let wrong = error_body(s.sign_in(CHINA_ADMIN, "Partner-Demo-2025").await, 401, "invalid_credentials").await;
    let res = s.sign_in("nobody@fabrikam-sh.partner.onmschina.cn", PASSWORD).await;
    assert!(res.headers().get("set-cookie").is_none());
    let unknown = error_body(res, 401, "invalid_credentials").await;
    assert_eq!(wrong, unknown);
}

#[tokio::test]
async fn correlation_headers_are_echoed_or_made() {
    let f = folders();
    let s = TestServer::start(settings(&f)).await;
    let res = s
        .api(Method::GET, "/api/v1/sessions/current")
        .header("MS-RequestId", "6b1b7e5e-0000-4000-8000-000000000001")
        .header("MS-CorrelationId", "c0ffee00-0000-4000-8000-000000000002")
        .header("X-Locale", "zh-CN")
        .header("MS-Contract-Version", "v1")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["ms-requestid"], "6b1b7e5e-0000-4000-8000-000000000001");
    assert_eq!(res.headers()["ms-correlationid"], "c0ffee00-0000-4000-8000-000000000002");
    let res = s.api(Method::GET, "/api/v1/sessions/current").send().await.unwrap();
    let made = res.headers()["ms-correlationid"].to_str().unwrap();
    assert_eq!(made.len(), 36, "a UUID: {made}");
    assert!(res.headers().get("ms-requestid").is_none());
}

#[tokio::test]
async fn v1_needs_the_client_header() {
    let f = folders();
    let s = TestServer::start(settings(&f)).await;
    let body = json!({"userName": CHINA_ADMIN, "password": PASSWORD});
    let res = s.client.post(s.url("/api/v1/sessions")).json(&body).send().await.unwrap();
    assert!(res.headers().get("set-cookie").is_none());
    error_body(res, 403, "csrf_header_required").await;
    let res = s.client.get(s.url("/api/v1/sessions/current")).send().await.unwrap();
    error_body(res, 403, "csrf_header_required").await;
    let res = s.client.get(s.url("/api/v1/no/such/route")).send().await.unwrap();
    error_body(res, 403, "csrf_header_required").await;
    let res = s
        .client
        .delete(s.url("/api/v1/sessions/current"))
        .header("MS-PartnerCenter-Client", "  ")
        .send()
        .await
        .unwrap();
    error_body(res, 403, "csrf_header_required").await;
}

#[tokio::test]
async fn bad_bodies_get_400_with_the_fields() {
    let f = folders();
    let s = TestServer::start(settings(&f)).await;
    let post = |body: &'static str, content_type: &'static str| {
        s.api(Method::POST, "/api/v1/sessions").header("content-type", content_type).body(body).send()
    };
    let json = "application/json";
    error_body(post("{\"userName\": ", json).await.unwrap(), 400, "malformed_json").await;
    error_body(post("", json).await.unwrap(), 400, "malformed_json").await;
    error_body(post(r#"{"userName":"a","password":"b"}"#, "text/plain").await.unwrap(), 400, "malformed_json").await;
    let res = s.api(Method::POST, "/api/v1/sessions").body(r#"{"userName":"a","password":"b"}"#).send().await.unwrap();
    error_body(res, 400, "malformed_json").await;

    let b = error_body(post(r#"{"userName": 42, "password": "x"}"#, json).await.unwrap(), 400, "invalid_body").await;
    assert_eq!(field_codes(&b), [("userName".to_string(), "invalid_type".to_string())]);
    let b = error_body(
        post(r#"{"userName": "a", "password": "x", "remember": true, "tenant": 1}"#, json).await.unwrap(),
        400,
        "invalid_body",
    )
    .await;
    let mut codes = field_codes(&b);
    codes.sort();
    assert_eq!(codes, [("remember".into(), "unknown_field".into()), ("tenant".into(), "unknown_field".into())]);
    let b = error_body(post(r#"{"userName": "a"}"#, json).await.unwrap(), 400, "invalid_body").await;
    assert_eq!(field_codes(&b), [("password".to_string(), "required".to_string())]);
    let b = error_body(post(r#"["a", "b"]"#, json).await.unwrap(), 400, "invalid_body").await;
    assert_eq!(field_codes(&b), [("$".to_string(), "invalid_type".to_string())]);

    let long = format!(r#"{{"userName": "   ", "password": "{}"}}"#, "p".repeat(257));
    let res = s.api(Method::POST, "/api/v1/sessions").header("content-type", json).body(long).send().await.unwrap();
    let b = error_body(res, 400, "validation_failed").await;
    assert_eq!(field_codes(&b), [("userName".into(), "required".into()), ("password".into(), "too_long".into())]);
    assert!(b["data"][0]["description"].as_str().is_some_and(|d| !d.is_empty()));
}

#[tokio::test]
async fn large_bodies_get_413() {
    let f = folders();
    let s = TestServer::start(settings(&f)).await;
    let big = format!(r#"{{"userName": "a", "password": "{}"}}"#, "x".repeat(70 * 1024));
    let res = s
        .api(Method::POST, "/api/v1/sessions")
        .header("content-type", "application/json")
        .body(big.clone())
        .send()
        .await
        .unwrap();
    error_body(res, 413, "body_too_large").await;
    let res = s
        .api(Method::POST, "/api/v1/anything")
        .header("MS-RequestId", "big-1")
        .header("content-type", "application/json")
        .body(big)
        .send()
        .await
        .unwrap();
    error_body(res, 413, "body_too_large").await;
}

#[tokio::test]
async fn unknown_api_routes_and_methods_get_error_bodies() {
    let f = folders();
    let s = TestServer::start(settings(&f)).await;
    for path in ["/api/v1/nothing-here/123", "/api/nothing", "/api", "/api/v1"] {
        let res = s.api(Method::GET, path).send().await.unwrap();
        error_body(res, 404, "not_found").await;
    }
    let res = s.api(Method::PUT, "/api/v1/sessions/current").send().await.unwrap();
    let allow = res.headers()["allow"].to_str().unwrap().to_string();
    assert!(allow.contains("GET") && allow.contains("DELETE"), "{allow}");
    error_body(res, 405, "method_not_allowed").await;
    let res = s.api(Method::POST, "/api/health").send().await.unwrap();
    error_body(res, 405, "method_not_allowed").await;
}

fn expected_csp_hash() -> String {
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(LOADER.as_bytes())))
}

#[tokio::test]
async fn security_headers_everywhere_and_the_csp_allows_the_loader() {
    let f = folders();
    let s = TestServer::start(settings(&f)).await;
    for path in [
        "/",
        "/customers/42",
        "/api/health",
        "/api/v1/sessions/current",
        &format!("/{WASM_NAME}"),
        "/missing.png",
        "/config.json",
    ] {
        let res = s.api(Method::GET, path).send().await.unwrap();
        let h = res.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(csp.starts_with("default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-"), "{path}: {csp}");
        assert!(csp.contains(&expected_csp_hash()), "{path}: {csp} lacks {}", expected_csp_hash());
        for directive in [
            "style-src 'self'",
            "connect-src 'self'",
            "img-src 'self' data:",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'",
        ] {
            assert!(csp.contains(directive), "{path}: {directive}");
        }
        assert_eq!(csp.matches("'sha256-").count(), 1, "only the inline loader, not the src script");
        assert_eq!(h["strict-transport-security"], "max-age=31536000; includeSubDomains", "{path}");
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert_eq!(h["referrer-policy"], "no-referrer");
        assert_eq!(h["cross-origin-opener-policy"], "same-origin");
        assert_eq!(h["cross-origin-resource-policy"], "same-origin");
        assert!(h["permissions-policy"].to_str().unwrap().contains("camera=()"));
    }
}

#[tokio::test]
async fn an_absolute_api_base_is_allowed_to_connect() {
    let f = folders();
    let mut st = settings(&f);
    st.api_base = partner_center_server::ApiBase::parse("https://api.example.cn/api").unwrap();
    let s = TestServer::start(st).await;
    let res = s.client.get(s.url("/")).send().await.unwrap();
    assert!(
        res.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("connect-src 'self' https://api.example.cn;")
    );
    let res = s.client.get(s.url("/config.json")).send().await.unwrap();
    assert_eq!(res.json::<Value>().await.unwrap()["apiBase"], "https://api.example.cn/api");
}

#[tokio::test]
async fn static_files_and_the_spa_fallback() {
    let f = folders();
    let s = TestServer::start(settings(&f)).await;
    let index = std::fs::read_to_string(f.dist.path().join("index.html")).unwrap();
    for deep_link in ["/", "/index.html", "/customers/42/subscriptions", "/enroll/"] {
        let res = s.client.get(s.url(deep_link)).send().await.unwrap();
        assert_eq!(res.status(), 200, "{deep_link}");
        assert_eq!(res.headers()["content-type"], "text/html; charset=utf-8");
        assert_eq!(res.headers()["cache-control"], "no-store");
        assert_eq!(res.text().await.unwrap(), index);
    }
    let res = s.client.get(s.url(&format!("/{WASM_NAME}"))).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/wasm");
    assert_eq!(res.headers()["cache-control"], "public, max-age=31536000, immutable");
    let res = s.client.get(s.url("/partner-center-0123456789abcdef.js")).send().await.unwrap();
    assert!(res.headers()["content-type"].to_str().unwrap().contains("javascript"));
    let res = s.client.get(s.url("/locales/en-US/main.ftl")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "no-cache", "not content-hashed, so revalidated");
    assert_eq!(res.headers()["content-type"], "text/plain; charset=utf-8");

    std::fs::write(f.dist.path().join("csp.conf"), "set $pc_csp \"default-src 'none'\";\n").unwrap();
    std::fs::write(f.dist.path().join("csp.caddy"), "header Content-Security-Policy \"default-src 'none'\"\n").unwrap();
    for missing in ["/missing-0123456789abcdef.js", "/favicon.ico", "/locales/xx/main.ftl", "/csp.conf", "/csp.caddy"] {
        let res = s.client.get(s.url(missing)).send().await.unwrap();
        assert_eq!(res.status(), 404, "{missing}");
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/plain"));
    }
    let res = s.client.head(s.url("/customers")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let res = s.client.post(s.url("/customers")).send().await.unwrap();
    assert_eq!(res.status(), 405);
    // Traversal stays inside dist.
    let res = s.client.get(s.url("/..%2f..%2fetc%2fpasswd")).send().await.unwrap();
    assert_ne!(res.status(), 200);
}

#[tokio::test]
async fn precompressed_assets_are_served_when_accepted() {
    let f = folders();
    std::fs::write(f.dist.path().join(format!("{WASM_NAME}.br")), b"brotli bytes").unwrap();
    let s = TestServer::start(settings(&f)).await;
    let res = s.client.get(s.url(&format!("/{WASM_NAME}"))).header("accept-encoding", "br").send().await.unwrap();
    assert_eq!(res.headers()["content-encoding"], "br");
    assert_eq!(res.headers()["content-type"], "application/wasm");
    assert_eq!(res.bytes().await.unwrap().as_ref(), b"brotli bytes");
}

#[tokio::test]
async fn an_unbuilt_app_gets_a_clear_503() {
    let f = folders();
    std::fs::remove_file(f.dist.path().join("index.html")).unwrap();
    let s = TestServer::start(settings(&f)).await;
    let res = s.client.get(s.url("/customers")).send().await.unwrap();
    assert_eq!(res.status(), 503);
    assert!(res.text().await.unwrap().contains("make build"));
    let res = s.client.get(s.url("/api/health")).send().await.unwrap();
    assert_eq!(res.status(), 200, "the API works without the app");
}

#[tokio::test]
async fn data_survives_a_restart_and_seeding_is_idempotent() {
    let f = folders();
    let s = TestServer::start(settings(&f)).await;
    let cookie = s.session(CHINA_ADMIN).await;
    s.stop().await;
    assert_eq!(user_count(&data_dir(&f)), 12);

    let s = TestServer::start(settings(&f)).await;
    assert_eq!(user_count(&data_dir(&f)), 12, "seeding twice creates nobody new");
    let res = s.api(Method::GET, "/api/v1/sessions/current").header("cookie", &cookie).send().await.unwrap();
    assert_eq!(res.status(), 200, "sessions are in the database, not in memory");
    assert_eq!(s.sign_in(CHINA_ADMIN, PASSWORD).await.status(), 201);
}

#[tokio::test]
async fn idle_sessions_expire() {
    let f = folders();
    let mut st = settings(&f);
    st.session_ttl = Duration::from_secs(1);
    let s = TestServer::start(st).await;
    let cookie = s.session(GLOBAL_ADMIN).await;
    tokio::time::sleep(Duration::from_millis(2100)).await;
    let res = s.api(Method::GET, "/api/v1/sessions/current").header("cookie", &cookie).send().await.unwrap();
    error_body(res, 401, "session_required").await;
    let conn = rusqlite::Connection::open(data_dir(&f).join("partner-center.sqlite3")).unwrap();
    let rows: i64 = conn.query_row("SELECT count(*) FROM sessions", [], |r| r.get(0)).unwrap();
    assert_eq!(rows, 0, "the expired session was deleted");
}

/// A handler that counts its runs, so the replay middleware can be watched.
#[derive(Clone, Default)]
struct Counter(Arc<AtomicUsize>);

fn counting_routes(counter: Counter) -> Router<AppState> {
    let panicked = Arc::new(AtomicBool::new(false));
    Router::new()
        .route(
            "/test/counter",
            post(|State(c): State<Counter>, body: String| async move {
                let n = c.0.fetch_add(1, Ordering::SeqCst) + 1;
                tokio::time::sleep(Duration::from_millis(150)).await;
                (
                    StatusCode::CREATED,
                    [
                        (header::LOCATION, format!("/api/v1/test/counter/{n}")),
                        (header::SET_COOKIE, "x=1; Path=/".to_string()),
                    ],
                    axum::Json(json!({"run": n, "body": body})),
                )
            }),
        )
        .route(
            "/test/invalid",
            post(|State(c): State<Counter>| async move {
                c.0.fetch_add(1, Ordering::SeqCst);
                ApiError::validation_failed(vec![FieldError::new("companyName", "required", "Enter a value.")])
            }),
        )
        .route(
            "/test/panics-once",
            post(move || async move {
                if !panicked.swap(true, Ordering::SeqCst) {
                    panic!("first run fails");
                }
                StatusCode::NO_CONTENT.into_response()
            }),
        )
        .with_state(counter)
}

#[tokio::test]
async fn request_ids_replay_the_first_answer() {
    let f = folders();
    let counter = Counter::default();
    let s = TestServer::start_with(settings(&f), counting_routes(counter.clone())).await;
    let runs = || counter.0.load(Ordering::SeqCst);
    let call = |id: Option<&str>, body: &str| {
        let mut r = s
            .api(Method::POST, "/api/v1/test/counter")
            .header("content-type", "application/json")
            .body(body.to_string());
        if let Some(id) = id {
            r = r.header("MS-RequestId", id);
        }
        r.send()
    };

    let first = call(Some("req-1"), r#"{"a":1}"#).await.unwrap();
    assert_eq!(first.status(), 201);
    assert!(first.headers().get("ms-replayed").is_none());
    assert_eq!(first.headers()["set-cookie"], "x=1; Path=/");
    let first_body: Value = first.json().await.unwrap();
    assert_eq!(runs(), 1);

    let again = call(Some("req-1"), r#"{"a":1}"#).await.unwrap();
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers()["ms-replayed"], "true");
    assert_eq!(again.headers()["location"], "/api/v1/test/counter/1");
    assert_eq!(again.headers()["content-type"], "application/json");
    assert_eq!(again.headers()["ms-requestid"], "req-1");
    assert!(again.headers().get("set-cookie").is_none(), "cookies are never replayed");
    assert_eq!(again.json::<Value>().await.unwrap(), first_body);
    assert_eq!(runs(), 1, "the work was not done twice");

    let conflict = call(Some("req-1"), r#"{"a":2}"#).await.unwrap();
    error_body(conflict, 409, "request_id_conflict").await;
    assert_eq!(runs(), 1);

    assert_eq!(call(Some("req-2"), r#"{"a":1}"#).await.unwrap().status(), 201);
    assert_eq!(call(None, r#"{"a":1}"#).await.unwrap().status(), 201);
    assert_eq!(call(None, r#"{"a":1}"#).await.unwrap().status(), 201);
    assert_eq!(runs(), 4, "a new id or no id runs again");

    // The same id from a signed-in user is another scope.
    let cookie = s.session(CHINA_ADMIN).await;
    let res = s
        .api(Method::POST, "/api/v1/test/counter")
        .header("cookie", &cookie)
        .header("MS-RequestId", "req-1")
        .header("content-type", "application/json")
        .body(r#"{"a":2}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    assert!(res.headers().get("ms-replayed").is_none());
    assert_eq!(runs(), 5);

    // A retry that arrives while the first is still running waits for it and gets its answer.
    let (a, b) = tokio::join!(call(Some("req-3"), "{}"), call(Some("req-3"), "{}"));
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!((a.status(), b.status()), (StatusCode::CREATED, StatusCode::CREATED));
    let replayed = [&a, &b].iter().filter(|r| r.headers().get("ms-replayed").is_some()).count();
    assert_eq!(replayed, 1);
    assert_eq!(runs(), 6);
    assert!(s.state.request_locks.is_empty(), "no lock is left behind");
}

#[tokio::test]
async fn error_answers_replay_and_failures_do_not() {
    let f = folders();
    let counter = Counter::default();
    let s = TestServer::start_with(settings(&f), counting_routes(counter.clone())).await;
    let call = |path: &'static str| s.api(Method::POST, path).header("MS-RequestId", "req-e").send();

    let b1 = error_body(call("/api/v1/test/invalid").await.unwrap(), 400, "validation_failed").await;
    let res = call("/api/v1/test/invalid").await.unwrap();
    assert_eq!(res.headers()["ms-replayed"], "true");
    let b2 = error_body(res, 400, "validation_failed").await;
    assert_eq!(b1, b2);
    assert_eq!(counter.0.load(Ordering::SeqCst), 1);

    // A panic is a 500 with the error body, is not stored, and the retry does the work.
    let panicked =
        s.api(Method::POST, "/api/v1/test/panics-once").header("MS-RequestId", "req-p").send().await.unwrap();
    error_body(panicked, 500, "internal_error").await;
    let res = s.api(Method::POST, "/api/v1/test/panics-once").header("MS-RequestId", "req-p").send().await.unwrap();
    assert_eq!(res.status(), 204);
    let res = s.api(Method::POST, "/api/v1/test/panics-once").header("MS-RequestId", "req-p").send().await.unwrap();
    assert_eq!((res.status().as_u16(), res.headers().get("ms-replayed").is_some()), (204, true));

    // Sign-in is exempt: it sets a cookie, and every sign-in gets its own session.
    let sign_in = || {
        s.api(Method::POST, "/api/v1/sessions")
            .header("MS-RequestId", "req-s")
            .json(&json!({"userName": CHINA_ADMIN, "password": PASSWORD}))
            .send()
    };
    let (one, two) = (sign_in().await.unwrap(), sign_in().await.unwrap());
    assert!(two.headers().get("ms-replayed").is_none());
    assert_ne!(cookie_pair(one.headers()), cookie_pair(two.headers()));
}
