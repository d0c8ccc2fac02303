use leptos::prelude::*;

use super::controller::ListCtl;
use crate::i18n::use_i18n;

/// The buttons' ids: the benchmark and the tests find them by them (`concat!`: see `SEARCH_ID`).
pub const NEXT_ID: &str = concat!("customers", "-next");
pub const PREV_ID: &str = concat!("customers", "-prev");

/// Previous and Next through the pages of the list (seek paging: Next follows the server's link
/// of the page shown). Shown when there is more than one page. A button that cannot be used is
/// `aria-disabled` rather than disabled, so the focus stays on it after the last page.
#[component]
pub fn Pager(ctl: ListCtl) -> impl IntoView {
    let i18n = use_i18n();
    let has_next = move || ctl.next.with(Option::is_some);
    let has_prev = move || ctl.has_previous();
    let shown = move || ctl.rows.with(|r| r.as_ref().is_some_and(|r| !r.is_empty())) && (has_next() || has_prev());
    let page = move || ctl.page_number().map(|n| i18n.t_with("customers-list-page", "page", n as u64));
    let disabled = |on: bool| if on { None } else { Some("true") };
    view! {
        <nav class="actions pager" aria-label=i18n.msg("customers-list-paging") hidden=move || !shown()>
            <button
                type="button"
                id=PREV_ID
                class="button button-secondary"
                aria-disabled=move || disabled(has_prev())
                on:click=move |_| ctl.go_previous()
            >
                {i18n.msg("customers-list-previous")}
            </button>
            <span class="muted">{page}</span>
            <button
                type="button"
                id=NEXT_ID
                class="button button-secondary"
                aria-disabled=move || disabled(has_next())
                on:click=move |_| ctl.go_next()
            >
                {i18n.msg("customers-list-next")}
            </button>
        </nav>
    }
}
