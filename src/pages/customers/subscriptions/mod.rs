//! Subscriptions (features spec §2.10): Add subscription (an offer of the catalog, pinned first,
//! and a number of licenses within its range; one purchase per click) and a subscription's
//! details (Quantity, Subscription nickname and Status, each submitted on its own under
//! If-Match; suspending confirms and states the cloud's consequence). Pure rules are in their own
//! modules (`quantity`, `rules`, `offers`, `explain`, `draft`), tested natively.

mod add_form;
mod add_page;
mod detail_page;
mod details;
mod details_list;
mod draft;
mod explain;
mod intl;
mod nickname_form;
mod offer_picker;
mod quantity;
mod quantity_form;
mod rules;
mod status_form;
mod upgrade_form;
mod upgrade_rules;
mod upgrade_section;

use leptos::prelude::*;

use crate::routes::Page;

pub fn view(page: Page) -> AnyView {
    match page {
        Page::SubscriptionAdd => view! { <add_page::SubscriptionAdd/> }.into_any(),
        Page::Subscription => view! { <detail_page::SubscriptionPage/> }.into_any(),
        _ => view! { <crate::components::NotFound/> }.into_any(),
    }
}
