use leptos::prelude::*;
use leptos_router::ChooseView;
use leptos_router::components::Route;

use super::NotAvailable;
use super::require_session::sign_in_first;
use crate::i18n::use_i18n;
use crate::routes::{Page, Verdict};
use crate::session::use_session;

/// A route of the page list: the page at its address, if its metadata lets the visitor open it
/// (the cloud, the roles); otherwise the "not available" page in its place, at the same address.
///
/// The check runs when the router chooses the page's view, not in the session guard around it:
/// a guard deciding from the address races the router, whose outlet can still hold the previous
/// page's view when the address has already changed, and would build a page it must not show.
#[component(transparent)]
pub fn PageRoute<V>(page: Page, view: V) -> impl leptos_router::MatchNestedRoutes + Clone
where
    V: ChooseView,
{
    let checked = Checked { page, view };
    view! { <Route path=page view=checked/> }.into_inner()
}

#[derive(Clone)]
struct Checked<V> {
    page: Page,
    view: V,
}

impl<V: ChooseView> ChooseView for Checked<V> {
    async fn choose(self) -> AnyView {
        // Judged once per visit: the session's details changing (the program becoming active)
        // must not swap the page out from under the partner.
        let cloud = use_i18n().cloud();
        let session = use_session();
        let verdict = untrack(|| {
            session.with(|s| self.page.info().meta.verdict(cloud, s.as_ref().map(|s| s.user.roles.as_slice())))
        });
        match verdict {
            Verdict::Open => self.view.choose().await,
            Verdict::NotAvailable(refusal) => view! { <NotAvailable refusal/> }.into_any(),
            // Pages that need a session sit in RequireSession, which sends a signed-out visitor to
            // Sign in before this is asked; this keeps a page declared outside it just as closed.
            Verdict::SignIn => sign_in_first().into_any(),
        }
    }

    async fn preload(&self) {
        self.view.preload().await
    }
}
