use leptos::prelude::*;
use leptos_router::components::A;

use super::PageHeading;
use crate::i18n::use_i18n;
use crate::routes::Page;

/// Any path the route table does not know. (A page of the list that is not open here is
/// "not available" instead: `NotAvailable`.)
#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page narrow">
            <PageHeading text=i18n.msg("not-found-title")/>
            <p>{i18n.msg("not-found-text")}</p>
            <p><A href=Page::Landing.path()>{i18n.msg("not-found-home")}</A></p>
        </section>
    }
}
