//! MS-RequestId replay for `POST {base}/v1/...`. The client sends one id per logical operation
//! and reuses it on retry; the first answer is kept for 24 hours and replayed instead of doing
//! the work twice.
//!
//! - Key: (MS-RequestId, scope), scope = the signed-in user's id (or `anonymous`) and the
//!   operation (method and path), so one user can never see another's answer, and an id reused
//!   for another operation starts that operation rather than clashing with the first.
//! - Answers that carry a secret shown once (a temporary password, a new customer's admin
//!   password) are marked by their handler with [`SecretAnswer`] and kept in memory only, never
//!   written to the database: a retry still gets the same answer while the server runs.
//! - Stored: status, Content-Type, Location, body, and sha256(method, path and query, body).
//!   Never Set-Cookie. Not stored: 5xx, 408, 429 (they did no work and invite a retry).
//! - Same id, same hash: the stored answer with `MS-Replayed: true`. Same id, other hash: 409
//!   `request_id_conflict`.
//! - Same id while the first is still running: the second waits for it (up to 30 s, then 409)
//!   and gets the replay.
//! - Exempt: `POST /v1/sessions` (it sets a cookie; signing in twice is harmless).

use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{OriginalUri, Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use rusqlite::{OptionalExtension, params};
use sha2::{Digest, Sha256};

use crate::auth::resolve_session;
use crate::error::{ApiError, ErrorBodyWritten, FieldError};
use crate::middleware::api_headers::MS_REQUEST_ID;
use crate::settings::BODY_LIMIT;
use crate::state::AppState;
// The stores live with the state (`crate::stores`); `SecretAnswer` is the mark a handler puts on
// an answer that must stay out of the database.
use crate::stores::Stored;
pub use crate::stores::{RETENTION_SECS, SecretAnswer};

pub const MS_REPLAYED: HeaderName = HeaderName::from_static("ms-replayed");
const WAIT_FOR_FIRST: Duration = Duration::from_secs(30);
/// Paths below `/v1` that never replay.
const EXEMPT: &[&str] = &["/sessions"];

/// The MS-RequestId a request carries: None without one; 400 unless it is 1 to 128 visible
/// ASCII characters (after trimming spaces).
pub fn request_id(headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    match headers.get(&MS_REQUEST_ID).map(|v| v.to_str().map(str::trim)) {
        None => Ok(None),
        Some(Ok(id)) if !id.is_empty() && id.len() <= 128 && id.bytes().all(|b| (b'!'..=b'~').contains(&b)) => {
            Ok(Some(id.to_string()))
        }
        Some(_) => Err(ApiError::validation_failed(vec![FieldError::new(
            "MS-RequestId",
            "invalid",
            "MS-RequestId must be 1 to 128 visible ASCII characters (a GUID).",
        )])),
    }
}

pub async fn idempotency(State(state): State<AppState>, req: Request, next: Next) -> Response {
    // The id's shape is checked on every call, so a client learns of a bad id before it
    // matters (on a POST it becomes the replay key).
    let request_id = match request_id(req.headers()) {
        Ok(Some(id)) => id,
        Ok(None) => return next.run(req).await,
        Err(e) => return e.into_response(),
    };
    if req.method() != Method::POST || EXEMPT.contains(&req.uri().path()) {
        return next.run(req).await;
    }
    match run(state, request_id, req, next).await {
        Ok(res) => res,
        Err(e) => e.into_response(),
    }
}

async fn run(state: AppState, request_id: String, req: Request, next: Next) -> Result<Response, ApiError> {
    let (mut parts, body) = req.into_parts();
    let principal = match resolve_session(&state, &parts.headers, &mut parts.extensions).await? {
        Some(session) => session.user.id,
        None => "anonymous".to_string(),
    };
    let body = axum::body::to_bytes(body, BODY_LIMIT).await.map_err(|e| {
        if is_length_limit(&e) {
            ApiError::body_too_large()
        } else {
            ApiError::malformed_json("The request body could not be read.")
        }
    })?;
    let target = parts.extensions.get::<OriginalUri>().map(|u| u.0.clone()).unwrap_or_else(|| parts.uri.clone());
    let hash = request_hash(&parts.method, target.path_and_query().map(|p| p.as_str()).unwrap_or("/"), &body);
    let scope = format!("{principal}|{} {}", parts.method, target.path());

    let _turn = tokio::time::timeout(WAIT_FOR_FIRST, state.request_locks.lock(format!("{scope}\n{request_id}")))
        .await
        .map_err(|_| ApiError::request_id_conflict("A request with this MS-RequestId is still being processed."))?;

    let (id, sc) = (request_id.clone(), scope.clone());
    let stored = match state.secret_answers.get(&request_id, &scope, crate::time::now()) {
        Some(s) => Some(s),
        None => state.db.call(move |c| load(c, &id, &sc, crate::time::now())).await?,
    };
    if let Some(stored) = stored {
        if stored.hash == hash {
            return Ok(replay(stored));
        }
        return Err(ApiError::request_id_conflict(
            "This MS-RequestId was already used for a different request; send a new MS-RequestId for a new operation.",
        ));
    }

    let res = next.run(Request::from_parts(parts, Body::from(body))).await;
    let status = res.status();
    if status.is_server_error() || status == StatusCode::REQUEST_TIMEOUT || status == StatusCode::TOO_MANY_REQUESTS {
        return Ok(res);
    }
    let secret = res.extensions().get::<SecretAnswer>().is_some();
    let (res_parts, res_body) = res.into_parts();
    let res_body = axum::body::to_bytes(res_body, 16 * 1024 * 1024)
        .await
        .map_err(|e| ApiError::internal_from(format_args!("buffering a response to store it: {e}")))?;
    let header_text = |name: &HeaderName| res_parts.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
    let stored = Stored {
        hash,
        status: status.as_u16(),
        content_type: header_text(&header::CONTENT_TYPE),
        location: header_text(&header::LOCATION),
        body: res_body.to_vec(),
    };
    if secret {
        state.secret_answers.put(request_id, scope, stored, crate::time::now());
        return Ok(Response::from_parts(res_parts, Body::from(res_body)));
    }
    let saved = state.db.call(move |c| save(c, &request_id, &scope, &stored, crate::time::now())).await;
    if saved.is_err() {
        // The work is done and the client should hear about it; a retry would redo it, which the
        // log makes visible.
        tracing::warn!("could not store the answer for MS-RequestId replay");
    }
    Ok(Response::from_parts(res_parts, Body::from(res_body)))
}

fn request_hash(method: &Method, path_and_query: &str, body: &Bytes) -> Vec<u8> {
    let mut h = Sha256::new();
    h.update(method.as_str().as_bytes());
    h.update(b"\n");
    h.update(path_and_query.as_bytes());
    h.update(b"\n");
    h.update(body);
    h.finalize().to_vec()
}

fn is_length_limit(e: &axum::Error) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = source {
        if err.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        source = err.source();
    }
    false
}

