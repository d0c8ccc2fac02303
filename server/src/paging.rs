//! Collections, as Partner Center returns them:
//! `{totalCount, items, links {self, next}, attributes {objectType: "Collection"}, continuationToken}`.
//!
//! Two paging styles, as in the real API:
//! - offset (`?offset=&size=`), e.g. offers: `links.next.uri` carries the next offset;
//! - seek, e.g. customers and users: the first call sends `?size=N`; the next page is fetched
//!   by following `links.next` exactly: its `uri` (with `seekOperation=Next`) and its headers
//!   (`MS-ContinuationToken: <token>`). The token is opaque to clients; here it is the
//!   base64url of the sort key after which the next page starts.
//!
//! `totalCount` is the number of items in this page (as the .NET SDK computes it). `matchCount`
//! (this server's extension, customers only) is the number of items over all pages, on the first.

use std::collections::HashMap;

use axum::http::HeaderMap;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Serialize;

use crate::api::resource::Attributes;
use crate::error::{ApiError, FieldError};

pub const CONTINUATION_HEADER: &str = "MS-ContinuationToken";
pub const DEFAULT_SIZE: u32 = 100;
pub const MAX_SIZE: u32 = 500;

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct LinkHeader {
    pub key: String,
    pub value: String,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Link {
    pub uri: String,
    pub method: &'static str,
    pub headers: Vec<LinkHeader>,
}

#[derive(Serialize, Clone, Debug, Default, PartialEq)]
pub struct Links {
    #[serde(rename = "self", skip_serializing_if = "Option::is_none")]
    pub self_: Option<Link>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<Link>,
}

#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Collection<T> {
    pub total_count: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub match_count: Option<u64>,
    pub items: Vec<T>,
    pub links: Links,
    pub attributes: Attributes,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub continuation_token: Option<String>,
}

impl<T> Collection<T> {
    /// A collection with no further page.
    pub fn all(items: Vec<T>) -> Collection<T> {
        Collection {
            total_count: items.len(),
            match_count: None,
            items,
            links: Links::default(),
            attributes: Attributes::of("Collection"),
            continuation_token: None,
        }
    }

    /// A seek page: when `next_key` is Some, `links.next` points at `uri_without_seek` with
    /// `seekOperation=Next` and the continuation header.
    pub fn seek_page(items: Vec<T>, next_key: Option<&str>, uri_without_seek: &str) -> Collection<T> {
        let token = next_key.map(|k| URL_SAFE_NO_PAD.encode(k));
        let next = token.as_ref().map(|t| Link {
            uri: with_param(uri_without_seek, "seekOperation=Next"),
            method: "GET",
            headers: vec![LinkHeader { key: CONTINUATION_HEADER.to_string(), value: t.clone() }],
        });
        Collection {
            total_count: items.len(),
            match_count: None,
            items,
            links: Links { self_: None, next },
            attributes: Attributes::of("Collection"),
            continuation_token: token,
        }
    }

    /// The same page with the number of items over all pages.
    pub fn with_match_count(mut self, count: Option<u64>) -> Collection<T> {
        self.match_count = count;
        self
    }

    /// An offset page: `links.next` has the next `offset` when more items exist.
    pub fn offset_page(items: Vec<T>, offset: u32, size: u32, total: u64, uri_without_paging: &str) -> Collection<T> {
        let next_offset = offset as u64 + items.len() as u64;
        let next = (next_offset < total && !items.is_empty()).then(|| Link {
            uri: with_param(uri_without_paging, &format!("offset={next_offset}&size={size}")),
            method: "GET",
            headers: Vec::new(),
        });
        Collection {
            total_count: items.len(),
            match_count: None,
            items,
            links: Links { self_: None, next },
            attributes: Attributes::of("Collection"),
            continuation_token: None,
        }
    }
}

fn with_param(uri: &str, param: &str) -> String {
    if uri.contains('?') { format!("{uri}&{param}") } else { format!("{uri}?{param}") }
}

/// The seek position the client sent: None on the first page. A token that does not decode is
/// the client's error (400), never a server error.
pub fn seek_key(headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    let Some(v) = headers.get(CONTINUATION_HEADER) else { return Ok(None) };
    let bad = || {
        ApiError::validation_failed(vec![FieldError::new(
            CONTINUATION_HEADER,
            "invalid_value",
            "Not a continuation token from this server.",
        )])
    };
    let raw = v.to_str().map_err(|_| bad())?;
    let bytes = URL_SAFE_NO_PAD.decode(raw.trim()).map_err(|_| bad())?;
    String::from_utf8(bytes).map(Some).map_err(|_| bad())
}

/// A seek position of a list sorted by name: the name's sort key and the id after it.
pub type NamePosition = (String, String);

