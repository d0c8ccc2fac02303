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

const SAVED_KEY: &str = "pc.locale";

/// The UI language and its messages, provided as context. Reading a message subscribes the
/// view to language changes, so switching re-renders text in place, without a reload.
#[derive(Clone, Copy)]
pub struct I18n {
    catalog: RwSignal<Rc<Catalog>, LocalStorage>,
    loaded: StoredValue<HashMap<Locale, Rc<Catalog>>, LocalStorage>,
    switching: RwSignal<Option<Locale>>,
    cloud: Cloud,
}

impl I18n {
    pub fn new(cloud: Cloud, catalog: Catalog) -> I18n {
        let catalog = Rc::new(catalog);
        let loaded = HashMap::from([(catalog.locale(), catalog.clone())]);
        I18n {
            catalog: RwSignal::new_local(catalog),
            loaded: StoredValue::new_local(loaded),
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
            m.insert(catalog.locale(), Rc::new(catalog));
        });
    }

    /// Switches the UI language and remembers the choice. Downloads the catalog first if
    /// needed; on failure the current language stays and the error is returned.
    pub async fn switch(&self, to: Locale) -> Result<(), String> {
        let cached = self.loaded.with_value(|m| m.get(&to).cloned());
        let catalog = match cached {
            Some(c) => c,
            None => {
                self.switching.set(Some(to));
                let fetched = load_catalog(to).await;
                self.switching.set(None);
                let c = Rc::new(fetched?);
                self.loaded.update_value(|m| {
                    m.insert(to, c.clone());
                });
                c
            }
        };
        crate::crash::set_messages(crate::crash::CrashMessages::from_catalog(&catalog));
        self.catalog.set(catalog);
        save_choice(to);
        Ok(())
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// Where the static catalogs are served (Trunk copies `locales/` into the bundle).
pub fn catalog_url(locale: Locale) -> String {
    format!("/locales/{}/messages.ftl", locale.tag())
}

/// Downloads and parses one language: the shipped boot messages plus `messages.ftl` (every area's file, joined at build).
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
