//! Throttling, as Partner Center does it: past the allowance, 429 `too_many_requests` with
//! `Retry-After` (whole seconds until a request would be accepted again). A token bucket per
//! session, or per client address for signed-out callers (sign-in, password reset), so one
//! busy partner cannot starve the others and guessing passwords is slowed down.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::Instant;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::auth::password::token_hash;
use crate::auth::session_token;
use crate::error::ApiError;
use crate::state::AppState;

/// Buckets kept before idle ones are dropped: bounds memory under many clients.
const MAX_BUCKETS: usize = 10_000;

#[derive(Default)]
pub struct Limiter {
    buckets: Mutex<HashMap<Vec<u8>, Bucket>>,
}

struct Bucket {
    tokens: f64,
    at: Instant,
}

impl Limiter {
    /// Takes one token for `key`; Err(seconds to wait) when the bucket is empty.
    pub fn take(&self, key: Vec<u8>, per_minute: u32, now: Instant) -> Result<(), u64> {
        let capacity = per_minute as f64;
        let per_sec = capacity / 60.0;
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if buckets.len() >= MAX_BUCKETS && !buckets.contains_key(&key) {
            // A full bucket carries no state worth keeping.
            buckets.retain(|_, b| b.tokens + now.duration_since(b.at).as_secs_f64() * per_sec < capacity);
        }
        let b = buckets.entry(key).or_insert(Bucket { tokens: capacity, at: now });
        b.tokens = (b.tokens + now.duration_since(b.at).as_secs_f64() * per_sec).min(capacity);
        b.at = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - b.tokens) / per_sec).ceil().max(1.0) as u64)
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn allows_the_allowance_then_says_how_long_to_wait() {
        let l = Limiter::default();
        let t0 = Instant::now();
        for _ in 0..60 {
            assert!(l.take(b"s1".to_vec(), 60, t0).is_ok());
        }
        assert_eq!(l.take(b"s1".to_vec(), 60, t0), Err(1));
        // Another session is not affected.
        assert!(l.take(b"s2".to_vec(), 60, t0).is_ok());
        // One second later one more request fits (60 per minute = 1 per second).
        assert!(l.take(b"s1".to_vec(), 60, t0 + Duration::from_secs(1)).is_ok());
        assert!(l.take(b"s1".to_vec(), 60, t0 + Duration::from_secs(1)).is_err());
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(crate::strategies::config(crate::strategies::CASES))]

        #[test]
        fn any_allowance_and_timing_gives_a_whole_wait(
            per_minute in prop_oneof![1u32..=3, any::<u32>().prop_map(|n| n.max(1))],
            steps in proptest::collection::vec(0u64..=100_000, 1..20),
            key in proptest::collection::vec(any::<u8>(), 0..8),
        ) {
            let l = Limiter::default();
            let t0 = Instant::now();
            let mut at = t0;
            for ms in steps {
                // Instants also arrive out of order (another thread took `now` first).
                at = if ms % 7 == 0 { t0 } else { at + Duration::from_millis(ms) };
                if let Err(wait) = l.take(key.clone(), per_minute, at) {
                    prop_assert!(wait >= 1);
                    let _ = HeaderValue::from(wait);
                }
            }
        }
    }
}
