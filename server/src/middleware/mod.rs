//! Layers of the stack, outermost first: security headers (everything), panic catcher, then for
//! the API: CORS for the allow-listed origins (preflights end here), correlation headers and
//! no-store, error-body normaliser, body limit, CSRF header check (v1), rate limit (v1),
//! MS-RequestId replay (v1 POST).

pub mod api_headers;
pub mod cors;
pub mod csrf;
pub mod errors;
pub mod idempotency;
pub mod rate_limit;
pub mod security_headers;
