//! The area's one entry point from outside: `crate::areas` calls it, so Pricing and offers is one
//! chunk.

use leptos::prelude::*;

use crate::routes::Page;

/// This area's page for `page`.
pub fn view(page: Page) -> AnyView {
    match page {
        Page::Pricing => view! { <super::pricing_page::PricingPage/> }.into_any(),
        // The page list puts no other page in this area (routes.rs).
        _ => view! { <crate::components::NotFound/> }.into_any(),
    }
}
