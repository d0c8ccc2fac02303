//! Customers › Request a reseller relationship (CN and GL17 request-a-relationship-with-a-customer):
//! the draft email with the partner's reusable link, to copy or open in the email app, and what
//! the relationship grants and does not.

mod facts;
mod request_page;

use leptos::prelude::*;

use crate::routes::Page;

pub fn view(_page: Page) -> AnyView {
    view! { <request_page::RelationshipRequestPage/> }.into_any()
}