fn load(c: &mut rusqlite::Connection, request_id: &str, scope: &str, now: i64) -> Result<Option<Stored>, ApiError> {
    Ok(c.query_row(
        "SELECT request_hash, status, content_type, location, body FROM idempotent_requests
         WHERE request_id = ?1 AND scope = ?2 AND created_at > ?3",
        params![request_id, scope, now - RETENTION_SECS],
        |r| {
            Ok(Stored {
                hash: r.get(0)?,
                status: r.get(1)?,
                content_type: r.get(2)?,
                location: r.get(3)?,
                body: r.get(4)?,
            })
        },
    )
    .optional()?)
}

fn save(c: &mut rusqlite::Connection, request_id: &str, scope: &str, s: &Stored, now: i64) -> Result<(), ApiError> {
    let tx = c.transaction()?;
    tx.execute("DELETE FROM idempotent_requests WHERE created_at <= ?1", [now - RETENTION_SECS])?;
    tx.execute(
        "INSERT OR REPLACE INTO idempotent_requests (request_id, scope, request_hash, status, content_type, location, body, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![request_id, scope, s.hash, s.status, s.content_type, s.location, s.body, now],
    )?;
    tx.commit()?;
    Ok(())
}

fn replay(s: Stored) -> Response {
    let status = StatusCode::from_u16(s.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut res = Response::new(Body::from(s.body));
    *res.status_mut() = status;
    let headers = res.headers_mut();
    for (name, value) in [(header::CONTENT_TYPE, s.content_type), (header::LOCATION, s.location)] {
        if let Some(value) = value.and_then(|v| HeaderValue::from_str(&v).ok()) {
            headers.insert(name, value);
        }
    }
    headers.insert(MS_REPLAYED, HeaderValue::from_static("true"));
    if status.is_client_error() {
        // Stored error answers already have the error body.
        res.extensions_mut().insert(ErrorBodyWritten);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::strategies;
    use proptest::prelude::*;

    fn with_id(value: &[u8]) -> Option<HeaderMap> {
        let mut h = HeaderMap::new();
        h.insert(MS_REQUEST_ID, HeaderValue::from_bytes(value).ok()?);
        Some(h)
    }

    /// The rule, from the bytes: 1 to 128 visible ASCII characters once spaces and tabs are trimmed.
    fn valid_id(value: &[u8]) -> Option<String> {
        let text = value.iter().all(|b| *b == b'\t' || (0x20..0x7f).contains(b));
        let id = std::str::from_utf8(value).ok().filter(|_| text)?.trim_matches([' ', '\t']);
        ((1..=128).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_graphic())).then(|| id.to_string())
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::CASES))]

        #[test]
        fn any_request_id_is_taken_or_400(value in prop_oneof![strategies::bytes(), "[ -~]{0,130}".prop_map(String::into_bytes)]) {
            if let Some(h) = with_id(&value) {
                match request_id(&h) {
                    Ok(id) => prop_assert_eq!(id, valid_id(&value)),
                    Err(e) => {
                        prop_assert_eq!(e.status, StatusCode::BAD_REQUEST);
                        prop_assert_eq!(valid_id(&value), None);
                    }
                }
            }
            prop_assert_eq!(request_id(&HeaderMap::new()).unwrap(), None);
        }
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::LONG_CASES))]

        #[test]
        fn long_request_ids(s in strategies::long()) {
            if let Some(h) = with_id(s.as_bytes()) {
                prop_assert!(request_id(&h).is_err());
            }
        }
    }
}
