//! Runtime configuration, fetched from `config.json` before mount, so one build serves both
//! clouds and any API location.

use serde::Deserialize;

// `Cloud` lives in the leaf `crate::locale` (with `Locale`), so `config` and `i18n` need not
// import each other; re-exported here, where the rest of the app has always found it.
pub use crate::locale::Cloud;
use crate::locale::Locale;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// Base of the REST API without a trailing slash: `/api` or `https://api.example.cn/api`.
    pub api_base: String,
    pub cloud: Cloud,
    pub default_locale: Locale,
}

#[derive(Debug, PartialEq, Eq)]
pub enum ConfigError {
    NotJson(String),
    BadApiBase,
    UnknownLocale(String),
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Raw {
    api_base: String,
    cloud: Cloud,
    #[serde(default)]
    default_locale: Option<String>,
}

impl Config {
    /// Parses and checks `config.json`. A relative `apiBase` must be an absolute path; an absolute
    /// one must be http(s). Anything else is refused here rather than failing on the first call.
    pub fn parse(text: &str) -> Result<Config, ConfigError> {
        let raw: Raw = serde_json::from_str(text).map_err(|e| ConfigError::NotJson(e.to_string()))?;
        let base = raw.api_base.trim().trim_end_matches('/').to_string();
        let path_ok = raw.api_base.starts_with('/') && !raw.api_base.starts_with("//");
        let url_ok = base.starts_with("https://") || base.starts_with("http://");
        if !(path_ok || url_ok) || base.chars().any(char::is_whitespace) {
            return Err(ConfigError::BadApiBase);
        }
        let default_locale = match raw.default_locale {
            None => raw.cloud.default_locale(),
            Some(tag) => Locale::from_tag(&tag).ok_or(ConfigError::UnknownLocale(tag))?,
        };
        Ok(Config { api_base: base, cloud: raw.cloud, default_locale })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_shipped_config() {
        let c = Config::parse(include_str!("../public/config.json")).unwrap();
        assert_eq!(c.cloud, Cloud::China);
        assert_eq!(c.api_base, "/api");
        assert_eq!(c.default_locale, Locale::ZhCn);
    }

    #[test]
    fn default_locale_follows_the_cloud() {
        let c = Config::parse(r#"{"apiBase":"/api/","cloud":"global"}"#).unwrap();
        assert_eq!(c.default_locale, Locale::EnUs);
        assert_eq!(c.api_base, "/api");
        let c = Config::parse(r#"{"apiBase":"https://pc.example.cn/api","cloud":"china","defaultLocale":"fr-FR"}"#)
            .unwrap();
        assert_eq!(c.default_locale, Locale::FrFr);
    }

    #[test]
    fn refuses_what_would_fail_later() {
        assert!(matches!(Config::parse(""), Err(ConfigError::NotJson(_))));
        assert!(matches!(Config::parse("{"), Err(ConfigError::NotJson(_))));
        assert!(matches!(Config::parse(r#"{"apiBase":"/api","cloud":"mars"}"#), Err(ConfigError::NotJson(_))));
        assert!(matches!(Config::parse(r#"{"apiBase":"/api"}"#), Err(ConfigError::NotJson(_))));
        assert!(matches!(
            Config::parse(r#"{"apiBase":"/api","cloud":"china","extra":1}"#),
            Err(ConfigError::NotJson(_))
        ));
        assert_eq!(Config::parse(r#"{"apiBase":"api","cloud":"china"}"#), Err(ConfigError::BadApiBase));
        assert_eq!(Config::parse(r#"{"apiBase":"//evil.example","cloud":"china"}"#), Err(ConfigError::BadApiBase));
        assert_eq!(Config::parse(r#"{"apiBase":"javascript:alert(1)","cloud":"china"}"#), Err(ConfigError::BadApiBase));
        assert_eq!(
            Config::parse(r#"{"apiBase":"/api","cloud":"china","defaultLocale":"de-DE"}"#),
            Err(ConfigError::UnknownLocale("de-DE".into()))
        );
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;
    use serde_json::json;

    use super::*;
    use crate::test_support::{any_text, config, short_text};

    /// `apiBase` values: hostile text, and the shapes the check is about.
    fn api_base() -> impl Strategy<Value = String> {
        prop_oneof![
            2 => any_text(),
            1 => short_text().prop_map(|s| format!("/{s}")),
            1 => short_text().prop_map(|s| format!("//{s}")),
            1 => short_text().prop_map(|s| format!("https://{s}")),
            1 => "(https?://[a-z.]{1,12})?/[a-z/]{0,12}",
        ]
    }

    proptest! {
        #![proptest_config(config(256))]

        /// Any text as config.json: parsed or refused, never a panic.
        #[test]
        fn any_text_is_a_config_or_an_error(text in any_text()) {
            let _ = Config::parse(&text);
        }

        /// Well-formed JSON with any values: what is accepted is a usable base (a same-site
        /// absolute path or http(s), no whitespace, no trailing slash) and the right language.
        #[test]
        fn accepted_configs_are_usable(base in api_base(), cloud in proptest::sample::select(vec!["china", "global"]), locale in proptest::option::of(prop_oneof![any_text(), Just("zh-tw".to_string()), Just("fr-FR".to_string())])) {
            let mut raw = json!({"apiBase": base, "cloud": cloud});
            if let Some(l) = &locale {
                raw["defaultLocale"] = json!(l);
            }
            match Config::parse(&raw.to_string()) {
                Ok(c) => {
                    prop_assert!(!c.api_base.ends_with('/'));
                    prop_assert!(!c.api_base.chars().any(char::is_whitespace));
                    prop_assert!((base.starts_with('/') && !base.starts_with("//")) || c.api_base.starts_with("https://") || c.api_base.starts_with("http://"), "{:?}", c.api_base);
                    let want = match &locale {
                        None => c.cloud.default_locale(),
                        Some(l) => Locale::from_tag(l).expect("an accepted defaultLocale is one of ours"),
                    };
                    prop_assert_eq!(c.default_locale, want);
                }
                Err(ConfigError::UnknownLocale(l)) => prop_assert_eq!(Locale::from_tag(&l), None),
                Err(ConfigError::BadApiBase) => {}
                Err(ConfigError::NotJson(e)) => prop_assert!(false, "valid JSON refused: {e}"),
            }
        }
    }
}
