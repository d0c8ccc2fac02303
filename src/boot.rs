//! Start-up: config.json, the visitor's language and the session are loaded before mount, so
//! the first paint is the right page in the right language (and never a blank one).

use leptos::prelude::*;

use crate::api::{self, Client};
use crate::app::App;
use crate::config::Config;
use crate::crash::CrashMessages;
use crate::i18n::{self, Catalog, Locale, boot_source};
use crate::pages::boot_error::BootError;

pub fn start() {
    // Before anything else: a panic from here on shows the crash page, in the visitor's saved or
    // browser language until the cloud's default is known.
    crate::crash::install(i18n::initial_locale(Locale::EnUs));
    // Not leptos::task::spawn_local: Leptos' executor only exists once something is mounted.
    wasm_bindgen_futures::spawn_local(async {
        match load().await {
            Ok((config, catalog, session)) => {
                crate::crash::set_messages(CrashMessages::from_catalog(&catalog));
                mount(move || view! { <App config catalog session/> })
            }
            Err((locale, reason_id)) => {
                // The boot messages are compiled in and tested, so this cannot fail in practice;
                // if it did, the spinner in index.html would stay rather than a panic.
                if let Ok(catalog) = Catalog::parse(locale, &[boot_source(locale)]) {
                    crate::crash::set_messages(CrashMessages::from_catalog(&catalog));
                    mount(move || view! { <BootError catalog reason_id/> });
                }
            }
        }
    });
}

type Loaded = (Config, Catalog, Option<crate::model::Session>);

async fn load() -> Result<Loaded, (Locale, &'static str)> {
    // Without config the cloud's default language is unknown; English is the neutral fallback
    // for the error page only.
    let config = match crate::static_files::fetch_text("/config.json").await.ok().map(|t| Config::parse(&t)) {
        Some(Ok(c)) => c,
        _ => return Err((i18n::initial_locale(Locale::EnUs), "boot-error-config")),
    };
    let locale = i18n::initial_locale(config.default_locale);
    let client = Client::new(&config.api_base, move || locale);
    // The catalog and the session do not depend on each other: fetch both at once.
    let (catalog, session) = futures::join!(i18n::load_catalog(locale), api::sessions::current(&client));
    let catalog = catalog.map_err(|_| (locale, "boot-error-catalog"))?;
    // A backend that is down must not stop the public pages: treat it as signed out; Sign in
    // will show what is wrong when the partner tries.
    Ok((config, catalog, session.ok().flatten()))
}

fn mount<F, N>(f: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    if let Some(spinner) = document().get_element_by_id("boot") {
        spinner.remove();
    }
    leptos::mount::mount_to_body(f);
}