/// The seek key after `(name_key, id)`: the two joined by a line break.
pub fn name_seek_key(name_key: &str, id: &str) -> String {
    format!("{name_key}\n{id}")
}

/// The `(name_key, id)` a continuation token of [`name_seek_key`] holds. Split at the last line
/// break: the id (a UUID) has none, the name key might.
pub fn name_seek_after(headers: &HeaderMap) -> Result<Option<NamePosition>, ApiError> {
    let Some(key) = seek_key(headers)? else { return Ok(None) };
    key.rsplit_once('\n').map(|(name, id)| Some((name.to_string(), id.to_string()))).ok_or_else(|| {
        ApiError::validation_failed(vec![FieldError::new(
            CONTINUATION_HEADER,
            "invalid_value",
            "Not a continuation token from this server.",
        )])
    })
}

/// A whole-number query parameter (`size`, `offset`): None when absent, 400 `invalid_format`
/// when it is not a u32 (surrounding spaces allowed).
pub fn u32_query(params: &HashMap<String, String>, name: &str) -> Result<Option<u32>, ApiError> {
    match params.get(name) {
        None => Ok(None),
        Some(v) => v.trim().parse::<u32>().map(Some).map_err(|_| {
            ApiError::validation_failed(vec![FieldError::new(name, "invalid_format", "Use a whole number.")])
        }),
    }
}

/// `seekOperation` from the query: absent, or `Next` exactly (the only value the contract has; the
/// server writes it into `links.next`). Anything else is refused rather than ignored, so a client
/// that means something else learns it at once.
pub fn seek_operation(params: &HashMap<String, String>) -> Result<(), ApiError> {
    match params.get("seekOperation").map(String::as_str) {
        None | Some("Next") => Ok(()),
        Some(_) => Err(ApiError::validation_failed(vec![FieldError::new(
            "seekOperation",
            "invalid_value",
            "Only seekOperation=Next is supported.",
        )])),
    }
}

/// A boolean flag from the query: absent, `true` or `false` (how OpenAPI writes a boolean query
/// parameter). Anything else is a 400, not silently false.
pub fn bool_query(params: &HashMap<String, String>, name: &str) -> Result<Option<bool>, ApiError> {
    match params.get(name).map(String::as_str) {
        None => Ok(None),
        Some("true") => Ok(Some(true)),
        Some("false") => Ok(Some(false)),
        Some(_) => Err(ApiError::validation_failed(vec![FieldError::new(name, "invalid_value", "Use true or false.")])),
    }
}

