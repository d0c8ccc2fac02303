//! The area's one entry point from outside: `crate::areas` calls it, so Account settings is one
//! chunk.

use leptos::prelude::*;

use crate::routes::Page;

/// This area's page for `page`.
pub fn view(page: Page) -> AnyView {
    match page {
        Page::AccountSettings => view! { <super::hub::AccountSettings/> }.into_any(),
        Page::LegalProfile
        | Page::BillingProfile
        | Page::OrganizationProfile
        | Page::SupportProfile
        | Page::MpnProfile => super::profiles::view(page),
        Page::Users | Page::UserAdd | Page::UserEdit => super::users::view(page),
        Page::Catalog => super::catalog::view(page),
        // The page list puts no other page in this area (routes.rs).
        _ => view! { <crate::components::NotFound/> }.into_any(),
    }
}
