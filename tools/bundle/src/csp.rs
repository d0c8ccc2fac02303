//! The Content-Security-Policy of the app. Scripts may only come from the app's origin, plus the
//! inline scripts of index.html (Trunk's module loader) by their sha256, which is how browsers
//! match them; `connect-src` adds the API's origin when `config.json` puts it elsewhere.
//! One policy for every host: the reference server computes it at run time, the release build
//! writes it for nginx (`csp.conf`, deploy/nginx/) and Caddy (`csp.caddy`, deploy/caddy/), all from here.

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

/// The origin (`scheme://host[:port]`) of an absolute http(s) `apiBase`; `None` for a path on
/// the app's own origin (covered by `'self'`) or anything that is not an http(s) URL.
pub fn api_origin(api_base: &str) -> Option<String> {
    let (scheme, rest) = api_base.trim().split_once("://")?;
    if scheme != "https" && scheme != "http" {
        return None;
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let valid = !host.is_empty() && host.chars().all(|c| c.is_ascii_alphanumeric() || "-.:[]".contains(c));
    valid.then(|| format!("{scheme}://{}", host.to_ascii_lowercase()))
}

/// The `apiBase` of a `config.json` text, when it has one.
pub fn config_api_base(config_json: &str) -> Option<String> {
    let config: serde_json::Value = serde_json::from_str(config_json).ok()?;
    config.get("apiBase")?.as_str().map(str::to_string)
}

/// What nginx includes (deploy/nginx/): the policy in a variable that every location's header
/// set sends. The build writes it next to the index.html it was computed from, with the same
/// policy for Caddy in [`caddy_conf`].
pub fn nginx_conf(policy: &str) -> String {
    format!(
        "# Written by the release build (partner-center-bundle csp) from index.html and config.json\n\
         # in this folder: rebuild, or rerun it after editing config.json, then reload nginx.\n\
         set $pc_csp \"{policy}\";\n"
    )
}

/// What Caddy imports (deploy/caddy/): the header directive with the policy.
pub fn caddy_conf(policy: &str) -> String {
    format!(
        "# Written by the release build (partner-center-bundle csp) from index.html and config.json\n\
         # in this folder: rebuild, or rerun it after editing config.json, then reload Caddy.\n\
         header Content-Security-Policy \"{policy}\"\n"
    )
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

    #[test]
    fn connect_src_follows_the_api_base() {
        assert_eq!(api_origin("https://API.partner.example.cn/api"), Some("https://api.partner.example.cn".into()));
        assert_eq!(api_origin("http://127.0.0.1:8090/api/"), Some("http://127.0.0.1:8090".into()));
        assert_eq!(api_origin("https://pc.example.cn"), Some("https://pc.example.cn".into()));
        for same_origin in ["/api", "ftp://x.example/api", "https:///api", "https://a b/api", "https://a\"b/"] {
            assert_eq!(api_origin(same_origin), None, "{same_origin}");
        }
        let config = r#"{ "apiBase" : "https://api.partner.example.cn/api", "cloud": "china" }"#;
        assert_eq!(config_api_base(config).as_deref(), Some("https://api.partner.example.cn/api"));
        assert_eq!(config_api_base(r#"{"cloud":"china"}"#), None);
        let conf = nginx_conf(&policy(None, api_origin("https://api.partner.example.cn/api").as_deref()));
        assert!(conf.contains("set $pc_csp \"default-src 'none';"), "{conf}");
        assert!(conf.contains("connect-src 'self' https://api.partner.example.cn;"), "{conf}");
        let caddy = caddy_conf(&policy(None, None));
        assert!(caddy.contains("\nheader Content-Security-Policy \"default-src 'none';"), "{caddy}");
    }
}
