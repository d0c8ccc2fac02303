//! CSRF defence: a cross-site form or image cannot set a custom header, and a cross-site fetch
//! that sets one needs a CORS preflight this server never approves. So every `/v1` request must
//! carry `MS-PartnerCenter-Client`, whatever its method.

use axum::extract::Request;
use axum::http::{HeaderMap, HeaderName};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;

pub const CLIENT_HEADER: HeaderName = HeaderName::from_static("ms-partnercenter-client");

/// Whether the request carries the header with a value: any value with a visible ASCII
/// character (the value is not a secret, only its presence matters).
pub fn has_client_header(headers: &HeaderMap) -> bool {
    headers.get(&CLIENT_HEADER).is_some_and(|v| v.as_bytes().iter().any(|b| (0x21..=0x7e).contains(b)))
}

pub async fn require_client_header(req: Request, next: Next) -> Response {
    if !has_client_header(req.headers()) {
        return ApiError::csrf_header_required().into_response();
    }
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strategies;
    use axum::http::HeaderValue;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(strategies::config(strategies::CASES))]

        #[test]
        fn any_value_with_a_visible_character_counts(value in strategies::bytes()) {
            let mut h = HeaderMap::new();
            prop_assert!(!has_client_header(&h));
            if let Ok(v) = HeaderValue::from_bytes(&value) {
                h.insert(CLIENT_HEADER, v);
                prop_assert_eq!(has_client_header(&h), value.iter().any(u8::is_ascii_graphic));
            }
        }
    }
}
