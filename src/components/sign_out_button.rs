use leptos::prelude::*;

use crate::api::{self, Client};
use crate::i18n::use_i18n;
use crate::routes::Page;

/// Sign out. Whatever the server answers, the partner asked to leave: a full page load to the
/// home page drops everything the app held in memory about the partner, and no protected page
/// gets to react to the ended session first.
#[component]
pub fn SignOutButton(
    /// The header's outlined button by default; a page's own is the primary button.
    #[prop(default = "button button-secondary")]
    class: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let sign_out = Action::new_local(move |_: &()| {
        let client = client.clone();
        async move { api::sessions::sign_out(&client).await }
    });
    Effect::new(move |_| {
        if sign_out.value().get().is_some() {
            let _ = window().location().assign(Page::Landing.path());
        }
    });
    let pending = sign_out.pending();
    view! {
        <button type="button" class=class disabled=move || pending.get() on:click=move |_| { sign_out.dispatch(()); }>
            {move || i18n.t(if pending.get() { "shell-signing-out" } else { "shell-sign-out" })}
        </button>
    }
}
