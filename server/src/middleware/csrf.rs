//! CSRF defence: a cross-site form or image cannot set a custom header, and a cross-site fetch
//! that sets one needs a CORS preflight this server never approves. So every `/v1` request must
//! carry `MS-PartnerCenter-Client`, whatever its method.

use axum::extract::Request;
use axum::http::HeaderName;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;

pub const CLIENT_HEADER: HeaderName = HeaderName::from_static("ms-partnercenter-client");

pub async fn require_client_header(req: Request, next: Next) -> Response {
    // Any value with a visible ASCII character: the value is not a secret, only its presence matters.
    let present =
        req.headers().get(&CLIENT_HEADER).is_some_and(|v| v.as_bytes().iter().any(|b| (0x21..=0x7e).contains(b)));
    if !present {
        return ApiError::csrf_header_required().into_response();
    }
    next.run(req).await
}
