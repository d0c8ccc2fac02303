//! Where and in which language the app runs: the deployment's cloud and the five UI languages,
//! and how a visitor's language is chosen. A leaf (it uses nothing else of the crate), so that
//! `config` and `i18n`, which both need these, do not need each other. Pure.

use serde::{Deserialize, Serialize};

/// Which Partner Center this deployment is: the cloud decides product name, enrollment program,
/// password-reset rules and the default language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Cloud {
    China,
    Global,
}

impl Cloud {
    pub fn app_name_id(self) -> &'static str {
        match self {
            Cloud::China => "app-name-china",
            Cloud::Global => "app-name-global",
        }
    }

    /// Picks the cloud's variant of a message: `"landing-title"` → `"landing-title-china"`.
    pub fn variant(self, base: &str) -> String {
        match self {
            Cloud::China => format!("{base}-china"),
            Cloud::Global => format!("{base}-global"),
        }
    }

    pub fn default_locale(self) -> Locale {
        match self {
            Cloud::China => Locale::ZhCn,
            Cloud::Global => Locale::EnUs,
        }
    }
}

/// The shared rules' view of the cloud (the work account's domain suffix).
impl From<Cloud> for partner_center_rules::work_account::Cloud {
    fn from(c: Cloud) -> Self {
        match c {
            Cloud::China => partner_center_rules::work_account::Cloud::China,
            Cloud::Global => partner_center_rules::work_account::Cloud::Global,
        }
    }
}

/// A UI language. The tag is also the folder under `locales/` and the `<html lang>` value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    EnUs,
    ZhCn,
    ZhTw,
    KoKr,
    FrFr,
}

impl Locale {
    pub const ALL: [Locale; 5] = [Locale::EnUs, Locale::ZhCn, Locale::ZhTw, Locale::KoKr, Locale::FrFr];

    pub fn tag(self) -> &'static str {
        match self {
            Locale::EnUs => "en-US",
            Locale::ZhCn => "zh-CN",
            Locale::ZhTw => "zh-TW",
            Locale::KoKr => "ko-KR",
            Locale::FrFr => "fr-FR",
        }
    }

    /// The language's name in its own script: a picker must be readable by someone who
    /// does not read the current UI language, so these are deliberately not translated.
    pub fn autonym(self) -> &'static str {
        match self {
            Locale::EnUs => "English (United States)",
            Locale::ZhCn => "中文(简体)",
            Locale::ZhTw => "中文(繁體)",
            Locale::KoKr => "한국어",
            Locale::FrFr => "Français",
        }
    }

    /// Exact tag match, case-insensitive (`zh-cn`, `ZH-CN`).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(tag.trim()))
    }

    /// Best UI language for one BCP 47 tag from the browser, or None when we have nothing close.
    /// Chinese is decided by script first, then region, because `zh-HK` readers want
    /// Traditional characters and `zh-SG` readers Simplified.
    pub fn best_for(tag: &str) -> Option<Locale> {
        let lower = tag.trim().replace('_', "-").to_ascii_lowercase();
        let mut parts = lower.split('-').filter(|p| !p.is_empty());
        let lang = parts.next()?;
        let rest: Vec<&str> = parts.collect();
        match lang {
            "zh" => {
                if rest.contains(&"hant") {
                    Some(Locale::ZhTw)
                } else if rest.contains(&"hans") {
                    Some(Locale::ZhCn)
                } else if rest.iter().any(|r| matches!(*r, "tw" | "hk" | "mo")) {
                    Some(Locale::ZhTw)
                } else {
                    Some(Locale::ZhCn)
                }
            }
            "en" => Some(Locale::EnUs),
            "ko" => Some(Locale::KoKr),
            "fr" => Some(Locale::FrFr),
            _ => None,
        }
    }
}

