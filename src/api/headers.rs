//! The headers every call carries (pure, so the exact set is tested natively).

/// The fixed custom header the server requires on every API call. A cross-site page cannot
/// send it without a CORS preflight the server refuses: this is the CSRF defence.
pub const CLIENT_HEADER: (&str, &str) = ("MS-PartnerCenter-Client", "partner-center-web");

pub struct HeaderInputs<'a> {
    pub locale: &'a str,
    /// One per logical operation, the same on every retry of it: the server replays the
    /// first answer instead of doing the work twice.
    pub request_id: &'a str,
    /// New for every HTTP call, retries included, so each attempt can be traced.
    pub correlation_id: &'a str,
    pub if_match: Option<&'a str>,
    pub json_body: bool,
}

pub fn build(h: &HeaderInputs) -> Vec<(&'static str, String)> {
    let mut out = vec![
        ("Accept", "application/json".to_string()),
        (CLIENT_HEADER.0, CLIENT_HEADER.1.to_string()),
        ("MS-Contract-Version", "v1".to_string()),
        ("MS-RequestId", h.request_id.to_string()),
        ("MS-CorrelationId", h.correlation_id.to_string()),
        ("X-Locale", h.locale.to_string()),
    ];
    if h.json_body {
        out.push(("Content-Type", "application/json".to_string()));
    }
    if let Some(tag) = h.if_match.and_then(quote_etag) {
        out.push(("If-Match", tag));
    }
    // The browser's `Headers` throws on a value it cannot send, and gloo-net turns that into an
    // exception through the wasm (a dead page): a value that could not go is left out instead.
    out.retain(|(_, v)| is_header_value(v));
    out
}

/// Whether `v` can be sent as a header value as it is: visible ASCII with inner spaces or tabs.
/// Stricter than the browser (which takes Latin-1 but throws on NUL, CR, LF and anything beyond
/// U+00FF), so nothing that passes here can make `Headers.set` throw.
pub fn is_header_value(v: &str) -> bool {
    let visible = |b: u8| (0x21..=0x7E).contains(&b);
    v.bytes().all(|b| visible(b) || b == b' ' || b == b'\t')
        && v.bytes().next().is_none_or(visible)
        && v.bytes().next_back().is_none_or(visible)
}

/// Whether `k` is a header name (an RFC 9110 token) the page may set: a link's header name
/// comes from the server, and `Headers.set` throws on anything else. The request's own
/// headers and those the browser forbids (`Cookie`, `Host`, `Origin`…) are refused too.
pub fn is_header_name(k: &str) -> bool {
    let token = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
    let lower = k.to_ascii_lowercase();
    let reserved = ["cookie", "host", "origin", "referer", "connection", "content-length", "content-type", "if-match"];
    !k.is_empty()
        && k.bytes().all(token)
        && !reserved.contains(&lower.as_str())
        && !lower.starts_with("ms-requestid")
        && !lower.starts_with("ms-correlationid")
        && !lower.starts_with("sec-")
        && !lower.starts_with("proxy-")
}

