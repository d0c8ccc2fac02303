//! The Content-Security-Policy. Scripts may only come from this origin, plus the inline scripts
//! of index.html (Trunk's module loader) by their sha256, which is how browsers match them.

use std::sync::RwLock;

use axum::http::HeaderValue;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};

/// The text of every inline `<script>` (one without a `src` attribute), exactly as between the tags.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    // ASCII lower-casing keeps byte offsets, so positions found in `lower` index `html`.
    let lower = html.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let mut found = Vec::new();
    let mut pos = 0;
    while let Some(i) = lower[pos..].find("<script") {
        let name_end = pos + i + "<script".len();
        match bytes.get(name_end) {
            Some(b) if b.is_ascii_whitespace() || *b == b'>' || *b == b'/' => {}
            _ => {
                pos = name_end;
                continue;
            }
        }
        let Some(tag_end) = start_tag_end(bytes, name_end) else { break };
        let has_src = attribute_names(&lower[name_end..tag_end]).any(|n| n == "src");
        let content_start = tag_end + 1;
        let Some(len) = lower[content_start..].find("</script") else { break };
        if !has_src {
            found.push(&html[content_start..content_start + len]);
        }
        pos = content_start + len + "</script".len();
    }
    found
}

/// Index of the `>` closing a start tag, skipping `>` inside quoted attribute values.
fn start_tag_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut quote = None;
    for (i, &b) in bytes.iter().enumerate().skip(from) {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return Some(i),
            None => {}
        }
    }
    None
}

fn attribute_names(tag: &str) -> impl Iterator<Item = &str> {
    let bytes = tag.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        if i >= bytes.len() {
            return None;
        }
        let start = i;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'=' && bytes[i] != b'/' {
            i += 1;
        }
        let name = &tag[start..i];
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < bytes.len() && bytes[i] == b'=' {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            match bytes.get(i) {
                Some(&q) if q == b'"' || q == b'\'' => {
                    i += 1;
                    while i < bytes.len() && bytes[i] != q {
                        i += 1;
                    }
                    i += 1;
                }
                _ => {
                    while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
                        i += 1;
                    }
                }
            }
        }
        Some(name)
    })
}

/// `'sha256-<base64>'` source expression for a script text.
pub fn script_source(text: &str) -> String {
    format!("'sha256-{}'", STANDARD.encode(Sha256::digest(text.as_bytes())))
}

pub fn policy(index_html: Option<&str>, api_origin: Option<&str>) -> String {
    let mut script_src = String::from("'self' 'wasm-unsafe-eval'");
    let mut seen = Vec::new();
    for text in index_html.map(inline_scripts).unwrap_or_default() {
        let source = script_source(text);
        if !seen.contains(&source) {
            script_src.push(' ');
            script_src.push_str(&source);
            seen.push(source);
        }
    }
    let connect_src = match api_origin {
        Some(origin) => format!("'self' {origin}"),
        None => "'self'".to_string(),
    };
    format!(
        "default-src 'none'; script-src {script_src}; style-src 'self'; connect-src {connect_src}; img-src 'self' data:; \
         font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'"
    )
}

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

    #[test]
    fn finds_inline_scripts_only() {
        let html = r#"<!DOCTYPE html><html><head>
<link rel="modulepreload" href="/app-1a2b.js">
<script type="module" data-x='a>b'>import init from '/app-1a2b.js';
init('/app-1a2b_bg.wasm');</script>
<SCRIPT src="/x.js"></SCRIPT><script src=/y.js defer></script>
<scripts>not a script</scripts>
<script>  second  </script></head></html>"#;
        assert_eq!(
            inline_scripts(html),
            ["import init from '/app-1a2b.js';\ninit('/app-1a2b_bg.wasm');", "  second  "]
        );
        assert!(inline_scripts("<script>unterminated").is_empty());
        assert!(inline_scripts("<script type=module").is_empty());
    }

    #[test]
    fn hashes_like_a_browser() {
        // Known value: printf 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(script_source("alert(1)"), "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    }

    #[test]
    fn the_policy_lists_hashes_and_the_api_origin() {
        let p = policy(Some("<script>a</script><script>a</script>"), Some("https://api.example.cn"));
        assert_eq!(p.matches("'sha256-").count(), 1);
        assert!(p.contains("connect-src 'self' https://api.example.cn;"));
        assert!(p.starts_with("default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-"));
        assert!(policy(None, None).contains("script-src 'self' 'wasm-unsafe-eval';"));
    }

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