/// The visitor's language: their saved choice, else the first browser language we support,
/// else the cloud's default.
pub fn negotiate(saved: Option<&str>, navigator_languages: &[String], default: Locale) -> Locale {
    saved
        .and_then(Locale::from_tag)
        .or_else(|| navigator_languages.iter().find_map(|t| Locale::best_for(t)))
        .unwrap_or(default)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn chinese_maps_by_script_then_region() {
        for (tag, want) in [
            ("zh", Locale::ZhCn),
            ("zh-CN", Locale::ZhCn),
            ("zh-SG", Locale::ZhCn),
            ("zh-Hans", Locale::ZhCn),
            ("zh-Hans-HK", Locale::ZhCn),
            ("zh-TW", Locale::ZhTw),
            ("zh-HK", Locale::ZhTw),
            ("zh-MO", Locale::ZhTw),
            ("zh-Hant", Locale::ZhTw),
            ("zh-Hant-CN", Locale::ZhTw),
            ("zh_TW", Locale::ZhTw),
        ] {
            assert_eq!(Locale::best_for(tag), Some(want), "{tag}");
        }
    }

    #[test]
    fn other_languages_match_on_language() {
        assert_eq!(Locale::best_for("fr-CA"), Some(Locale::FrFr));
        assert_eq!(Locale::best_for("en-GB"), Some(Locale::EnUs));
        assert_eq!(Locale::best_for("ko"), Some(Locale::KoKr));
        assert_eq!(Locale::best_for("de-DE"), None);
        assert_eq!(Locale::best_for(""), None);
        assert_eq!(Locale::best_for("-"), None);
    }

    #[test]
    fn saved_choice_wins_then_browser_then_default() {
        assert_eq!(negotiate(Some("ko-KR"), &langs(&["fr-FR"]), Locale::ZhCn), Locale::KoKr);
        assert_eq!(negotiate(Some("xx"), &langs(&["de", "fr-FR"]), Locale::ZhCn), Locale::FrFr);
        assert_eq!(negotiate(None, &langs(&["de", "it"]), Locale::ZhCn), Locale::ZhCn);
        assert_eq!(negotiate(None, &[], Locale::EnUs), Locale::EnUs);
    }

    #[test]
    fn tags_round_trip() {
        for l in Locale::ALL {
            assert_eq!(Locale::from_tag(l.tag()), Some(l));
            assert_eq!(Locale::from_tag(&l.tag().to_lowercase()), Some(l));
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    /// A language tag as browsers send them: a language, an optional script and region.
    fn tag() -> impl Strategy<Value = (String, Option<String>, Option<String>)> {
        let s = |v: &'static str| Just(v.to_string());
        let lang = prop_oneof![s("zh"), s("en"), s("ko"), s("fr"), s("de"), s("ja"), s("zhx"), "[a-z]{2,3}"];
        let script = proptest::option::of(prop_oneof![s("hant"), s("hans"), s("latn"), "[a-z]{4}"]);
        let region = proptest::option::of(prop_oneof![
            s("tw"),
            s("hk"),
            s("mo"),
            s("cn"),
            s("sg"),
            s("us"),
            "[a-z]{2}",
            "[0-9]{3}"
        ]);
        (lang, script, region)
    }

    /// Each character in upper or lower case, as the mask says.
    fn recase(s: &str, mask: u64) -> String {
        s.chars().enumerate().map(|(i, c)| if mask >> (i % 64) & 1 == 1 { c.to_ascii_uppercase() } else { c }).collect()
    }

    /// The reference: Chinese by script (Hant → zh-TW, Hans → zh-CN), then by region (TW, HK,
    /// MO → zh-TW), else zh-CN; other languages by language alone.
    fn model(lang: &str, script: Option<&str>, region: Option<&str>) -> Option<Locale> {
        match lang {
            "zh" => Some(match (script, region) {
                (Some("hant"), _) => Locale::ZhTw,
                (Some("hans"), _) => Locale::ZhCn,
                (_, Some("tw" | "hk" | "mo")) => Locale::ZhTw,
                _ => Locale::ZhCn,
            }),
            "en" => Some(Locale::EnUs),
            "ko" => Some(Locale::KoKr),
            "fr" => Some(Locale::FrFr),
            _ => None,
        }
    }

    proptest! {
        #![proptest_config(config(256))]

        /// Well-formed tags in any case and with either separator get the reference answer.
        #[test]
        fn browser_tags_map_to_the_reference((lang, script, region) in tag(), mask in any::<u64>(), underscore in any::<bool>(), pad in "[ \t]{0,2}") {
            let sep = if underscore { "_" } else { "-" };
            let parts: Vec<&str> = [Some(lang.as_str()), script.as_deref(), region.as_deref()].into_iter().flatten().collect();
            let raw = format!("{pad}{}{pad}", recase(&parts.join(sep), mask));
            prop_assert_eq!(Locale::best_for(&raw), model(&lang, script.as_deref(), region.as_deref()), "{:?}", raw);
        }

        /// Anything at all: no panic, and a match only ever for one of our four languages.
        #[test]
        fn any_tag_is_survivable(t in any_text()) {
            if let Some(l) = Locale::best_for(&t) {
                let lower = t.trim().replace('_', "-").to_ascii_lowercase();
                let first = lower.split('-').find(|p| !p.is_empty()).unwrap_or_default();
                prop_assert!(l.tag().to_ascii_lowercase().starts_with(&format!("{first}-")), "{:?} → {:?}", t, l);
            }
            let exact = Locale::from_tag(&t);
            prop_assert_eq!(exact, Locale::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(t.trim())));
        }

        /// The saved choice wins when it is one of ours, then the first browser language we
        /// have, then the default; whatever storage and the browser hold.
        #[test]
        fn negotiation_follows_its_order(
            saved in proptest::option::of(prop_oneof![any_text(), Just("zh-TW".to_string()), Just("fr-fr".to_string())]),
            langs in proptest::collection::vec(prop_oneof![any_text(), Just("zh-Hant-HK".to_string()), Just("ko".to_string())], 0..6),
            default in proptest::sample::select(Locale::ALL.to_vec()),
        ) {
            let want = saved
                .as_deref()
                .and_then(Locale::from_tag)
                .or_else(|| langs.iter().find_map(|t| Locale::best_for(t)))
                .unwrap_or(default);
            prop_assert_eq!(negotiate(saved.as_deref(), &langs, default), want);
            if let Some(l) = saved.as_deref().and_then(Locale::from_tag) {
                prop_assert_eq!(negotiate(saved.as_deref(), &langs, default), l);
            }
        }
    }
}
