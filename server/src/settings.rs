//! What the server is configured with, independent of where it came from (CLI, env, tests).
//! Shared by every layer: it imports nothing else of the crate.

use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// Which Partner Center this deployment is (the app reads it from `config.json`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Cloud {
    China,
    Global,
}

impl Cloud {
    pub fn as_str(self) -> &'static str {
        match self {
            Cloud::China => "china",
            Cloud::Global => "global",
        }
    }

    pub fn parse(s: &str) -> Option<Cloud> {
        match s {
            "china" => Some(Cloud::China),
            "global" => Some(Cloud::Global),
            _ => None,
        }
    }

    pub fn default_locale(self) -> &'static str {
        match self {
            Cloud::China => "zh-CN",
            Cloud::Global => "en-US",
        }
    }

    /// What follows the label in the cloud's organization domains (the shared work-account rule).
    /// The tenant's country/region when nothing else says: the cloud's home.
    pub fn home_country(self) -> &'static str {
        match self {
            Cloud::China => "CN",
            Cloud::Global => "US",
        }
    }

    pub fn domain_suffix(self) -> &'static str {
        partner_center_rules::work_account::domain_suffix(self.into())
    }
}

/// The shared rules' view of the cloud (the work account's domains).
impl From<Cloud> for partner_center_rules::work_account::Cloud {
    fn from(c: Cloud) -> Self {
        match c {
            Cloud::China => partner_center_rules::work_account::Cloud::China,
            Cloud::Global => partner_center_rules::work_account::Cloud::Global,
        }
    }
}

/// Password of every demo account (documented; `PC_DEMO_PASSWORD` overrides it on first start).
pub const DEMO_PASSWORD: &str = "Partner-Demo-2026";

/// Largest API request body: the contract's biggest form is a few KiB.
pub const BODY_LIMIT: usize = 64 * 1024;

/// The app's locales; `--default-locale` must name one of them.
pub const LOCALES: &[&str] = &["en-US", "zh-CN", "zh-TW", "ko-KR", "fr-FR"];

/// Where the API lives: a path on this origin (`/api`) or an absolute URL whose path this server
/// mounts (`https://pc.example.cn/api`, for a deployment behind a proxy on another host).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiBase {
    /// As published in `config.json`, without a trailing slash.
    pub public: String,
    /// The path this server mounts the API on: starts with `/`, no trailing slash, never `/`.
    pub path: String,
    /// `scheme://host[:port]` when the base is absolute; it goes into CSP `connect-src`.
    pub origin: Option<String>,
}

impl ApiBase {
    pub fn parse(raw: &str) -> Result<ApiBase, String> {
        let public = raw.trim().trim_end_matches('/').to_string();
        let (origin, path) = match public.split_once("://") {
            Some((scheme, rest)) if scheme == "http" || scheme == "https" => {
                let (host, path) = match rest.find('/') {
                    Some(i) => (&rest[..i], &rest[i..]),
                    None => (rest, ""),
                };
                if host.is_empty() || !host.chars().all(|c| c.is_ascii_alphanumeric() || "-.:[]".contains(c)) {
                    return Err(format!("the API base {raw:?} has no valid host"));
                }
                (Some(format!("{scheme}://{host}")), path.to_string())
            }
            Some(_) => return Err(format!("the API base {raw:?} must be a path like /api or an http(s) URL")),
            None => (None, public.clone()),
        };
        // The path becomes a route prefix, so keep it to characters the router treats literally.
        let path_ok = path.starts_with('/')
            && path.len() > 1
            && !path.contains("//")
            && path.split('/').all(|seg| seg != "." && seg != "..")
            && path.chars().all(|c| c.is_ascii_alphanumeric() || "/-._~".contains(c));
        if !path_ok {
            return Err(format!(
                "the API base {raw:?} needs a path below the site root made of letters, digits and -._~ (for example /api)"
            ));
        }
        Ok(ApiBase { public, path, origin })
    }
}

/// An origin for the CORS allow-list, as browsers send it in `Origin`: `http(s)://host[:port]`,
/// lower case, with no path, no trailing slash and no wildcard (exact origins only).
pub fn parse_origin(raw: &str) -> Result<String, String> {
    let refuse =
        || Err(format!("the origin {raw:?} must be exactly scheme://host[:port], like https://partner.example.cn"));
    let Some((scheme, host)) = raw.split_once("://") else { return refuse() };
    let host_ok = !host.is_empty()
        && !host.starts_with(':')
        && host.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-.:[]".contains(c));
    let port_ok = match host.rsplit_once(':') {
        Some((_, port)) if !host.ends_with(']') => port.parse::<u16>().is_ok_and(|p| p > 0),
        _ => true,
    };
    if !matches!(scheme, "http" | "https") || !host_ok || !port_ok {
        return refuse();
    }
    Ok(raw.to_string())
}

