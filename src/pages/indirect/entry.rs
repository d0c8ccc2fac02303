//! The area's one entry point from outside: `crate::areas` calls it, so Indirect providers and
//! resellers are one chunk.

use leptos::prelude::*;

use crate::routes::Page;

/// This area's page for `page`.
pub fn view(page: Page) -> AnyView {
    match page {
        Page::IndirectAccept => view! { <super::accept_page::AcceptPage/> }.into_any(),
        Page::IndirectProviders => view! { <super::providers_page::ProvidersPage/> }.into_any(),
        Page::IndirectSharedCustomers => view! { <super::shared_customers_page::SharedCustomersPage/> }.into_any(),
        Page::IndirectInviteCustomers => view! { <super::invite_customers_page::InviteCustomersPage/> }.into_any(),
        Page::IndirectResellers => view! { <super::resellers_page::ResellersPage/> }.into_any(),
        Page::IndirectPartnershipRequest => {
            view! { <super::partnership_request_page::PartnershipRequestPage/> }.into_any()
        }
        Page::IndirectResellerCustomers => {
            view! { <super::reseller_customers_page::ResellerCustomersPage/> }.into_any()
        }
        // The page list puts no other page in this area (routes.rs).
        _ => view! { <crate::components::NotFound/> }.into_any(),
    }
}
