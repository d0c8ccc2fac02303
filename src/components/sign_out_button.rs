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
    // A plain task rather than an Action: nothing else in the first load uses Actions, and this
    // one has no answer to show, so their machinery would be bytes every visitor downloads.
    let pending = RwSignal::new(false);
    let sign_out = move |_| {
        if pending.get_untracked() {
            return;
        }
        pending.set(true);
        let client = client.clone();
        leptos::task::spawn_local(async move {
            let _ = api::sessions::sign_out(&client).await;
            let _ = window().location().assign(Page::Landing.path());
        });
    };
    view! {
        <button type="button" class=class disabled=move || pending.get() on:click=sign_out>
            {move || i18n.t(if pending.get() { "shell-signing-out" } else { "shell-sign-out" })}
        </button>
    }
}