/// Partner Center sends ETags bare in bodies but expects them quoted in `If-Match`. `*` (any
/// current version, for a first write) stays bare. None when the tag (it comes from the server)
/// could not be sent as a header: the write then goes without `If-Match`, which the server
/// refuses with 428 rather than the app dying on it.
pub fn quote_etag(tag: &str) -> Option<String> {
    let t = tag.trim();
    let quoted = if t == "*" || (t.starts_with('"') && t.ends_with('"') && t.len() >= 2) || t.starts_with("W/\"") {
        t.to_string()
    } else {
        format!("\"{t}\"")
    };
    is_header_value(&quoted).then_some(quoted)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get<'a>(h: &'a [(&'static str, String)], k: &str) -> Option<&'a str> {
        h.iter().find(|(n, _)| *n == k).map(|(_, v)| v.as_str())
    }

    #[test]
    fn every_call_carries_ids_locale_and_the_csrf_header() {
        let h = build(&HeaderInputs {
            locale: "zh-CN",
            request_id: "r1",
            correlation_id: "c1",
            if_match: None,
            json_body: false,
        });
        assert_eq!(get(&h, "MS-PartnerCenter-Client"), Some("partner-center-web"));
        assert_eq!(get(&h, "MS-RequestId"), Some("r1"));
        assert_eq!(get(&h, "MS-CorrelationId"), Some("c1"));
        assert_eq!(get(&h, "X-Locale"), Some("zh-CN"));
        assert_eq!(get(&h, "Accept"), Some("application/json"));
        assert_eq!(get(&h, "Content-Type"), None);
        assert_eq!(get(&h, "If-Match"), None);
    }

    #[test]
    fn a_links_header_name_is_a_token_the_page_may_set() {
        assert!(is_header_name("MS-ContinuationToken"));
        for bad in ["", "a b", "x:y", "é", "Cookie", "host", "MS-RequestId", "Sec-Fetch-Mode", "If-Match"] {
            assert!(!is_header_name(bad), "{bad:?}");
        }
    }

    #[test]
    fn a_wildcard_if_match_stays_bare() {
        assert_eq!(quote_etag("*").as_deref(), Some("*"));
    }

    #[test]
    fn an_etag_that_cannot_be_sent_is_left_out() {
        for bad in ["a\nb", "a\rb", "\0", "版本", "é"] {
            assert_eq!(quote_etag(bad), None, "{bad:?}");
            let h = build(&HeaderInputs {
                locale: "en-US",
                request_id: "r",
                correlation_id: "c",
                if_match: Some(bad),
                json_body: true,
            });
            assert_eq!(get(&h, "If-Match"), None, "{bad:?}");
        }
        assert_eq!(quote_etag(" eyJ ").as_deref(), Some("\"eyJ\""));
    }

    #[test]
    fn writes_add_content_type_and_a_quoted_if_match() {
        let h = build(&HeaderInputs {
            locale: "en-US",
            request_id: "r",
            correlation_id: "c",
            if_match: Some("eyJpZCI6"),
            json_body: true,
        });
        assert_eq!(get(&h, "Content-Type"), Some("application/json"));
        assert_eq!(get(&h, "If-Match"), Some("\"eyJpZCI6\""));
        assert_eq!(quote_etag("\"a\"").as_deref(), Some("\"a\""));
        assert_eq!(quote_etag("W/\"a\"").as_deref(), Some("W/\"a\""));
        assert_eq!(quote_etag("\"").as_deref(), Some("\"\"\""));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    /// ETag characters (RFC 9110 `etagc`, ASCII part): what a well-behaved server sends.
    fn etag() -> impl Strategy<Value = String> {
        "[!#-~]{0,40}"
    }

    proptest! {
        #![proptest_config(config(256))]

        /// Whatever the server put in an ETag and whatever the ids hold, every header built can
        /// be sent: the browser never gets a value it would throw on.
        #[test]
        fn every_header_built_can_be_sent(tag in any_text(), id in any_text(), locale in any_text(), json_body in any::<bool>()) {
            let h = build(&HeaderInputs { locale: &locale, request_id: &id, correlation_id: &id, if_match: Some(&tag), json_body });
            for (name, value) in &h {
                prop_assert!(is_header_value(value), "{name}: {value:?}");
            }
            prop_assert_eq!(get(&h, "MS-PartnerCenter-Client"), Some("partner-center-web"));
            prop_assert_eq!(get(&h, "If-Match").map(str::to_string), quote_etag(&tag));
        }

        /// A well-formed bare ETag is quoted exactly once; quoting is idempotent; `*` stays bare.
        #[test]
        fn etags_are_quoted_once(tag in etag(), hostile in any_text()) {
            let bare = tag.replace('"', "");
            let want = if bare == "*" { bare.clone() } else { format!("\"{bare}\"") };
            let quoted = quote_etag(&bare);
            prop_assert_eq!(quoted.as_deref(), Some(want.as_str()));
            prop_assert_eq!(quote_etag(&want), Some(want.clone()));
            if let Some(q) = quote_etag(&hostile) {
                prop_assert!(is_header_value(&q));
                prop_assert_eq!(quote_etag(&q), Some(q.clone()));
            }
        }

        /// The header-value check is the browser's rule, narrowed to ASCII: checked per byte
        /// against a character-level model.
        #[test]
        fn header_values_follow_the_model(v in any_text()) {
            let chars: Vec<char> = v.chars().collect();
            let visible = |c: &char| ('!'..='~').contains(c);
            let model = chars.iter().all(|c| visible(c) || *c == ' ' || *c == '\t')
                && chars.first().is_none_or(visible)
                && chars.last().is_none_or(visible);
            prop_assert_eq!(is_header_value(&v), model);
        }
    }

    fn get<'a>(h: &'a [(&'static str, String)], k: &str) -> Option<&'a str> {
        h.iter().find(|(n, _)| *n == k).map(|(_, v)| v.as_str())
    }
}
