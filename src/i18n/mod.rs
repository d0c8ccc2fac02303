//! Messages in five languages: Fluent catalogs, language negotiation, instant switching and
//! Intl formatting. Only the chosen language's catalog is downloaded; others load on switch.

// Public so that what needs only a catalog (the crash page) can depend on it without the
// `I18n` context, which itself tells the crash page about a language switch.
pub mod catalog;
pub mod format;

use std::collections::HashMap;
use std::rc::Rc;

use leptos::prelude::*;

pub use catalog::{Catalog, boot_source};
// `Locale` lives in the leaf `crate::locale` (with `Cloud`), so `config` and `i18n` need not
// import each other; re-exported here, where the rest of the app has always found it.
pub use crate::locale::{Locale, negotiate};

use crate::locale::Cloud;
use crate::routes::Area;

const SAVED_KEY: &str = "pc.locale";

/// A downloaded catalog and the areas whose messages it holds.
type Loaded = (Rc<Catalog>, Vec<Area>);

/// The UI language and its messages, provided as context. Reading a message subscribes the
/// view to language changes, so switching re-renders text in place, without a reload.
#[derive(Clone, Copy)]
pub struct I18n {
    catalog: RwSignal<Rc<Catalog>, LocalStorage>,
    /// Every catalog downloaded so far, with the areas whose messages it holds.
    loaded: StoredValue<HashMap<Locale, Loaded>, LocalStorage>,
    /// The areas the partner has entered: their messages are in the current catalog, and a
    /// language switch brings them along.
    areas: StoredValue<Vec<Area>>,
    switching: RwSignal<Option<Locale>>,
    cloud: Cloud,
}

impl I18n {
    pub fn new(cloud: Cloud, catalog: Catalog) -> I18n {
        let catalog = Rc::new(catalog);
        let loaded = HashMap::from([(catalog.locale(), (catalog.clone(), Vec::new()))]);
        I18n {
            catalog: RwSignal::new_local(catalog),
            loaded: StoredValue::new_local(loaded),
            areas: StoredValue::new(Vec::new()),
            switching: RwSignal::new(None),
            cloud,
        }
    }

    pub fn cloud(&self) -> Cloud {
        self.cloud
    }

    pub fn locale(&self) -> Locale {
        self.catalog.with(|c| c.locale())
    }

    pub fn locale_untracked(&self) -> Locale {
        self.catalog.with_untracked(|c| c.locale())
    }

    /// The language being downloaded, if a switch is under way.
    pub fn switching(&self) -> Option<Locale> {
        self.switching.get()
    }

    /// A message as a reactive value for views. Always this one closure type, so the renderer
    /// is instantiated once for all messages rather than once per call site (a large share of
    /// the wasm when every text node had its own closure).
    pub fn msg(self, id: &'static str) -> Signal<String> {
        Signal::derive(move || self.t(id))
    }

    /// `msg` for the cloud's variant of a message.
    pub fn msg_cloud(self, base: &'static str) -> Signal<String> {
        let id = self.cloud.variant(base);
        Signal::derive(move || self.t(&id))
    }

    pub fn t(&self, id: &str) -> String {
        self.catalog.with(|c| c.format(id, None))
    }

    pub fn t_with(&self, id: &str, name: &str, value: impl Into<fluent_bundle::FluentValue<'static>>) -> String {
        self.catalog.with(|c| c.format1(id, name, value))
    }

