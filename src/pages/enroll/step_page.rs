use leptos::prelude::*;
use leptos_router::components::Redirect;

use super::steps::Step;
use super::store::use_enroll_store;
use crate::api::Client;
use crate::components::Loaded;
use crate::routes::Page;
use crate::session::use_session;

/// Every enrollment step page sits in this: it loads the partner's enrollment once, and shows
/// the page only if this step may be opened now (no skipping ahead by URL); otherwise it sends
/// the partner to the step they belong at. Expects a signed-in partner (RequireSession).
#[component]
pub fn StepPage(step: Step, children: ChildrenFn) -> impl IntoView {
    let store = use_enroll_store();
    let i18n = crate::i18n::use_i18n();
    let client = expect_context::<Client>();
    let partner = use_session().with(|s| s.as_ref().map(|s| s.partner.id.clone())).unwrap_or_default();
    store.start(client.clone(), partner);
    let retry = Callback::new(move |()| store.retry(client.clone()));
    let page = move |()| {
        // Judged once per visit: a save on this page changing the status must not swap the page
        // out from under the partner.
        let cloud = i18n.cloud();
        if untrack(|| store.allows(cloud, step)) {
            children().into_any()
        } else {
            let to = untrack(|| store.resume_at(cloud)).map(Step::path).unwrap_or(Page::Overview.path());
            view! { <Redirect path=to/> }.into_any()
        }
    };
    view! { <Loaded state=store.read() retry=retry loading="enroll-loading" children=page/> }
}
