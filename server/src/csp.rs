//! The Content-Security-Policy in force. The policy itself (the hashes of index.html's inline
//! scripts, the API's origin) is the bundle's (`partner_center_bundle::csp`), so the reference
//! server and the nginx deployment send the same one.

use std::sync::RwLock;

use axum::http::HeaderValue;
pub use partner_center_bundle::csp::{inline_scripts, policy, script_source};
use sha2::{Digest, Sha256};

/// The policy in force. Computed at start-up and recomputed whenever index.html is served with
/// different content, so rebuilding the app under a running server keeps its loader allowed.
pub struct Csp {
    api_origin: Option<String>,
    current: RwLock<(Option<[u8; 32]>, HeaderValue)>,
}

impl Csp {
    pub fn new(index_html: Option<&str>, api_origin: Option<String>) -> Csp {
        let csp = Csp { api_origin, current: RwLock::new((None, HeaderValue::from_static("default-src 'none'"))) };
        csp.refresh(index_html);
        csp
    }

    pub fn header(&self) -> HeaderValue {
        self.current.read().unwrap_or_else(|p| p.into_inner()).1.clone()
    }

    /// The policy for this index.html content (updating the one in force if it changed).
    pub fn refresh(&self, index_html: Option<&str>) -> HeaderValue {
        let digest: Option<[u8; 32]> = index_html.map(|h| Sha256::digest(h.as_bytes()).into());
        {
            let current = self.current.read().unwrap_or_else(|p| p.into_inner());
            if current.0 == digest && digest.is_some() {
                return current.1.clone();
            }
        }
        let value = HeaderValue::from_str(&policy(index_html, self.api_origin.as_deref()))
            .unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'"));
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = (digest, value.clone());
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::strategies;
    use proptest::prelude::*;

    fn no_script_tag(s: &str) -> bool {
        !s.to_ascii_lowercase().contains("<script")
    }

    /// Start tags of inline scripts, upper- and lower-case, with `>` in a quoted attribute.
    fn script_open() -> impl Strategy<Value = &'static str> {
        proptest::sample::select(
            &["<script>", "<SCRIPT type=\"module\">", "<script data-x='a>b' defer>", "<Script\n>"][..],
        )
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::CASES))]

        #[test]
        fn any_html_is_scanned(html in strategies::text(), tail in strategies::text()) {
            for h in [html.clone(), format!("<script{html}"), format!("<script>{html}</script{tail}"), format!("{html}<script src='{tail}'>")] {
                let found = inline_scripts(&h);
                prop_assert!(found.len() <= h.to_ascii_lowercase().matches("<script").count());
                let csp = Csp::new(Some(&h), Some("https://api.example.cn".into()));
                prop_assert!(csp.header().to_str().is_ok());
            }
        }

        #[test]
        fn an_inline_script_is_found_exactly(before in strategies::text(), open in script_open(), body in strategies::text()) {
            prop_assume!(no_script_tag(&before) && !body.to_ascii_lowercase().contains("</script"));
            let html = format!("<p>{before}</p>{open}{body}</script><script src=\"/{body}.js\"></script>");
            prop_assert_eq!(inline_scripts(&html), vec![body.as_str()]);
            prop_assert!(policy(Some(&html), None).contains(&script_source(&body)));
        }
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::LONG_CASES))]

        #[test]
        fn long_html(s in strategies::long()) {
            let _ = inline_scripts(&s);
            let script = s.replace('<', "");
            let html = format!("<script>{script}</script>");
            prop_assert_eq!(inline_scripts(&html), vec![script.as_str()]);
        }
    }
}
