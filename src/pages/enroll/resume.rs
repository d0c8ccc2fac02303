use leptos::prelude::*;
use leptos_router::components::Redirect;

use super::steps::{self, Step};
use super::store::{Load, use_enroll_store};
use crate::api::Client;
use crate::i18n::use_i18n;
use crate::session::use_session;

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
            view! { <Redirect path=super::sign_in_again_path("/enroll/resume")/> }.into_any()
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
                mark_active(session);
            }
            let to = next.map(Step::path).unwrap_or("/dashboard/overview");
            view! { <Redirect path=to options=leptos_router::NavigateOptions { replace: true, ..Default::default() }/> }
                .into_any()
        }
    }
}

/// Records in the session mirror that the partner's program is now active.
pub fn mark_active(session: crate::session::SessionCtx) {
    if let Some(mut s) = session.get_untracked() {
        s.partner.program_status = crate::model::session::ProgramStatus::Active;
        session.set(Some(s));
    }
}
