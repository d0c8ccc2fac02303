//! The area's one entry point from outside: `crate::areas` calls it, so the account pages are
//! one chunk.

/// This area's page for `page`: its one entry point (`crate::areas`), so the area is one chunk.
pub fn view(page: crate::routes::Page) -> leptos::prelude::AnyView {
    use leptos::prelude::*;

    use crate::routes::Page;
    match page {
        Page::CreateOne => view! { <super::create_one::CreateOne/> }.into_any(),
        Page::Recover => view! { <super::recover::Recover/> }.into_any(),
        // The page list puts no other page in this area (routes.rs).
        _ => view! { <crate::components::NotFound/> }.into_any(),
    }
}
