//! Request extractors whose rejections are API errors (axum's own rejections are plain text).

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{HeaderMap, StatusCode, header};
use serde::de::DeserializeOwned;
use serde::de::{self, Deserializer, Visitor};
use serde_json::Value;

use crate::error::{ApiError, FieldError};

/// A JSON request body. Unlike `axum::Json`, it reports every unknown top-level field and the
/// first missing or mistyped one in the error body's `data`, so the app can mark the fields.
/// Every request body of the contract is closed: unknown fields are refused.
pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        ApiBody::from_request(req, state).await?.parse().map(ApiJson)
    }
}

/// A JSON request body read now but parsed later, for handlers that must check the caller's
/// role first: a role without access then gets 403 whatever it sent, and never learns the
/// body's rules from a 400.
pub struct ApiBody<T> {
    read: Result<Bytes, ApiError>,
    _shape: std::marker::PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned> ApiBody<T> {
    /// The body as `ApiJson` would have given it, with the same errors.
    pub fn parse(self) -> Result<T, ApiError> {
        parse_json(&self.read?)
    }
}

impl<S, T> FromRequest<S> for ApiBody<T>
where
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = ApiError;

    /// Never rejects: what is wrong with the body (not JSON, too large, unreadable) waits for
    /// `parse`, so it cannot come before the handler's role check.
    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let read = if is_json(req.headers()) {
            Bytes::from_request(req, state).await.map_err(|rejection| {
                if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    ApiError::body_too_large()
                } else {
                    ApiError::malformed_json("The request body could not be read.")
                }
            })
        } else {
            Err(ApiError::malformed_json("Send the request body as JSON with Content-Type: application/json."))
        };
        Ok(ApiBody { read, _shape: std::marker::PhantomData })
    }
}

fn is_json(headers: &HeaderMap) -> bool {
    let Some(value) = headers.get(header::CONTENT_TYPE) else {
        return false;
    };
    // Only the media type (before any parameter) must be text: a parameter with a non-ASCII
    // byte, which `HeaderValue::to_str` refuses for the whole value, does not make JSON unreadable.
    let essence = value.as_bytes().split(|b| *b == b';').next().unwrap_or_default();
    let Ok(essence) = std::str::from_utf8(essence) else {
        return false;
    };
    let essence = essence.trim().to_ascii_lowercase();
    essence == "application/json" || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// Parses a request body: syntax errors are `malformed_json`, shape errors `invalid_body`.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let mut value: Value = serde_json::from_slice(bytes)
        .map_err(|e| ApiError::malformed_json(format!("The request body is not valid JSON: {e}.")))?;
    let mut problems = Vec::new();
    let known = struct_fields::<T>();
    if known.is_some() && !value.is_object() {
        // serde would also take a struct as an array of its fields; the contract says object.
        let e = FieldError::new("$", "invalid_type", "The request body must be a JSON object.");
        return Err(ApiError::invalid_body(vec![e]));
    }
    if let (Some(known), Value::Object(map)) = (known, &mut value) {
        let unknown: Vec<String> = map.keys().filter(|k| !known.contains(&k.as_str())).cloned().collect();
        for key in unknown {
            map.remove(&key);
            problems.push(FieldError::new(key, "unknown_field", "This field is not part of the request; remove it."));
        }
    }
    // With the unknown fields gone, serde reports the first missing or mistyped field too.
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(v) if problems.is_empty() => Ok(v),
        Ok(_) => Err(ApiError::invalid_body(problems)),
        Err(e) => {
            problems.push(field_error(&e));
            Err(ApiError::invalid_body(problems))
        }
    }
}

fn field_error(e: &serde_path_to_error::Error<serde_json::Error>) -> FieldError {
    let path = e.path().to_string();
    let message = e.inner().to_string();
    // serde names a missing field in backticks and reports the path of its parent (for an
    // unknown field, the path already ends with it).
    let named = message.split('`').nth(1).unwrap_or("");
    let (code, field) = if message.starts_with("missing field") {
        ("required", join_path(&path, named))
    } else if message.starts_with("unknown field") {
        ("unknown_field", root(path))
    } else if message.starts_with("invalid type") {
        ("invalid_type", root(path))
    } else if message.starts_with("invalid length") {
        ("invalid_length", root(path))
    } else if message.starts_with("invalid value") || message.starts_with("unknown variant") {
        ("invalid_value", root(path))
    } else {
        ("invalid", root(path))
    };
    FieldError::new(field, code, message)
}

fn root(path: String) -> String {
    if path == "." { "$".to_string() } else { path }
}

fn join_path(parent: &str, name: &str) -> String {
    match (parent, name) {
        (_, "") => root(parent.to_string()),
        (".", n) => n.to_string(),
        (p, n) => format!("{p}.{n}"),
    }
}

