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

/// `Retry-After` in seconds: `delay-seconds` is one or more ASCII digits (RFC 9110), so a sign,
/// a fraction or another script's digits are not it. A number too large for u32 saturates: it
/// still means "longer than we will wait". The HTTP-date form is rare from APIs and is treated as
/// absent.
pub fn parse_retry_after(v: &str) -> Option<u32> {
    let t = v.trim_matches([' ', '\t']);
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Only digits are left, so parsing fails on overflow alone.
    Some(t.parse::<u32>().unwrap_or(u32::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ErrorCode;

    #[test]
    fn decodes_the_error_body_with_numeric_or_text_codes() {
        let e = ApiError::from_status(
            400,
            r#"{"code":2000,"description":"Tenant Id must be a GUID.","data":[],"source":"X"}"#,
            None,
        );
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
        assert_eq!(parse_retry_after("+7"), None);
        assert_eq!(parse_retry_after("1.5"), None);
        assert_eq!(parse_retry_after("\t120 "), Some(120));
        assert_eq!(parse_retry_after("99999999999999999999"), Some(u32::MAX));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;
    use serde_json::{Value, json};

    use super::*;
    use crate::model::ErrorCode;
    use crate::test_support::{any_text, config};

    /// Every message `message_id` can name (all of them are in the catalogs).
    const MESSAGE_IDS: &[&str] = &[
        "error-offline",
        "error-network",
        "error-timeout",
        "error-malformed",
        "error-invalid-credentials",
        "error-session-expired",
        "error-forbidden",
        "error-not-found",
        "error-conflict",
        "error-throttled",
        "error-invalid-input",
        "error-unavailable",
        "error-server",
        "error-request-failed",
    ];

    /// An IMF-fixdate, the HTTP-date form of Retry-After.
    fn http_date() -> impl Strategy<Value = String> {
        (0usize..7, 1u32..=28, 0usize..12, 1970u32..=2100, 0u32..24, 0u32..60, 0u32..60).prop_map(
            |(d, day, m, y, h, mi, s)| {
                const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
                const MONTHS: [&str; 12] =
                    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
                format!("{}, {day:02} {} {y} {h:02}:{mi:02}:{s:02} GMT", DAYS[d], MONTHS[m])
            },
        )
    }

    /// JSON values of any shape, with hostile strings in them.
    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(|n| json!(n)),
            any::<f64>().prop_map(|f| json!(f)),
            any_text().prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 32, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                proptest::collection::vec((any_text(), inner), 0..6)
                    .prop_map(|kv| Value::Object(kv.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(config(256))]

        /// Retry-After: digits (with optional spaces or tabs around) are seconds, saturating; an
        /// HTTP-date and everything else is absent. Never a panic.
        #[test]
        fn retry_after_is_seconds_or_nothing(v in any_text(), n in any::<u64>(), date in http_date(), pad in "[ \t]{0,3}") {
            let t = v.trim_matches([' ', '\t']);
            let want = (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
                .then(|| t.parse::<u128>().map_or(u32::MAX, |n| u32::try_from(n).unwrap_or(u32::MAX)));
            prop_assert_eq!(parse_retry_after(&v), want);
            prop_assert_eq!(parse_retry_after(&format!("{pad}{n}{pad}")), Some(u32::try_from(n).unwrap_or(u32::MAX)));
            prop_assert_eq!(parse_retry_after(&date), None);
        }

        /// Any status, any body, any Retry-After: an error with a known message, never a panic.
        #[test]
        fn any_error_answer_is_survivable(status in any::<u16>(), body in any_text(), retry_after in proptest::option::of(any_text())) {
            let e = ApiError::from_status(status, &body, retry_after.as_deref());
            prop_assert!(MESSAGE_IDS.contains(&e.message_id()), "{}", e.message_id());
            prop_assert_eq!(e.status(), Some(status));
            let ApiError::Status { retry_after_secs, .. } = &e else { unreachable!() };
            prop_assert_eq!(*retry_after_secs, retry_after.as_deref().and_then(parse_retry_after));
            prop_assert_eq!(e.body().is_some(), serde_json::from_str::<ErrorBody>(&body).is_ok());
            let _ = (e.field_errors(), e.needs_sign_in());
        }

        /// Error bodies of the documented shape decode whatever the values, and `data` yields
        /// exactly its well-formed field errors, whatever else it holds.
        #[test]
        fn error_bodies_decode_with_any_values(
            code in prop_oneof![any::<i64>().prop_map(|n| json!(n)), any_text().prop_map(Value::String)],
            description in any_text(),
            fields in proptest::collection::vec((any_text(), any_text(), any_text()), 0..4),
            noise in proptest::collection::vec(json_value(), 0..4),
            source in proptest::option::of(any_text()),
        ) {
            let mut data: Vec<Value> = fields.iter().map(|(f, c, d)| json!({"field": f, "code": c, "description": d})).collect();
            data.extend(noise.iter().filter(|v| serde_json::from_value::<FieldError>((*v).clone()).is_err()).cloned());
            let text = json!({"code": code, "description": description, "data": data, "source": source}).to_string();
            let e = ApiError::from_status(400, &text, None);
            let body = e.body().expect("a documented error body decodes");
            let want_code = match &code { Value::String(s) => ErrorCode::Text(s.clone()), n => ErrorCode::Number(n.as_i64().unwrap_or_default()) };
            prop_assert_eq!(&body.code, &want_code);
            prop_assert_eq!(&body.description, &description);
            prop_assert_eq!(&body.source, &source);
            let want: Vec<FieldError> = fields.into_iter().map(|(field, code, description)| FieldError { field, code, description }).collect();
            prop_assert_eq!(e.field_errors(), want);
        }

        /// A `data` of any shape (not only an array) never breaks decoding the rest.
        #[test]
        fn error_data_of_any_shape_is_tolerated(data in json_value()) {
            let text = json!({"code": "x", "data": data}).to_string();
            let e = ApiError::from_status(500, &text, None);
            prop_assert!(e.body().is_some());
            let _ = e.field_errors();
        }
    }
}
