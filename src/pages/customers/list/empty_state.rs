use leptos::prelude::*;
use leptos_router::components::A;

use super::controller::ListCtl;
use crate::i18n::use_i18n;
use crate::routes::Page;

/// What to do when the list is empty (the status line above says why): with no customers yet,
/// add the first one (where the role may); with no match, clear the search.
#[component]
pub fn EmptyState(ctl: ListCtl, typed: RwSignal<String>, may_add: bool) -> impl IntoView {
    let i18n = use_i18n();
    let empty = move || ctl.rows.with(|r| r.as_ref().is_some_and(|r| r.is_empty()));
    let searching = move || ctl.url.with(|s| !s.q.is_empty());
    let clear = move |_| {
        typed.set(String::new());
        ctl.search("");
        // Back in the box, ready for the next search.
        if let Some(el) = document().get_element_by_id(super::search_box::SEARCH_ID) {
            use wasm_bindgen::JsCast;
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    };
    move || {
        if !empty() {
            return ().into_any();
        }
        if searching() {
            view! {
                <div class="card">
                    <p>{i18n.msg("customers-list-no-match-hint")}</p>
                    <button type="button" class="button button-secondary" on:click=clear>
                        {i18n.msg("customers-list-clear")}
                    </button>
                </div>
            }
            .into_any()
        } else if may_add {
            view! {
                <div class="card">
                    <p>{i18n.msg("customers-list-empty-add")}</p>
                    <A href=Page::CustomerAdd.path() attr:class="button">{i18n.msg("customers-add-title")}</A>
                </div>
            }
            .into_any()
        } else {
            ().into_any()
        }
    }
}
