use leptos::prelude::*;

use crate::i18n::Catalog;

/// Why the portal could not start, in the visitor's language, with a way to try again.
/// Shown instead of a blank page when config.json or the message catalog cannot be loaded;
/// it uses only the messages compiled into the app.
#[component]
pub fn BootError(catalog: Catalog, reason_id: &'static str) -> impl IntoView {
    let title = catalog.format("boot-error-title", None);
    document().set_title(&title);
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", catalog.locale().tag());
    }
    view! {
        <main id="main" class="page narrow boot-error">
            <h1>{title}</h1>
            <p>{catalog.format(reason_id, None)}</p>
            <button type="button" class="button" on:click=|_| { let _ = window().location().reload(); }>
                {catalog.format("boot-error-retry", None)}
            </button>
        </main>
    }
}
