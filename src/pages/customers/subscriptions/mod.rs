//! Being built (issue 13).

use leptos::prelude::*;

use crate::routes::Page;

pub fn view(_page: Page) -> AnyView {
    view! { <crate::components::NotFound/> }.into_any()
}