#[derive(Clone, Debug)]
pub struct Settings {
    /// Trunk's output folder: index.html and the hashed assets.
    pub dist: PathBuf,
    /// Holds `partner-center.sqlite3`; created if missing.
    pub data: PathBuf,
    pub api_base: ApiBase,
    pub cloud: Cloud,
    pub default_locale: String,
    /// Idle time after which a session ends (also capped at [`crate::auth::MAX_SESSION_LIFETIME`]).
    pub session_ttl: Duration,
    /// Password of the demo accounts created on first start.
    pub demo_password: String,
    /// API requests allowed per minute per session (or per client address when signed out);
    /// past that, 429 with Retry-After. 0 turns the limit off (load tests).
    pub rate_limit_per_minute: u32,
    /// Origins (exactly `scheme://host[:port]`) whose pages may call the API with credentials:
    /// the app hosted on another origin than the API (middleware/cors.rs). Empty: same origin only.
    pub cors_origins: Vec<String>,
    /// `--demo`: the realistic dataset (profiles, users in every role, offers, thousands of
    /// customers with subscriptions, an indirect provider, a pending enrollment), created once.
    pub demo: Option<DemoData>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DemoData {
    /// Customers per demo partner.
    pub customers: usize,
    /// Approve submitted enrollments after this long, so a demo can go end to end without an
    /// operator (the `review` command is the real way).
    pub approve_after: Option<Duration>,
}

impl Settings {
    /// Defaults for the given folders: `/api`, China, zh-CN, 8 hours, the documented demo password.
    pub fn new(dist: impl Into<PathBuf>, data: impl Into<PathBuf>) -> Settings {
        Settings {
            dist: dist.into(),
            data: data.into(),
            api_base: ApiBase::parse("/api").expect("the default API base is valid"),
            cloud: Cloud::China,
            default_locale: Cloud::China.default_locale().to_string(),
            session_ttl: Duration::from_secs(480 * 60),
            demo_password: DEMO_PASSWORD.to_string(),
            rate_limit_per_minute: 600,
            cors_origins: Vec::new(),
            demo: None,
        }
    }

    /// `session_ttl` in whole seconds, at least 1 (saturating: a Duration can exceed i64 seconds).
    pub fn session_ttl_secs(&self) -> i64 {
        i64::try_from(self.session_ttl.as_secs()).unwrap_or(i64::MAX).max(1)
    }

    pub fn database_path(&self) -> PathBuf {
        self.data.join("partner-center.sqlite3")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_base_accepts_paths_and_absolute_urls() {
        let b = ApiBase::parse("/api/").unwrap();
        assert_eq!((b.public.as_str(), b.path.as_str(), b.origin), ("/api", "/api", None));
        let b = ApiBase::parse("https://pc.example.cn:8443/partner/api").unwrap();
        assert_eq!(b.path, "/partner/api");
        assert_eq!(b.origin.as_deref(), Some("https://pc.example.cn:8443"));
    }

    #[test]
    fn cors_origins_are_exact() {
        for ok in ["https://partner.example.cn", "http://127.0.0.1:8088", "https://[::1]:8443", "https://a-b.example"] {
            assert_eq!(parse_origin(ok).as_deref(), Ok(ok));
        }
        for bad in [
            "*",
            "https://*.example.cn",
            "https://partner.example.cn/",
            "https://partner.example.cn/app",
            "https://Partner.example.cn",
            "partner.example.cn",
            "ftp://partner.example.cn",
            "https://",
            "https://:443",
            "https://a.example:0",
            "https://a.example:99999",
            "null",
        ] {
            assert!(parse_origin(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn api_base_refuses_what_cannot_be_mounted() {
        for bad in [
            "",
            "/",
            "api",
            "//evil.example",
            "/a/../b",
            "/a b",
            "/{id}",
            "javascript:x",
            "https://h.cn",
            "ftp://h/api",
        ] {
            assert!(ApiBase::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    use crate::strategies;
    use proptest::prelude::*;

    fn mountable(b: &ApiBase) -> bool {
        b.path.starts_with('/')
            && b.path.len() > 1
            && !b.path.ends_with('/')
            && !b.path.contains("//")
            && b.path.split('/').all(|seg| seg != "." && seg != "..")
            && b.path.chars().all(|c| c.is_ascii_alphanumeric() || "/-._~".contains(c))
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::CASES))]

        #[test]
        fn any_api_base_is_mountable_or_refused(raw in prop_oneof![
            strategies::text(),
            strategies::text().prop_map(|s| format!("/{s}")),
            strategies::text().prop_map(|s| format!("https://{s}")),
        ]) {
            if let Ok(b) = ApiBase::parse(&raw) {
                prop_assert!(mountable(&b), "{:?}", b);
                prop_assert_eq!(b.public.as_str(), raw.trim().trim_end_matches('/'));
            }
        }

        #[test]
        fn plain_paths_are_accepted(segments in proptest::collection::vec("[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,8}", 1..4), https in any::<bool>()) {
            let path = format!("/{}", segments.join("/"));
            let raw = if https { format!("https://pc.example.cn:8443{path}/") } else { format!("{path}/") };
            let b = ApiBase::parse(&raw).unwrap();
            prop_assert_eq!(b.path, path);
            prop_assert_eq!(b.origin.is_some(), https);
        }
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::LONG_CASES))]

        #[test]
        fn long_api_bases(s in strategies::long()) {
            let _ = ApiBase::parse(&s);
            let _ = ApiBase::parse(&format!("http://{s}"));
        }
    }
}