/// The field names a derived `Deserialize` struct expects (after renames), found by letting it
/// call a deserializer that only records them. None for anything that is not a plain struct.
fn struct_fields<T: DeserializeOwned>() -> Option<&'static [&'static str]> {
    struct Probe(Option<&'static [&'static str]>);

    impl<'de> Deserializer<'de> for &mut Probe {
        type Error = de::value::Error;

        fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("not a struct"))
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            fields: &'static [&'static str],
            _visitor: V,
        ) -> Result<V::Value, Self::Error> {
            self.0 = Some(fields);
            Err(de::Error::custom("probed"))
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
            option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }

    let mut probe = Probe(None);
    let _ = T::deserialize(&mut probe);
    probe.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase", deny_unknown_fields)]
    #[allow(dead_code)]
    struct Req {
        user_name: String,
        count: u8,
        address: Option<Address>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "camelCase", deny_unknown_fields)]
    #[allow(dead_code)]
    struct Address {
        address_line1: String,
    }

    fn fields(body: &str) -> (String, Vec<(String, String)>) {
        let e = parse_json::<Req>(body.as_bytes()).unwrap_err();
        (e.code.to_string(), e.data.into_iter().map(|f| (f.field, f.code.to_string())).collect())
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn syntax_errors_are_malformed() {
        assert_eq!(fields("{").0, "malformed_json");
        assert_eq!(fields("").0, "malformed_json");
        assert_eq!(fields("{\"userName\": }").0, "malformed_json");
    }

    #[test]
    fn shape_errors_name_the_fields() {
        assert_eq!(
            fields(r#"{"userName":"a","count":1,"x":1,"y":2}"#),
            ("invalid_body".into(), vec![pair("x", "unknown_field"), pair("y", "unknown_field")])
        );
        assert_eq!(fields(r#"{"userName":"a"}"#).1, vec![pair("count", "required")]);
        assert_eq!(fields(r#"{"userName":5,"count":1}"#).1, vec![pair("userName", "invalid_type")]);
        assert_eq!(fields(r#"{"userName":"a","count":300}"#).1, vec![pair("count", "invalid_value")]);
        assert_eq!(
            fields(r#"{"zzz":true,"count":1}"#).1,
            vec![pair("zzz", "unknown_field"), pair("userName", "required")]
        );
        assert_eq!(
            fields(r#"{"userName":"a","count":1,"address":{}}"#).1,
            vec![pair("address.addressLine1", "required")]
        );
        assert_eq!(
            fields(r#"{"userName":"a","count":1,"address":{"addressLine1":"x","q":1}}"#).1,
            vec![pair("address.q", "unknown_field")]
        );
        assert_eq!(fields("[]").1, vec![pair("$", "invalid_type")]);
    }

    #[test]
    fn a_good_body_parses() {
        let r: Req = parse_json(br#"{"userName":"a","count":1}"#).unwrap();
        assert_eq!(r.user_name, "a");
    }

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        // The body limit allows 64 KiB of brackets; serde_json stops at depth 128.
        let deep = "[".repeat(crate::settings::BODY_LIMIT);
        assert_eq!(parse_json::<Value>(deep.as_bytes()).unwrap_err().code, "malformed_json");
        let deep = format!("{{\"userName\":{}", "{\"a\":".repeat(10_000));
        assert_eq!(parse_json::<Req>(deep.as_bytes()).unwrap_err().code, "malformed_json");
    }

    use crate::strategies;
    use axum::http::HeaderValue;
    use proptest::prelude::*;

    fn is_400(e: &ApiError) -> bool {
        e.status == StatusCode::BAD_REQUEST && (e.code == "malformed_json" || e.code == "invalid_body")
    }

    fn content_type(value: &[u8]) -> Option<HeaderMap> {
        let mut h = HeaderMap::new();
        h.insert(header::CONTENT_TYPE, HeaderValue::from_bytes(value).ok()?);
        Some(h)
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::CASES))]

        #[test]
        fn any_body_parses_or_is_400(body in strategies::bytes()) {
            prop_assert_eq!(parse_json::<Value>(&body).is_ok(), serde_json::from_slice::<Value>(&body).is_ok());
            if let Err(e) = parse_json::<Req>(&body) {
                prop_assert!(is_400(&e));
            }
            if let Err(e) = parse_json::<crate::api::customers::NewCustomer>(&body) {
                prop_assert!(is_400(&e));
            }
        }

        #[test]
        fn any_string_value_arrives_intact(name in strategies::text(), line in strategies::text()) {
            let body = serde_json::json!({"userName": name, "count": 7, "address": {"addressLine1": line}});
            let r: Req = parse_json(body.to_string().as_bytes()).unwrap();
            prop_assert_eq!(r.user_name, name);
            prop_assert_eq!(r.address.unwrap().address_line1, line);
        }

        #[test]
        fn any_unknown_key_is_named(key in strategies::text(), value in strategies::text()) {
            let mut body = serde_json::json!({"userName": "a", "count": 1});
            body[&key] = Value::String(value);
            let result = parse_json::<Req>(body.to_string().as_bytes());
            if ["userName", "count", "address"].contains(&key.as_str()) {
                prop_assert!(result.is_err() || key == "userName");
            } else {
                let e = result.unwrap_err();
                prop_assert_eq!(e.code.as_ref(), "invalid_body");
                prop_assert!(e.data.iter().any(|f| f.field == key && f.code == "unknown_field"));
            }
        }

        #[test]
        fn content_types(value in strategies::bytes(), params in strategies::text()) {
            if let Some(h) = content_type(&value) {
                // The media type is what comes before the first `;`, whatever the parameters hold.
                let media_type = value.split(|b| *b == b';').next().unwrap();
                let expected = std::str::from_utf8(media_type).is_ok_and(|m| {
                    let essence = m.trim().to_ascii_lowercase();
                    essence == "application/json" || (essence.starts_with("application/") && essence.ends_with("+json"))
                });
                prop_assert_eq!(is_json(&h), expected);
            }
            if let Some(h) = content_type(format!("Application/JSON;{params}").as_bytes()) {
                prop_assert!(is_json(&h));
            }
        }
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::LONG_CASES))]

        #[test]
        fn long_bodies(s in strategies::long()) {
            prop_assert!(is_400(&parse_json::<Req>(s.as_bytes()).unwrap_err()));
            let body = serde_json::json!({"userName": s, "count": 1});
            prop_assert_eq!(parse_json::<Req>(body.to_string().as_bytes()).unwrap().user_name, s.as_str());
            if let Some(h) = content_type(s.as_bytes()) {
                let _ = is_json(&h);
            }
        }
    }
}
