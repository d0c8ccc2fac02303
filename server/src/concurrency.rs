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
    // An empty tag (`""`) names no version, so it never matches, not even a resource that has
    // none yet (current ""): only `*` does.
    let matches = value.split(',').map(str::trim).any(|t| {
        let t = t.strip_prefix("W/").unwrap_or(t);
        let unquoted = t.trim_matches('"');
        t == "*" || (!unquoted.is_empty() && unquoted == current)
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
        // An empty tag names no version, even where there is none yet.
        for empty in ["\"\"", "W/\"\"", "\""] {
            assert_eq!(check_if_match(&with(empty), "").unwrap_err().status.as_u16(), 412, "{empty}");
        }
        assert!(check_if_match(&with("*"), "").is_ok());
    }

    use crate::strategies;
    use proptest::prelude::*;

    fn if_match(value: &[u8]) -> Option<HeaderMap> {
        let mut h = HeaderMap::new();
        h.insert(header::IF_MATCH, HeaderValue::from_bytes(value).ok()?);
        Some(h)
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::CASES))]

        #[test]
        fn any_if_match_passes_or_is_412_or_428(value in strategies::bytes(), id in strategies::text(), v in any::<i64>()) {
            let current = etag(&id, v);
            for tag in [current.as_str(), ""] {
                if let Some(h) = if_match(&value) {
                    match check_if_match(&h, tag) {
                        Ok(()) => {}
                        Err(e) => prop_assert!([412, 428].contains(&e.status.as_u16())),
                    }
                }
            }
        }

        #[test]
        fn the_current_tag_matches_and_no_other(id in strategies::text(), v in any::<i64>(), other in strategies::text()) {
            let tag = etag(&id, v);
            let decoded = URL_SAFE_NO_PAD.decode(&tag).unwrap();
            prop_assert_eq!(String::from_utf8(decoded).unwrap(), format!("{id}:{v}"));
            let header = etag_header(&tag);
            prop_assert_eq!(header.to_str().unwrap(), format!("\"{tag}\""));
            for sent in [format!("\"{tag}\""), tag.clone(), format!("W/\"{tag}\""), format!("\"x\", \"{tag}\"")] {
                prop_assert!(check_if_match(&if_match(sent.as_bytes()).unwrap(), &tag).is_ok(), "{}", sent);
            }
            let stale = etag(&id, v.wrapping_add(1));
            let h = if_match(format!("\"{stale}\"").as_bytes()).unwrap();
            prop_assert_eq!(check_if_match(&h, &tag).unwrap_err().status.as_u16(), 412);
            // Whatever the tag text, the ETag header is a header value.
            let _ = etag_header(&other);
        }
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::LONG_CASES))]

        #[test]
        fn long_if_match_and_ids(s in strategies::long()) {
            let tag = etag(&s, 1);
            let quoted = format!("\"{tag}\"");
            prop_assert!(check_if_match(&if_match(quoted.as_bytes()).unwrap(), &tag).is_ok());
            if let Some(h) = if_match(s.as_bytes()) {
                let _ = check_if_match(&h, &tag);
            }
            let _ = etag_header(&s);
        }
    }
}
