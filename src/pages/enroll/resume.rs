use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_navigate;

use super::steps::{self, Step};
use super::store::{Load, use_enroll_store};
use crate::api::Client;
use crate::i18n::use_i18n;
use crate::routes::Page;
use crate::session::{sign_in_again, use_session};

/// `/enroll/resume`: sends a signed-in partner to the step they belong at, whatever they last
/// did (revisiting the portal at any time lands on the right step). Expects RequireSession.
#[component]
pub fn Resume() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_enroll_store();
    let session = use_session();
    let client = expect_context::<Client>();
    let partner = session.with(|s| s.as_ref().map(|s| s.partner.id.clone())).unwrap_or_default();
    {
        let client = client.clone();
        leptos::task::spawn_local(async move { store.ensure_loaded(&client, &partner).await });
    }
    let retry = move |_| {
        let client = client.clone();
        leptos::task::spawn_local(async move { store.reload(&client).await });
    };
    move || match store.load.get() {
        Load::Idle | Load::Loading => {
            view! { <p class="loading" role="status">{i18n.msg("enroll-loading")}</p> }.into_any()
        }
        Load::Failed(e) if e.needs_sign_in() => {
            // Untracked, like a <Redirect/>: the navigation must not re-run this view.
            untrack(|| sign_in_again(&use_navigate(), Page::EnrollResume.path()));
            ().into_any()
        }
        Load::Failed(e) => view! {
            <div class="notice notice-error" role="alert">
                <p>{i18n.t(e.message_id())}</p>
                <button type="button" class="button" on:click=retry.clone()>{i18n.msg("error-retry")}</button>
            </div>
        }
        .into_any(),
        Load::Ready => {
            let next = untrack(|| steps::resume(store.state(), &store.draft_step()));
            if next.is_none() {
                // Active since this session began: the Overview must not send us back here.
                session.mark_active();
            }
            let to = next.map(Step::path).unwrap_or(Page::Overview.path());
            view! { <Redirect path=to options=leptos_router::NavigateOptions { replace: true, ..Default::default() }/> }
                .into_any()
        }
    }
}
