//! Customers › the customer list (features spec §2.7): search by company name or domain as the
//! partner types, seek paging a page at a time, rows that expand in place (Microsoft ID,
//! subscriptions, quick links), and in the global cloud Export customers to CSV. The list state
//! is in the address. Pure parts: `state` (the address), `trail` (paging), `csv`, `labels`,
//! `numbers`; `controller` holds the reads; one component per other file.

mod controller;
mod csv;
mod customer_details;
mod customer_list;
mod customer_row;
mod customer_table;
mod empty_state;
mod export_button;
mod labels;
mod list_status;
mod numbers;
mod pager;
mod search_box;
mod state;
mod trail;

use leptos::prelude::*;

use crate::routes::Page;

/// Page::Customers.
pub fn view(_page: Page) -> AnyView {
    view! { <customer_list::CustomerList/> }.into_any()
}
