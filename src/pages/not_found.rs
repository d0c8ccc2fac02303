use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::PageHeading;
use crate::i18n::use_i18n;

/// Any path the route table does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page narrow">
            <PageHeading text=i18n.msg("not-found-title")/>
            <p>{i18n.msg("not-found-text")}</p>
            <p><A href="/">{i18n.msg("not-found-home")}</A></p>
        </section>
    }
}
