//! The area's one entry point from outside: `crate::areas` calls it, so the Overview is one
//! chunk, not part of what a visitor downloads before signing in.

use leptos::prelude::*;

use crate::routes::Page;

/// This area's page for `page`.
pub fn view(page: Page) -> AnyView {
    match page {
        Page::Overview => view! { <super::overview::Overview/> }.into_any(),
        // The page list puts no other page in this area (routes.rs).
        _ => view! { <crate::components::NotFound/> }.into_any(),
    }
}
