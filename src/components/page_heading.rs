use std::cell::Cell;

use leptos::html::H1;
use leptos::prelude::*;

use crate::i18n::use_i18n;

thread_local! {
    /// Focus is not moved for the first page a visitor lands on (their screen reader starts at
    /// the top anyway), only after client-side navigation, which browsers do not announce.
    static FIRST_PAGE_SHOWN: Cell<bool> = const { Cell::new(false) };
}

/// The page's `<h1>`. Keeps the document title in step with it (in the current language) and,
/// after a client-side navigation, moves focus to it so screen readers announce the new page.
#[component]
pub fn PageHeading(
    #[prop(into)] text: Signal<String>,
    /// The whole document title, for pages whose heading already names the product.
    #[prop(optional, into)]
    document_title: Option<Signal<String>>,
    /// A line above the heading, inside it so it is read with it when focus lands here
    /// ("Step 2 of 5", in a wizard).
    #[prop(optional, into)]
    caption: Option<Signal<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading = NodeRef::<H1>::new();

    Effect::new(move |_| {
        let title = match document_title {
            Some(t) => t.get(),
            None => i18n.t_args("document-title", &[("page", text.get()), ("app", i18n.app_name())]),
        };
        document().set_title(&title);
    });
    Effect::new(move |_| {
        if let Some(h) = heading.get()
            && FIRST_PAGE_SHOWN.with(|f| f.replace(true))
        {
            let _ = h.focus();
        }
    });

    view! {
        <h1 tabindex="-1" node_ref=heading>
            {caption.map(|c| view! { <span class="heading-caption">{c}</span> })}
            {text}
        </h1>
    }
}
