//! The five UI languages and how a visitor's language is chosen (pure).

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
