//! An in-process server on 127.0.0.1:0 with a temporary data folder and a tiny dist/.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use axum::Router;
use partner_center_server::{AppState, Settings};
use reqwest::header::HeaderMap;
use reqwest::{Method, RequestBuilder, Response};
use serde_json::Value;
use tempfile::TempDir;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub const CHINA_ADMIN: &str = "admin@fabrikam-sh.partner.onmschina.cn";
pub const GLOBAL_ADMIN: &str = "admin@fabrikam.onmicrosoft.com";
pub const PASSWORD: &str = "Partner-Demo-2026";
/// Like Trunk's module loader: the one inline script of index.html.
pub const LOADER: &str = "\nimport init, * as bindings from '/partner-center-0123456789abcdef.js';\nwindow.wasmBindings = bindings;\ninit('/partner-center-0123456789abcdef_bg.wasm');\n";
pub const WASM_NAME: &str = "partner-center-0123456789abcdef_bg.wasm";

pub struct Folders {
    pub data: TempDir,
    pub dist: TempDir,
}

pub fn folders() -> Folders {
    let dist = tempfile::tempdir().unwrap();
    let index = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Partner Center</title>\
         <link rel=\"modulepreload\" href=\"/partner-center-0123456789abcdef.js\">\
         <script type=\"module\">{LOADER}</script></head><body></body></html>"
    );
    std::fs::write(dist.path().join("index.html"), index).unwrap();
    std::fs::write(dist.path().join("partner-center-0123456789abcdef.js"), "export default function init() {}\n")
        .unwrap();
    std::fs::write(dist.path().join(WASM_NAME), b"\0asm\x01\0\0\0").unwrap();
    std::fs::create_dir_all(dist.path().join("locales/en-US")).unwrap();
    std::fs::write(dist.path().join("locales/en-US/main.ftl"), "app-name = Partner Center\n").unwrap();
    Folders { data: tempfile::tempdir().unwrap(), dist }
}

pub fn settings(f: &Folders) -> Settings {
    Settings::new(f.dist.path(), f.data.path().join("data"))
}

pub struct TestServer {
    pub base: String,
    pub client: reqwest::Client,
    pub state: AppState,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl TestServer {
    pub async fn start(settings: Settings) -> TestServer {
        TestServer::start_with(settings, Router::new()).await
    }

    /// With `extra` routes mounted under `{base}/v1`, behind the real middleware.
    pub async fn start_with(settings: Settings, extra: Router<AppState>) -> TestServer {
        let state = partner_center_server::start_state(settings).await.expect("server starts");
        let router = partner_center_server::router_with_extra_v1_routes(state.clone(), extra);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (tx, rx) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            partner_center_server::serve(listener, router, async move {
                let _ = rx.await;
            })
            .await
            .unwrap();
        });
        // A fresh connection per request: the server closes a connection after answering a
        // request whose body it refused unread (a 4xx before parsing), and a pooled client can
        // race that close and send the next request into it (hyper's IncompleteMessage), which
        // made the hostile-input test fail now and then. Tests must give one answer every run.
        let client = reqwest::Client::builder()
            .pool_max_idle_per_host(0)
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(30))
            .build()
            .unwrap();
        TestServer { base: format!("http://{addr}"), client, state, stop: Some(tx), task: Some(task) }
    }

    /// Stops accepting, lets requests finish, and waits until the server has let go of the database.
    pub async fn stop(mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            tokio::time::timeout(Duration::from_secs(10), task).await.expect("graceful shutdown").unwrap();
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A request with the header the web app sends on every API call.
    pub fn api(&self, method: Method, path: &str) -> RequestBuilder {
        self.client.request(method, self.url(path)).header("MS-PartnerCenter-Client", "partner-center-web")
    }

    pub async fn sign_in(&self, user_name: &str, password: &str) -> Response {
        self.api(Method::POST, "/api/v1/sessions")
            .json(&serde_json::json!({"userName": user_name, "password": password}))
            .send()
            .await
            .unwrap()
    }

    /// Signs in and returns the `Cookie` header value to send back.
    pub async fn session(&self, user_name: &str) -> String {
        let res = self.sign_in(user_name, PASSWORD).await;
        assert_eq!(res.status(), 201);
        cookie_pair(res.headers()).expect("a session cookie")
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
    }
}

/// `name=value` of the first Set-Cookie.
pub fn cookie_pair(headers: &HeaderMap) -> Option<String> {
    let set = headers.get("set-cookie")?.to_str().ok()?;
    Some(set.split(';').next()?.trim().to_string())
}

/// Asserts the Partner Center error body and returns it.
pub async fn error_body(res: Response, status: u16, code: &str) -> Value {
    assert_eq!(res.status(), status, "status for {code}");
    assert_eq!(res.headers().get("content-type").and_then(|v| v.to_str().ok()), Some("application/json"));
    let body: Value = res.json().await.expect("a JSON error body");
    assert_eq!(body["code"], code, "{body}");
    assert_eq!(body["source"], "PartnerCenterReferenceServer");
    assert!(body["description"].as_str().is_some_and(|d| !d.is_empty()), "{body}");
    assert!(body["data"].is_array(), "{body}");
    body
}

/// (field, code) pairs of an error body's data.
pub fn field_codes(body: &Value) -> Vec<(String, String)> {
    body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["field"].as_str().unwrap().to_string(), e["code"].as_str().unwrap().to_string()))
        .collect()
}

pub fn user_count(data: &Path) -> i64 {
    let conn = rusqlite::Connection::open(data.join("partner-center.sqlite3")).unwrap();
    conn.query_row("SELECT count(*) FROM users", [], |r| r.get(0)).unwrap()
}

pub fn data_dir(f: &Folders) -> PathBuf {
    f.data.path().join("data")
}

/// The demo users of one cloud, one per role, as (role, user principal name): every area's
/// role-matrix test signs in as each of them.
pub fn role_users(cloud: &str) -> Vec<(&'static str, &'static str)> {
    let domain = if cloud == "china" { "fabrikam-sh.partner.onmschina.cn" } else { "fabrikam.onmicrosoft.com" };
    let upn = |local: &str| -> &'static str { Box::leak(format!("{local}@{domain}").into_boxed_str()) };
    vec![
        ("global_admin", upn("admin")),
        ("billing_admin", upn("billing")),
        ("user_management_admin", upn("usermgmt")),
        ("admin_agent", upn("adminagent")),
        ("sales_agent", upn("sales")),
        ("helpdesk_agent", upn("helpdesk")),
    ]
}
