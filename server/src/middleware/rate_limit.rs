//! Throttling, as Partner Center does it: past the allowance, 429 `too_many_requests` with
//! `Retry-After` (whole seconds until a request would be accepted again). A token bucket per
//! session, or per client address for signed-out callers (sign-in, password reset), so one
//! busy partner cannot starve the others and guessing passwords is slowed down.

use std::net::SocketAddr;
use std::time::Instant;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::auth::password::token_hash;
use crate::auth::session_token;
use crate::error::ApiError;
use crate::state::AppState;
// The buckets live with the state.
pub use crate::stores::Limiter;

pub async fn rate_limit(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let per_minute = state.settings.rate_limit_per_minute;
    if per_minute == 0 {
        return next.run(request).await;
    }
    let key = match session_token(request.headers()) {
        Some(token) => token_hash(token).to_vec(),
        None => {
            let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_string());
            format!("anonymous:{}", peer.unwrap_or_default()).into_bytes()
        }
    };
    match state.limiter.take(key, per_minute, Instant::now()) {
        Ok(()) => next.run(request).await,
        Err(wait) => ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "too_many_requests",
            "Too many requests. Wait for the time in Retry-After, then try again.",
        )
        .with_header(header::RETRY_AFTER, HeaderValue::from(wait))
        .into_response(),
    }
}
