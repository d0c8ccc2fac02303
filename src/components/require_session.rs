use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_location;

use crate::session::use_session;

/// Shows its children to signed-in partners; everyone else is sent to Sign in and brought back
/// to this exact address afterwards (path, query and fragment).
#[component]
pub fn RequireSession(children: ChildrenFn) -> impl IntoView {
    let session = use_session();
    let location = use_location();
    move || {
        if session.is_signed_in() {
            children().into_any()
        } else {
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
            let path = format!("/signin?returnUrl={}", String::from(js_sys::encode_uri_component(&here)));
            view! { <Redirect path=path/> }.into_any()
        }
    }
}
