use leptos::prelude::*;
use leptos_router::components::{Outlet, Redirect};
use leptos_router::hooks::use_location;

use crate::routes::sign_in_returning_to;
use crate::session::use_session;

/// The signed-in area's guard: the parent route of every page that needs a session. Shows the
/// matched child route (`<Outlet/>`) to signed-in partners; everyone else is sent to Sign in and
/// brought back to this exact address afterwards. Which signed-in pages a partner may open (their
/// roles, the cloud) each page's route checks itself (`PageRoute`).
#[component]
pub fn RequireSession() -> impl IntoView {
    let session = use_session();
    // Only signing in or out changes what shows: the page must not be rebuilt when the
    // session's details change (the program becoming active, say).
    let signed_in = Memo::new(move |_| session.is_signed_in());
    move || if signed_in.get() { view! { <Outlet/> }.into_any() } else { sign_in_first().into_any() }
}

/// To Sign in, then back to this exact address (path, query and fragment).
pub fn sign_in_first() -> impl IntoView {
    let location = use_location();
    // The router gives the query and fragment without their `?` and `#`.
    let (search, hash) = (location.search.get_untracked(), location.hash.get_untracked());
    let mut here = location.pathname.get_untracked();
    if !search.is_empty() {
        here.push('?');
        here.push_str(search.trim_start_matches('?'));
    }
    if !hash.is_empty() {
        here.push('#');
        here.push_str(hash.trim_start_matches('#'));
    }
    view! { <Redirect path=sign_in_returning_to(&here)/> }
}
