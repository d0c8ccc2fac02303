use std::sync::Arc;

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
///
/// The view is kept as one boxed function type, so the router's choosing code exists once for
/// every page rather than once per page component (several KiB of the first load each).
#[component(transparent)]
pub fn PageRoute<V, IV>(page: Page, view: V) -> impl leptos_router::MatchNestedRoutes + Clone
where
    V: Fn() -> IV + Send + Sync + 'static,
    IV: IntoAny,
{
    let checked = Checked { page, view: Arc::new(move || view().into_any()) };
    view! { <Route path=page view=checked/> }.into_inner()
}

/// A route of a page in an area that loads on demand: the same checks as [`PageRoute`], then the
/// page from its area's chunk ([`super::AreaPage`]). The route table names only the page, never
/// its component, so the component's code stays out of the first load.
#[component(transparent)]
pub fn AreaRoute(page: Page) -> impl leptos_router::MatchNestedRoutes + Clone {
    let area = page.info().meta.area;
    PageRoute(PageRouteProps {
        page,
        view: move || match area {
            Some(area) => view! { <super::AreaPage area page/> }.into_any(),
            // A page the list puts in no area has no chunk to load from.
            None => view! { <super::NotFound/> }.into_any(),
        },
    })
}

#[derive(Clone)]
struct Checked {
    page: Page,
    view: Arc<dyn Fn() -> AnyView + Send + Sync>,
}

impl ChooseView for Checked {
    async fn choose(self) -> AnyView {
        // Judged once per visit: the session's details changing (the program becoming active)
        // must not swap the page out from under the partner.
        let cloud = use_i18n().cloud();
        let session = use_session();
        let verdict = untrack(|| {
            session.with(|s| self.page.info().meta.verdict(cloud, s.as_ref().map(|s| s.user.roles.as_slice())))
        });
        match verdict {
            Verdict::Open => (self.view)(),
            Verdict::NotAvailable(refusal) => view! { <NotAvailable refusal/> }.into_any(),
            // Pages that need a session sit in RequireSession, which sends a signed-out visitor to
            // Sign in before this is asked; this keeps a page declared outside it just as closed.
            Verdict::SignIn => sign_in_first().into_any(),
        }
    }

    async fn preload(&self) {}
}