/// `size` from the query: default 100, 1..=500.
pub fn page_size(size: Option<u32>) -> Result<u32, ApiError> {
    match size {
        None => Ok(DEFAULT_SIZE),
        Some(s) if (1..=MAX_SIZE).contains(&s) => Ok(s),
        Some(_) => Err(ApiError::validation_failed(vec![FieldError::new(
            "size",
            "out_of_range",
            format!("size must be between 1 and {MAX_SIZE}."),
        )])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn seek_links_carry_the_token_as_a_header() {
        let c = Collection::seek_page(vec![1, 2], Some("acme|42"), "/v1/customers?size=2");
        let next = c.links.next.as_ref().unwrap();
        assert_eq!(next.uri, "/v1/customers?size=2&seekOperation=Next");
        assert_eq!(next.headers[0].key, CONTINUATION_HEADER);
        let mut h = HeaderMap::new();
        h.insert(CONTINUATION_HEADER, HeaderValue::from_str(&next.headers[0].value).unwrap());
        assert_eq!(seek_key(&h).unwrap().as_deref(), Some("acme|42"));
        let json = serde_json::to_value(&c).unwrap();
        assert_eq!(json["totalCount"], 2);
        assert_eq!(json["attributes"]["objectType"], "Collection");
    }

    /// Found by the contract check (ST201): `seekOperation=®´¥` and `verifyAdvisor=null` were
    /// accepted and ignored.
    #[test]
    fn query_enums_and_flags_are_checked_not_ignored() {
        let q = |k: &str, v: &str| HashMap::from([(k.to_string(), v.to_string())]);
        assert!(seek_operation(&HashMap::new()).is_ok());
        assert!(seek_operation(&q("seekOperation", "Next")).is_ok());
        for bad in ["®´¥", "next", "", "Previous"] {
            assert!(seek_operation(&q("seekOperation", bad)).is_err(), "{bad}");
        }
        assert_eq!(bool_query(&q("verifyAdvisor", "true"), "verifyAdvisor").unwrap(), Some(true));
        assert_eq!(bool_query(&q("verifyAdvisor", "false"), "verifyAdvisor").unwrap(), Some(false));
        assert_eq!(bool_query(&HashMap::new(), "verifyAdvisor").unwrap(), None);
        assert!(bool_query(&q("verifyAdvisor", "null"), "verifyAdvisor").is_err());
    }

    #[test]
    fn last_pages_have_no_next() {
        assert!(Collection::seek_page(vec![1], None, "/v1/x").links.next.is_none());
        assert!(Collection::offset_page(vec![1, 2], 8, 2, 10, "/v1/offers?country=CN").links.next.is_none());
        let c = Collection::offset_page(vec![1, 2], 0, 2, 10, "/v1/offers?country=CN");
        assert_eq!(c.links.next.unwrap().uri, "/v1/offers?country=CN&offset=2&size=2");
    }

    #[test]
    fn bad_tokens_and_sizes_are_400() {
        let mut h = HeaderMap::new();
        h.insert(CONTINUATION_HEADER, HeaderValue::from_static("%%%"));
        assert_eq!(seek_key(&h).unwrap_err().status.as_u16(), 400);
        assert_eq!(page_size(Some(0)).unwrap_err().status.as_u16(), 400);
        assert_eq!(page_size(Some(501)).unwrap_err().status.as_u16(), 400);
        assert_eq!(page_size(None).unwrap(), 100);
    }

    use crate::strategies;
    use proptest::prelude::*;

    fn token_header(value: &[u8]) -> Option<HeaderMap> {
        let mut h = HeaderMap::new();
        h.insert(CONTINUATION_HEADER, HeaderValue::from_bytes(value).ok()?);
        Some(h)
    }

    fn query(name: &str, value: &str) -> HashMap<String, String> {
        HashMap::from([(name.to_string(), value.to_string())])
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::CASES))]

        #[test]
        fn seek_tokens_round_trip(key in strategies::text()) {
            let c = Collection::seek_page(vec![1], Some(&key), "/v1/customers?size=1");
            let next = c.links.next.as_ref().expect("a next link");
            prop_assert_eq!(c.continuation_token.as_deref(), Some(next.headers[0].value.as_str()));
            let h = token_header(next.headers[0].value.as_bytes()).expect("a token is a valid header value");
            prop_assert_eq!(seek_key(&h).unwrap(), Some(key));
        }

        #[test]
        fn any_token_is_a_key_or_a_400(value in strategies::bytes()) {
            // Header values the HTTP layer would not accept (control characters) cannot arrive.
            if let Some(h) = token_header(&value) {
                match seek_key(&h) {
                    Ok(key) => prop_assert!(key.is_some()),
                    Err(e) => prop_assert_eq!(e.status.as_u16(), 400),
                }
            }
        }

        #[test]
        fn sizes_and_offsets_are_numbers_or_400(value in strategies::text(), name in "size|offset") {
            match u32_query(&query(&name, &value), &name) {
                Ok(n) => {
                    prop_assert_eq!(n, value.trim().parse::<u32>().ok());
                    prop_assert!(n.is_some());
                    match page_size(n) {
                        Ok(size) => prop_assert!((1..=MAX_SIZE).contains(&size)),
                        Err(e) => prop_assert_eq!(e.status.as_u16(), 400),
                    }
                }
                Err(e) => {
                    prop_assert_eq!(e.status.as_u16(), 400);
                    prop_assert!(value.trim().parse::<u32>().is_err());
                }
            }
        }

        #[test]
        fn whole_numbers_are_taken(n in any::<u32>(), pad in " {0,3}") {
            prop_assert_eq!(u32_query(&query("offset", &format!("{pad}{n}{pad}")), "offset").unwrap(), Some(n));
            prop_assert_eq!(u32_query(&HashMap::new(), "offset").unwrap(), None);
        }

        #[test]
        fn offset_pages_never_overflow(offset in any::<u32>(), size in any::<u32>(), total in any::<u64>(), n in 0usize..3) {
            let c = Collection::offset_page(vec![0u8; n], offset, size, total, "/v1/offers?country=US");
            let next = u64::from(offset) + n as u64;
            if let Some(link) = c.links.next {
                prop_assert!(next < total);
                prop_assert_eq!(link.uri, format!("/v1/offers?country=US&offset={next}&size={size}"));
            }
        }
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::LONG_CASES))]

        #[test]
        fn long_tokens_and_numbers(s in strategies::long()) {
            let c = Collection::seek_page(vec![1], Some(&s), "/v1/x");
            let token = c.continuation_token.expect("a token");
            prop_assert_eq!(seek_key(&token_header(token.as_bytes()).unwrap()).unwrap(), Some(s.clone()));
            if let Some(h) = token_header(s.as_bytes()) {
                let _ = seek_key(&h);
            }
            prop_assert!(u32_query(&query("size", &s), "size").is_err());
        }
    }
}
