//! Account settings › Catalog: browse the offers of the partner's market by category and search,
//! and pin up to five of them to the top of the catalog list (CN/customize-the-catalog).

mod catalog_page;
mod offer_card;
mod pin_notice;
mod pinned_list;
mod pins;

use leptos::prelude::*;

use crate::routes::Page;

pub fn view(_page: Page) -> AnyView {
    view! { <catalog_page::CatalogPage/> }.into_any()
}
