//! The one error type of the API. Every 4xx / 5xx the API sends has the Partner Center error
//! body `{code, description, data, source}`; `middleware::errors` rewrites anything else
//! (the router's own 404 / 405, body-limit 413, panics) into that shape.

use std::borrow::Cow;

use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// `source` of every error body, so a client can tell ours from a proxy's.
pub const SOURCE: &str = "PartnerCenterReferenceServer";

/// Marks a response whose body is already an error body, so the normaliser leaves it alone.
#[derive(Clone, Copy, Debug)]
pub struct ErrorBodyWritten;

/// One entry of `data`: a problem with one field of the request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// camelCase name (or JSON path like `address.line1`) as the client sent it; `$` is the whole body.
    pub field: String,
    pub code: Cow<'static, str>,
    pub description: String,
}

impl FieldError {
    pub fn new(
        field: impl Into<String>,
        code: impl Into<Cow<'static, str>>,
        description: impl Into<String>,
    ) -> FieldError {
        FieldError { field: field.into(), code: code.into(), description: description.into() }
    }
}

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: Cow<'static, str>,
    pub description: Cow<'static, str>,
    pub data: Vec<FieldError>,
    pub headers: Vec<(HeaderName, HeaderValue)>,
}

#[derive(Serialize)]
struct Body<'a> {
    code: &'a str,
    description: &'a str,
    data: &'a [FieldError],
    source: &'static str,
}

impl ApiError {
    pub fn new(
        status: StatusCode,
        code: impl Into<Cow<'static, str>>,
        description: impl Into<Cow<'static, str>>,
    ) -> ApiError {
        ApiError { status, code: code.into(), description: description.into(), data: Vec::new(), headers: Vec::new() }
    }

    pub fn with_data(mut self, data: Vec<FieldError>) -> ApiError {
        self.data = data;
        self
    }

    pub fn with_header(mut self, name: HeaderName, value: HeaderValue) -> ApiError {
        self.headers.push((name, value));
        self
    }

    pub fn malformed_json(description: impl Into<Cow<'static, str>>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, "malformed_json", description)
    }

    pub fn invalid_body(data: Vec<FieldError>) -> ApiError {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_body",
            "The request body does not have the expected fields or types; see data for each problem.",
        )
        .with_data(data)
    }

    pub fn validation_failed(data: Vec<FieldError>) -> ApiError {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "validation_failed",
            "Some fields are not valid; see data for each problem.",
        )
        .with_data(data)
    }

    pub fn body_too_large() -> ApiError {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "body_too_large",
            format!("The request body is larger than the limit of {} bytes.", crate::settings::BODY_LIMIT),
        )
    }

    pub fn csrf_header_required() -> ApiError {
        ApiError::new(
            StatusCode::FORBIDDEN,
            "csrf_header_required",
            "Requests to the API must carry the MS-PartnerCenter-Client header.",
        )
    }

    pub fn session_required() -> ApiError {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "session_required",
            "Sign in to continue; the session is missing or has expired.",
        )
    }

    pub fn invalid_credentials() -> ApiError {
        ApiError::new(StatusCode::UNAUTHORIZED, "invalid_credentials", "The user name or password is incorrect.")
    }

    pub fn not_found() -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, "not_found", "There is no such resource.")
    }

    pub fn method_not_allowed() -> ApiError {
        ApiError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "method_not_allowed",
            "This resource does not support that method.",
        )
    }

    pub fn request_id_conflict(description: impl Into<Cow<'static, str>>) -> ApiError {
        ApiError::new(StatusCode::CONFLICT, "request_id_conflict", description)
    }

    /// 403: the signed-in user's roles do not allow this operation.
    pub fn forbidden() -> ApiError {
        ApiError::new(StatusCode::FORBIDDEN, "forbidden", "Your role does not allow this.")
    }

    /// 403: the operation exists, but not in this partner's cloud (e.g. admin password reset
    /// in Partner Center operated by 21Vianet).
    pub fn not_in_cloud() -> ApiError {
        ApiError::new(StatusCode::FORBIDDEN, "not_available_in_cloud", "This operation is not available in this cloud.")
    }

    /// 409: the request conflicts with the resource's current state (a step out of order,
    /// a duplicate, a limit reached). `code` says which.
    pub fn conflict(code: impl Into<Cow<'static, str>>, description: impl Into<Cow<'static, str>>) -> ApiError {
        ApiError::new(StatusCode::CONFLICT, code, description)
    }

    /// 412: `If-Match` names a version that is no longer current.
    pub fn precondition_failed() -> ApiError {
        ApiError::new(
            StatusCode::PRECONDITION_FAILED,
            "precondition_failed",
            "The resource has changed since it was read (stale If-Match). Read it again and reapply the change.",
        )
    }

    /// 428: an update without `If-Match`.
    pub fn precondition_required() -> ApiError {
        ApiError::new(
            StatusCode::PRECONDITION_REQUIRED,
            "precondition_required",
            "This update needs an If-Match header with the ETag from the last read.",
        )
    }

    pub fn internal() -> ApiError {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal_error",
            "Something went wrong on the server. Try again later.",
        )
    }

    /// Logs the cause (never sent to the client) and answers 500.
    pub fn internal_from(cause: impl std::fmt::Display) -> ApiError {
        tracing::error!(%cause, "internal error");
        ApiError::internal()
    }

    /// The error body for a bare status that some layer produced without one.
    pub fn from_status(status: StatusCode) -> ApiError {
        let code: Cow<'static, str> = match status.as_u16() {
            400 => "bad_request".into(),
            401 => "session_required".into(),
            403 => "forbidden".into(),
            404 => return ApiError::not_found(),
            405 => return ApiError::method_not_allowed(),
            408 => "request_timeout".into(),
            411 => "length_required".into(),
            413 => return ApiError::body_too_large(),
            415 => "unsupported_media_type".into(),
            422 => "invalid_body".into(),
            429 => "too_many_requests".into(),
            500 => return ApiError::internal(),
            503 => "service_unavailable".into(),
            n => format!("http_{n}").into(),
        };
        let description = status.canonical_reason().unwrap_or("The request failed.");
        ApiError::new(status, code, format!("{description}."))
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(e: rusqlite::Error) -> ApiError {
        ApiError::internal_from(format_args!("database: {e}"))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::to_vec(&Body {
            code: &self.code,
            description: &self.description,
            data: &self.data,
            source: SOURCE,
        })
        .unwrap_or_else(|_| {
            br#"{"code":"internal_error","description":"","data":[],"source":"PartnerCenterReferenceServer"}"#.to_vec()
        });
        let mut res =
            (self.status, [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], body).into_response();
        for (name, value) in self.headers {
            res.headers_mut().insert(name, value);
        }
        res.extensions_mut().insert(ErrorBodyWritten);
        res
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_statuses_get_a_code() {
        assert_eq!(ApiError::from_status(StatusCode::METHOD_NOT_ALLOWED).code, "method_not_allowed");
        assert_eq!(ApiError::from_status(StatusCode::PAYLOAD_TOO_LARGE).code, "body_too_large");
        assert_eq!(ApiError::from_status(StatusCode::IM_A_TEAPOT).code, "http_418");
    }
}
