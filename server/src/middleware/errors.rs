//! Every API error has the error body: this rewrites bare error responses (the router's 404 and
//! 405, the body limit's 413) and answers panics with 500 `internal_error`.

use std::any::Any;

use axum::body::Body;
use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::{ApiError, ErrorBodyWritten};

pub async fn normalize(req: Request, next: Next) -> Response {
    let res = next.run(req).await;
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) || res.extensions().get::<ErrorBodyWritten>().is_some() {
        return res;
    }
    let mut out = ApiError::from_status(status).into_response();
    // Keep what tells the client how to recover.
    for name in [header::ALLOW, header::RETRY_AFTER, header::WWW_AUTHENTICATE] {
        if let Some(value) = res.headers().get(&name) {
            out.headers_mut().insert(name, value.clone());
        }
    }
    out
}

pub fn panic_response(panic: Box<dyn Any + Send + 'static>) -> Response<Body> {
    let message = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    tracing::error!(%message, "a request handler panicked");
    ApiError::internal().into_response()
}
