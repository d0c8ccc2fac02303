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
    if let Some(tag) = h.if_match {
        out.push(("If-Match", quote_etag(tag)));
    }
    out
}

/// Partner Center sends ETags bare in bodies but expects them quoted in `If-Match`. `*` (any
/// current version, for a first write) stays bare.
pub fn quote_etag(tag: &str) -> String {
    let t = tag.trim();
    if t == "*" || (t.starts_with('"') && t.ends_with('"') && t.len() >= 2) || t.starts_with("W/\"") {
        t.to_string()
    } else {
        format!("\"{t}\"")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get<'a>(h: &'a [(&'static str, String)], k: &str) -> Option<&'a str> {
        h.iter().find(|(n, _)| *n == k).map(|(_, v)| v.as_str())
    }

    #[test]
    fn every_call_carries_ids_locale_and_the_csrf_header() {
        let h = build(&HeaderInputs { locale: "zh-CN", request_id: "r1", correlation_id: "c1", if_match: None, json_body: false });
        assert_eq!(get(&h, "MS-PartnerCenter-Client"), Some("partner-center-web"));
        assert_eq!(get(&h, "MS-RequestId"), Some("r1"));
        assert_eq!(get(&h, "MS-CorrelationId"), Some("c1"));
        assert_eq!(get(&h, "X-Locale"), Some("zh-CN"));
        assert_eq!(get(&h, "Accept"), Some("application/json"));
        assert_eq!(get(&h, "Content-Type"), None);
        assert_eq!(get(&h, "If-Match"), None);
    }

    #[test]
    fn a_wildcard_if_match_stays_bare() {
        assert_eq!(quote_etag("*"), "*");
    }

    #[test]
    fn writes_add_content_type_and_a_quoted_if_match() {
        let h = build(&HeaderInputs { locale: "en-US", request_id: "r", correlation_id: "c", if_match: Some("eyJpZCI6"), json_body: true });
        assert_eq!(get(&h, "Content-Type"), Some("application/json"));
        assert_eq!(get(&h, "If-Match"), Some("\"eyJpZCI6\""));
        assert_eq!(quote_etag("\"a\""), "\"a\"");
        assert_eq!(quote_etag("W/\"a\""), "W/\"a\"");
        assert_eq!(quote_etag("\""), "\"\"\"");
    }
}
