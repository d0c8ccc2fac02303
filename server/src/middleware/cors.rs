//! CORS for an app served from another origin (`--cors-origin`): the app on
//! `https://partner.example.cn` calling the API on `https://api.partner.example.cn`.
//!
//! Only the exact origins of the allow-list are answered, always with credentials (the session
//! is a cookie), never `*` and never the echo of an unlisted origin. A preflight from an
//! unlisted origin is refused, so the browser never sends it the `MS-PartnerCenter-Client`
//! header the CSRF check requires (csrf.rs): the allow-list is what keeps that defence whole.
//! An approved preflight is cached by the browser for two hours (Chromium's cap).

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::state::AppState;

/// Request headers the app sends (src/api/headers.rs) and a link may add (`MS-ContinuationToken`).
const ALLOW_HEADERS: &str = "Accept, Content-Type, If-Match, MS-PartnerCenter-Client, MS-Contract-Version, \
                             MS-RequestId, MS-CorrelationId, MS-ContinuationToken, X-Locale";
const ALLOW_METHODS: &str = "GET, HEAD, POST, PUT, PATCH, DELETE";
/// Response headers the app reads besides the CORS-safelisted ones.
const EXPOSE_HEADERS: &str = "Retry-After, ETag, Location, MS-RequestId, MS-CorrelationId";
const MAX_AGE_SECS: &str = "7200";

/// The request's `Origin` when it is on the allow-list, exactly (scheme, host and port).
pub fn allowed_origin<'a>(headers: &'a HeaderMap, allow: &[String]) -> Option<&'a HeaderValue> {
    let origin = headers.get(header::ORIGIN)?;
    allow.iter().any(|a| a.as_bytes() == origin.as_bytes()).then_some(origin)
}

pub async fn cors(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let allow = &state.settings.cors_origins;
    let origin = allowed_origin(req.headers(), allow).cloned();
    let preflight =
        req.method() == Method::OPTIONS && req.headers().contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
    let mut res = if preflight {
        match origin {
            // Refused without any CORS header: the browser then blocks the real request.
            None => return (StatusCode::FORBIDDEN, [(header::VARY, "Origin")], "Origin not allowed\n").into_response(),
            Some(_) => {
                let mut res = StatusCode::NO_CONTENT.into_response();
                let h = res.headers_mut();
                h.insert(header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static(ALLOW_METHODS));
                h.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, HeaderValue::from_static(ALLOW_HEADERS));
                h.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static(MAX_AGE_SECS));
                res
            }
        }
    } else {
        let mut res = next.run(req).await;
        if origin.is_some() {
            res.headers_mut().insert(header::ACCESS_CONTROL_EXPOSE_HEADERS, HeaderValue::from_static(EXPOSE_HEADERS));
        }
        res
    };
    let h = res.headers_mut();
    // The answer depends on Origin whenever an allow-list exists: a cache must not hand one
    // origin's answer (with its Allow-Origin) to another.
    if !allow.is_empty() {
        h.append(header::VARY, HeaderValue::from_static("Origin"));
    }
    if let Some(origin) = origin {
        h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        h.insert(header::ACCESS_CONTROL_ALLOW_CREDENTIALS, HeaderValue::from_static("true"));
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_exact_origins_are_allowed() {
        let allow = vec!["https://partner.example.cn".to_string(), "http://127.0.0.1:8088".to_string()];
        let with = |o: &str| {
            let mut h = HeaderMap::new();
            h.insert(header::ORIGIN, HeaderValue::from_str(o).unwrap());
            allowed_origin(&h, &allow).is_some()
        };
        assert!(with("https://partner.example.cn"));
        assert!(with("http://127.0.0.1:8088"));
        for refused in [
            "https://partner.example.cn:443",
            "http://partner.example.cn",
            "https://partner.example.cn.evil.example",
            "https://evil.partner.example.cn",
            "http://127.0.0.1:8089",
            "null",
            "*",
        ] {
            assert!(!with(refused), "{refused}");
        }
        assert!(allowed_origin(&HeaderMap::new(), &allow).is_none());
    }
}
