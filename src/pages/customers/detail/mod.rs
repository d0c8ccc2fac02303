//! A customer's details (features spec §2.9): `/customers/customer?id=<id>&tab=…`, a deep link
//! per customer. The customer menu as links: Account (the Microsoft ID, the company and the
//! Bill-to info, updated under If-Match), Subscriptions (with Export in the global cloud) and,
//! in the global cloud only, Users and licenses.

mod account_tab;
mod bill_to_details;
mod billing;
mod changes_notice;
mod choice_field;
mod csv;
mod customer_gone;
mod customer_page;
mod draft;
mod licenses;
mod merge;
mod names;
mod subscriptions_tab;
mod tab;
mod user_add;
mod user_licenses;
mod user_name;
mod user_row;
mod users_tab;

use leptos::prelude::*;

use crate::routes::Page;

pub fn view(_page: Page) -> AnyView {
    view! { <customer_page::CustomerPage/> }.into_any()
}

#[cfg(test)]
mod samples_tests;
