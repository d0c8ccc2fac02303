//! Add customer (features spec §2.8; docs add-a-new-customer, confirm-consent): Account info →
//! Next: Subscriptions → Subscriptions → Next: Review → Review (Update per section) → Submit →
//! the confirmation with the new admin's user name and temporary password, shown once → Done.
//! The step is in the address (`?step=`), the typing in sessionStorage (never a password).

mod account_step;
mod add_customer;
mod agreement_block;
mod confirmation;
mod domain_field;
mod draft;
mod fields;
mod offer_row;
mod request;
mod review_step;
mod state;
mod step_indicator;
mod steps;
mod submit;
mod subscriptions_step;

use leptos::prelude::*;

use crate::routes::Page;

pub fn view(_page: Page) -> AnyView {
    view! { <add_customer::AddCustomer/> }.into_any()
}
