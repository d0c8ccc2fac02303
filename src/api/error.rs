//! The one error type of every backend call, and the localized message each kind maps to (pure).

use crate::model::{ErrorBody, FieldError};

#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// The browser says it has no network.
    Offline,
    /// The request never got an HTTP answer (refused, reset, DNS, CORS).
    Network,
    /// No answer within the client's time limit; the request was aborted.
    Timeout,
    /// An HTTP error status, with the Partner Center error body when the server sent one.
    Status { status: u16, body: Option<ErrorBody>, retry_after_secs: Option<u32> },
    /// A success status whose body is not what the contract promises.
    Undecodable { status: u16 },
}

impl ApiError {
    /// Builds the error for a non-2xx answer. A body that is not the error shape (a proxy's
    /// HTML 502, say) still yields a useful status error rather than a decode failure.
    pub fn from_status(status: u16, body_text: &str, retry_after: Option<&str>) -> ApiError {
        let body = serde_json::from_str::<ErrorBody>(body_text).ok();
        ApiError::Status { status, body, retry_after_secs: retry_after.and_then(parse_retry_after) }
    }

    pub fn status(&self) -> Option<u16> {
        match self {
            ApiError::Status { status, .. } | ApiError::Undecodable { status } => Some(*status),
            _ => None,
        }
    }

    pub fn body(&self) -> Option<&ErrorBody> {
        match self {
            ApiError::Status { body, .. } => body.as_ref(),
            _ => None,
        }
    }

    pub fn field_errors(&self) -> Vec<FieldError> {
        self.body().map(ErrorBody::field_errors).unwrap_or_default()
    }

    /// True when the visitor has to sign in (again) before this can work.
    pub fn needs_sign_in(&self) -> bool {
        matches!(self, ApiError::Status { status: 401, body, .. }
            if !body.as_ref().is_some_and(|b| b.code.is("invalid_credentials")))
    }

    /// The Fluent message that explains this error to a partner.
    pub fn message_id(&self) -> &'static str {
        match self {
            ApiError::Offline => "error-offline",
            ApiError::Network => "error-network",
            ApiError::Timeout => "error-timeout",
            ApiError::Undecodable { .. } => "error-malformed",
            ApiError::Status { status, body, .. } => match status {
                401 if body.as_ref().is_some_and(|b| b.code.is("invalid_credentials")) => "error-invalid-credentials",
                401 => "error-session-expired",
                403 => "error-forbidden",
                404 => "error-not-found",
                409 | 412 | 428 => "error-conflict",
                429 => "error-throttled",
                400 | 413 | 422 => "error-invalid-input",
                502..=504 => "error-unavailable",
                500..=599 => "error-server",
                _ => "error-request-failed",
            },
        }
    }
}

/// `Retry-After` in seconds; the HTTP-date form is rare from APIs and is treated as absent.
pub fn parse_retry_after(v: &str) -> Option<u32> {
    v.trim().parse::<u32>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ErrorCode;

    #[test]
    fn decodes_the_error_body_with_numeric_or_text_codes() {
        let e = ApiError::from_status(400, r#"{"code":2000,"description":"Tenant Id must be a GUID.","data":[],"source":"X"}"#, None);
        assert_eq!(e.body().unwrap().code, ErrorCode::Number(2000));
        assert_eq!(e.message_id(), "error-invalid-input");
        let e = ApiError::from_status(401, r#"{"code":"invalid_credentials","description":"no"}"#, None);
        assert_eq!(e.message_id(), "error-invalid-credentials");
        assert!(!e.needs_sign_in());
    }

    #[test]
    fn any_body_is_survivable() {
        for body in ["", "<html>Bad gateway</html>", "{\"code\":", "null", "[]", "{\"description\":\"no code\"}"] {
            let e = ApiError::from_status(502, body, None);
            assert_eq!(e.body(), None, "{body}");
            assert_eq!(e.message_id(), "error-unavailable");
        }
    }

    #[test]
    fn maps_each_status_to_a_message() {
        let id = |s| ApiError::from_status(s, "", None).message_id();
        assert_eq!(id(401), "error-session-expired");
        assert!(ApiError::from_status(401, "", None).needs_sign_in());
        assert_eq!(id(403), "error-forbidden");
        assert_eq!(id(404), "error-not-found");
        assert_eq!(id(412), "error-conflict");
        assert_eq!(id(428), "error-conflict");
        assert_eq!(id(429), "error-throttled");
        assert_eq!(id(500), "error-server");
        assert_eq!(id(503), "error-unavailable");
        assert_eq!(id(418), "error-request-failed");
        assert_eq!(ApiError::Offline.message_id(), "error-offline");
        assert_eq!(ApiError::Timeout.message_id(), "error-timeout");
        assert_eq!(ApiError::Network.message_id(), "error-network");
        assert_eq!(ApiError::Undecodable { status: 200 }.message_id(), "error-malformed");
    }

    #[test]
    fn reads_retry_after_seconds() {
        let e = ApiError::from_status(429, "", Some(" 7 "));
        assert!(matches!(e, ApiError::Status { retry_after_secs: Some(7), .. }));
        assert_eq!(parse_retry_after("Wed, 21 Oct 2026 07:28:00 GMT"), None);
        assert_eq!(parse_retry_after("-1"), None);
    }
}
