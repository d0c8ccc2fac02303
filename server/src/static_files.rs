//! The single-page app: files from `--dist`, index.html for deep links, and `/config.json`
//! generated from the server's own settings (so it always matches the API it describes).

use std::path::Path;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use tower::ServiceExt;
use tower_http::services::ServeDir;

use crate::state::AppState;

const NO_STORE: HeaderValue = HeaderValue::from_static("no-store");
const IMMUTABLE: HeaderValue = HeaderValue::from_static("public, max-age=31536000, immutable");
/// Files without a content hash in their name (copied assets, catalogs) may change in place.
const REVALIDATE: HeaderValue = HeaderValue::from_static("no-cache");

pub async fn config_json(State(state): State<AppState>) -> Response {
    let s = &state.settings;
    let body = json!({"apiBase": s.api_base.public, "cloud": s.cloud, "defaultLocale": s.default_locale});
    ([(header::CACHE_CONTROL, NO_STORE)], axum::Json(body)).into_response()
}

/// Fallback for every path outside the API.
pub async fn serve(State(state): State<AppState>, req: Request) -> Response {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return (StatusCode::METHOD_NOT_ALLOWED, [(header::ALLOW, "GET, HEAD")], "Method not allowed\n")
            .into_response();
    }
    let path = req.uri().path().to_string();
    if path == "/" || path == "/index.html" {
        return index(&state).await;
    }
    // The build's CSP for nginx and Caddy (deploy/, the same policy this server sends): not part
    // of the site, as nginx does not serve it either.
    if path == "/csp.conf" || path == "/csp.caddy" {
        return (StatusCode::NOT_FOUND, "Not found\n").into_response();
    }
    let dir = ServeDir::new(&state.settings.dist)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false);
    let mut res = match dir.oneshot(req).await {
        Ok(res) => res.map(Body::new),
        Err(never) => match never {},
    };
    let last_segment = path.rsplit('/').next().unwrap_or("");
    match res.status() {
        StatusCode::NOT_FOUND if !last_segment.contains('.') => index(&state).await,
        StatusCode::NOT_FOUND => (StatusCode::NOT_FOUND, "Not found\n").into_response(),
        status if status.is_success() || status == StatusCode::NOT_MODIFIED => {
            let cache = if is_content_hashed(last_segment) { IMMUTABLE } else { REVALIDATE };
            res.headers_mut().insert(header::CACHE_CONTROL, cache);
            if last_segment.ends_with(".ftl") {
                res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
            }
            res
        }
        _ => res,
    }
}

/// index.html, never cached (it names the current hashed assets), with the CSP for its own
/// inline loader script.
async fn index(state: &AppState) -> Response {
    let file = state.settings.dist.join("index.html");
    match tokio::fs::read_to_string(&file).await {
        Ok(html) => {
            let csp = state.csp.refresh(Some(&html));
            (
                [
                    (header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8")),
                    (header::CACHE_CONTROL, NO_STORE),
                    (header::CONTENT_SECURITY_POLICY, csp),
                ],
                html,
            )
                .into_response()
        }
        Err(e) => not_built(&file, e),
    }
}

fn not_built(file: &Path, e: std::io::Error) -> Response {
    tracing::warn!(file = %file.display(), error = %e, "cannot serve the app");
    let text = format!(
        "Partner Center: the web app is not built.\n\n\
         {} is missing or unreadable ({e}).\n\
         Run `make build` in the repository, then reload this page.\n\
         (Or start the server with --dist pointing at a folder built by Trunk.)\n",
        file.display()
    );
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8")),
            (header::CACHE_CONTROL, NO_STORE),
        ],
        text,
    )
        .into_response()
}

/// Trunk names its outputs `name-<hex hash>.ext` (the wasm `name-<hash>_bg.wasm`).
pub fn is_content_hashed(file_name: &str) -> bool {
    let stem = file_name.split('.').next().unwrap_or("");
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    match stem.rsplit_once('-') {
        Some((name, hash)) => {
            !name.is_empty() && (8..=64).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_content_hashed;

    #[test]
    fn recognises_trunk_hashed_names() {
        for hashed in [
            "partner-center-8f2c1d0e9b7a6f54_bg.wasm",
            "partner-center-8f2c1d0e9b7a6f54.js",
            "main-0a1b2c3d4e5f6071.css",
        ] {
            assert!(is_content_hashed(hashed), "{hashed}");
        }
        for plain in ["favicon.ico", "zh-CN.ftl", "main.ftl", "logo-dark.svg", "config.json", "-0a1b2c3d.js"] {
            assert!(!is_content_hashed(plain), "{plain}");
        }
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(crate::strategies::config(crate::strategies::CASES))]

        #[test]
        fn any_file_name_is_hashed_or_not(name in crate::strategies::text(), hash in "[0-9a-f]{8,64}") {
            let _ = is_content_hashed(&name);
            prop_assume!(!name.is_empty() && !name.contains('.'));
            let (js, wasm) = (format!("{name}-{hash}.js"), format!("{name}-{hash}_bg.wasm"));
            prop_assert!(is_content_hashed(&js));
            prop_assert!(is_content_hashed(&wasm));
        }
    }
}