    pub fn t_args(&self, id: &str, args: &[(&'static str, String)]) -> String {
        let mut fa = fluent_bundle::FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.catalog.with(|c| c.format(id, Some(&fa)))
    }

    /// The cloud's variant of a message (`landing-title` → `landing-title-china`).
    pub fn tc(&self, base: &str) -> String {
        self.t(&self.cloud.variant(base))
    }

    pub fn app_name(&self) -> String {
        self.t(self.cloud.app_name_id())
    }

    /// Adds an already-parsed catalog, so a switch to it needs no download (tests, prefetch).
    pub fn add(&self, catalog: Catalog) {
        self.loaded.update_value(|m| {
            m.insert(catalog.locale(), (Rc::new(catalog), Vec::new()));
        });
    }

    /// Switches the UI language and remembers the choice. Downloads the catalog (and the
    /// messages of the areas entered so far) first if needed; on failure the current language
    /// stays and the error is returned.
    pub async fn switch(&self, to: Locale) -> Result<(), String> {
        let areas = self.areas.get_value();
        let ready =
            self.loaded.with_value(|m| m.get(&to).is_some_and(|(_, has)| areas.iter().all(|a| has.contains(a))));
        if !ready {
            self.switching.set(Some(to));
        }
        let catalog = self.catalog_with(to, &areas).await;
        self.switching.set(None);
        let catalog = catalog?;
        crate::crash::set_messages(crate::crash::CrashMessages::from_catalog(&catalog));
        self.catalog.set(catalog);
        save_choice(to);
        Ok(())
    }

    /// Makes `area`'s messages part of the current language (the first time the partner enters
    /// the area; later at once). Until it succeeds the area's page is not shown, so a partner
    /// never sees a message id.
    pub async fn enter_area(&self, area: Area) -> Result<(), String> {
        if self.areas.with_value(|a| a.contains(&area)) {
            return Ok(());
        }
        let mut areas = self.areas.get_value();
        areas.push(area);
        let locale = self.locale_untracked();
        let catalog = self.catalog_with(locale, &areas).await?;
        self.areas.update_value(|a| {
            if !a.contains(&area) {
                a.push(area);
            }
        });
        // A switch may have finished meanwhile; it brought the areas it knew of along.
        if self.locale_untracked() == locale {
            self.catalog.set(catalog);
        }
        Ok(())
    }

    /// The catalog of `locale` holding the messages of `areas`: from memory, or downloading
    /// what is missing (the language's own messages, then each area's).
    async fn catalog_with(&self, locale: Locale, areas: &[Area]) -> Result<Rc<Catalog>, String> {
        let (mut catalog, mut has) = match self.loaded.with_value(|m| m.get(&locale).cloned()) {
            Some(entry) => entry,
            None => (Rc::new(load_catalog(locale).await?), Vec::new()),
        };
        for &area in areas {
            if !has.contains(&area) {
                let text = crate::static_files::fetch_text(&area_catalog_url(locale, area)).await?;
                catalog = Rc::new(catalog.extended(&text).map_err(|e| e.join("; "))?);
                has.push(area);
            }
        }
        self.loaded.update_value(|m| {
            m.insert(locale, (catalog.clone(), has));
        });
        Ok(catalog)
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// Where the static catalogs are served (Trunk copies `locales/` into the bundle).
pub fn catalog_url(locale: Locale) -> String {
    format!("/locales/{}/messages.ftl", locale.tag())
}

/// Where an area's messages are served: its files joined at build (scripts/catalogs.sh).
pub fn area_catalog_url(locale: Locale, area: Area) -> String {
    format!("/locales/{}/messages-{}.ftl", locale.tag(), area.name())
}

/// Downloads and parses one language: the shipped boot messages plus `messages.ftl` (the
/// files of no area, joined at build); each area's messages come when it is entered.
pub async fn load_catalog(locale: Locale) -> Result<Catalog, String> {
    let main = crate::static_files::fetch_text(&catalog_url(locale)).await?;
    Catalog::parse(locale, &[boot_source(locale), &main]).map_err(|e| e.join("; "))
}

/// The visitor's language before anything is downloaded: saved choice, then browser languages,
/// then the cloud's default (only known once config.json is in, hence the parameter).
pub fn initial_locale(default: Locale) -> Locale {
    let saved = storage().and_then(|s| s.get_item(SAVED_KEY).ok().flatten());
    let langs: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    negotiate(saved.as_deref(), &langs, default)
}

fn save_choice(l: Locale) {
    if let Some(s) = storage() {
        // A full or disabled storage only costs the memory of the choice, never the switch.
        let _ = s.set_item(SAVED_KEY, l.tag());
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod catalog_props;
#[cfg(test)]
mod catalog_tests;
