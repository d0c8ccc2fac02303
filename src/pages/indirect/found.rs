use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::form::load::LoadState;
use crate::i18n::use_i18n;
use crate::session::{current_address, sign_in_again};

/// [`crate::components::Loaded`] for a page about one partner named in its address: a 404 means
/// the address names no partner of ours (a stale bookmark, a hand-edited link), which is said as
/// such, with no Try again that would only fail the same way.
#[component]
pub fn Found<T, V, F>(
    #[prop(into)] state: Signal<LoadState<T>>,
    retry: Callback<()>,
    /// The Fluent id of the progress text.
    loading: &'static str,
    /// The Fluent id of what a 404 means here.
    missing: &'static str,
    children: F,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
    F: Fn(T) -> V + Send + Sync + 'static,
{
    let i18n = use_i18n();
    move || match state.get() {
        LoadState::Loading => view! { <p class="loading" role="status">{i18n.msg(loading)}</p> }.into_any(),
        LoadState::Failed(e) if e.needs_sign_in() => {
            // Untracked, like a <Redirect/>: the navigation must not re-run this view.
            untrack(|| sign_in_again(&use_navigate(), &current_address()));
            ().into_any()
        }
        LoadState::Failed(e) if e.status() == Some(404) => view! {
            <div class="notice notice-error" role="alert" id="partner-missing">
                <p>{i18n.msg(missing)}</p>
            </div>
        }
        .into_any(),
        LoadState::Failed(e) => view! {
            <div class="notice notice-error" role="alert">
                <p>{crate::form::request_error_message(i18n, &e)}</p>
                <button type="button" class="button" on:click=move |_| retry.run(())>{i18n.msg("error-retry")}</button>
            </div>
        }
        .into_any(),
        LoadState::Ready(data) => children(data).into_any(),
    }
}
