//! Optimistic concurrency, as Partner Center does it: every updatable resource carries an ETag
//! (in `attributes.etag` and the `ETag` header); an update must send it back in `If-Match`.
//! Missing → 428 `precondition_required`; stale → 412 `precondition_failed`.
//!
//! Resources keep an integer `version` column, bumped by every write; the ETag is derived from
//! the resource id and that version, so it changes exactly when the resource does.

use axum::http::{HeaderMap, HeaderValue, header};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::error::ApiError;

/// The opaque ETag of one version of one resource (without quotes, as in `attributes.etag`).
pub fn etag(resource_id: &str, version: i64) -> String {
    URL_SAFE_NO_PAD.encode(format!("{resource_id}:{version}"))
}

/// The `ETag` response header value (quoted).
pub fn etag_header(tag: &str) -> HeaderValue {
    HeaderValue::from_str(&format!("\"{tag}\"")).unwrap_or_else(|_| HeaderValue::from_static("\"\""))
}

/// Checks `If-Match` against the current ETag. Accepts the tag quoted (as HTTP says) or bare
/// (as some Partner Center samples send it), a weak `W/` prefix, a list, or `*`.
pub fn check_if_match(headers: &HeaderMap, current: &str) -> Result<(), ApiError> {
    // An empty If-Match names no version: the same as none.
    let value = match headers.get(header::IF_MATCH).map(|v| v.to_str().map(str::trim)) {
        None | Some(Ok("")) => return Err(ApiError::precondition_required()),
        Some(Ok(v)) => v,
        Some(Err(_)) => return Err(ApiError::precondition_failed()),
    };
    let matches = value.split(',').map(str::trim).any(|t| {
        let t = t.strip_prefix("W/").unwrap_or(t);
        t == "*" || t.trim_matches('"') == current
    });
    if matches { Ok(()) } else { Err(ApiError::precondition_failed()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(v: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::IF_MATCH, HeaderValue::from_str(v).unwrap());
        h
    }

    #[test]
    fn missing_is_428_stale_is_412_current_passes() {
        let tag = etag("p1", 3);
        assert_eq!(check_if_match(&HeaderMap::new(), &tag).unwrap_err().status.as_u16(), 428);
        assert_eq!(check_if_match(&with(&format!("\"{}\"", etag("p1", 2))), &tag).unwrap_err().status.as_u16(), 412);
        assert!(check_if_match(&with(&format!("\"{tag}\"")), &tag).is_ok());
        assert!(check_if_match(&with(&tag), &tag).is_ok());
        assert!(check_if_match(&with(&format!("W/\"{tag}\", \"x\"")), &tag).is_ok());
        assert!(check_if_match(&with("*"), &tag).is_ok());
        assert_eq!(check_if_match(&with(""), &tag).unwrap_err().status.as_u16(), 428);
        assert_ne!(etag("p1", 3), etag("p2", 3));
    }
}
