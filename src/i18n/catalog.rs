//! A parsed Fluent catalog for one language (pure: no browser).

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use super::Locale;

/// The compiled-in boot messages, present in every locale so that even a failed start speaks
/// the visitor's language.
pub fn boot_source(locale: Locale) -> &'static str {
    match locale {
        Locale::EnUs => include_str!("../../locales/en-US/boot.ftl"),
        Locale::ZhCn => include_str!("../../locales/zh-CN/boot.ftl"),
        Locale::ZhTw => include_str!("../../locales/zh-TW/boot.ftl"),
        Locale::KoKr => include_str!("../../locales/ko-KR/boot.ftl"),
        Locale::FrFr => include_str!("../../locales/fr-FR/boot.ftl"),
    }
}

pub struct Catalog {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
}

impl Catalog {
    /// Builds the catalog from Fluent sources; any syntax error or duplicate id is an error,
    /// because a half-loaded catalog would show message ids to partners.
    pub fn parse(locale: Locale, sources: &[&str]) -> Result<Catalog, Vec<String>> {
        let langid = locale.tag().parse().map_err(|_| vec![format!("bad tag {}", locale.tag())])?;
        let mut bundle = FluentBundle::new(vec![langid]);
        // Unicode isolation marks would leak into attributes, titles and copied text.
        bundle.set_use_isolating(false);
        let mut problems = Vec::new();
        for src in sources {
            let res = match FluentResource::try_new(src.to_string()) {
                Ok(r) => r,
                Err((r, errs)) => {
                    problems.extend(errs.iter().map(|e| format!("{}: {e:?}", locale.tag())));
                    r
                }
            };
            if let Err(errs) = bundle.add_resource(res) {
                problems.extend(errs.iter().map(|e| format!("{}: {e:?}", locale.tag())));
            }
        }
        if problems.is_empty() { Ok(Catalog { locale, bundle }) } else { Err(problems) }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message's text; a missing id shows itself so the gap is visible rather than blank
    /// (the catalog tests keep that from shipping).
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }

    /// Convenience for the common one-argument message.
    pub fn format1(&self, id: &str, name: &str, value: impl Into<FluentValue<'static>>) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_string(), value.into());
        self.format(id, Some(&args))
    }
}
