use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::Redirect;

use super::steps::Step;
use super::store::use_enroll_store;
use crate::api::Client;
use crate::components::Loaded;
use crate::routes::Page;
use crate::session::use_session;

/// `/enroll/resume`: sends a signed-in partner to the step they belong at, whatever they last
/// did (revisiting the portal at any time lands on the right step). Expects RequireSession.
#[component]
pub fn Resume() -> impl IntoView {
    let store = use_enroll_store();
    let i18n = crate::i18n::use_i18n();
    let session = use_session();
    let client = expect_context::<Client>();
    let partner = session.with(|s| s.as_ref().map(|s| s.partner.id.clone())).unwrap_or_default();
    store.start(client.clone(), partner);
    let retry = Callback::new(move |()| store.retry(client.clone()));
    let go = move |()| {
        let next = untrack(|| store.resume_at(i18n.cloud()));
        if next.is_none() {
            // Active since this session began: the Overview must not send us back here.
            session.mark_active();
        }
        let to = next.map(Step::path).unwrap_or(Page::Overview.path());
        view! { <Redirect path=to options=NavigateOptions { replace: true, ..Default::default() }/> }
    };
    view! { <Loaded state=store.read() retry=retry loading="enroll-loading" children=go/> }
}
