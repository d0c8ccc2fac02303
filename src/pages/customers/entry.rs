//! The area's one entry point from outside: `crate::areas` calls it, so Customers is one chunk.

use leptos::prelude::*;

use crate::routes::Page;

/// This area's page for `page`.
pub fn view(page: Page) -> AnyView {
    match page {
        Page::Customers => super::list::view(page),
        Page::CustomerAdd => super::add::view(page),
        Page::Customer => super::detail::view(page),
        Page::SubscriptionAdd | Page::Subscription => super::subscriptions::view(page),
        Page::RelationshipRequest => super::relationship::view(page),
        // The page list puts no other page in this area (routes.rs).
        _ => view! { <crate::components::NotFound/> }.into_any(),
    }
}
