//! The area's one entry point from outside: `crate::areas` calls it, so Indirect providers is
//! one chunk.

use leptos::prelude::*;

use crate::routes::Page;

/// This area's page for `page`.
pub fn view(page: Page) -> AnyView {
    match page {
        Page::IndirectAccept => view! { <super::accept_page::AcceptPage/> }.into_any(),
        Page::IndirectProviders => view! { <super::providers_page::ProvidersPage/> }.into_any(),
        // The page list puts no other page in this area (routes.rs).
        _ => view! { <crate::components::NotFound/> }.into_any(),
    }
}
