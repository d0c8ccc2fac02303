use leptos::prelude::*;

use super::controller::ListCtl;
use super::csv::{microsoft_id, relationship_id};
use super::customer_row::{CustomerRow, RowData};
use crate::i18n::use_i18n;

/// The table's id: the benchmark and the tests find it by it (`concat!`: see `SEARCH_ID`).
pub const TABLE_ID: &str = concat!("customers", "-table");

/// One page of customers: company name (to the customer), primary domain, relationship, and
/// the down arrow that expands the row. Only the page shown is in the document, so it renders
/// in a fraction of a frame whatever the size of the list. While the next page or search is
/// read, the rows stay, dimmed, and the table says it is busy (`data-busy`, `aria-busy`).
#[component]
pub fn CustomerTable(ctl: ListCtl) -> impl IntoView {
    let i18n = use_i18n();
    let open = Memo::new(move |_| ctl.url.with(|s| s.open.clone()));
    let has_rows = move || ctl.rows.with(|r| r.as_ref().is_some_and(|r| !r.is_empty()));
    let busy = move || ctl.busy.get();
    // The words every row needs are looked up once per page, not once per row; the rows are
    // plain text then, with nothing to update but their own arrow.
    let body = move || {
        let rows = ctl.rows.get().unwrap_or_default();
        let relationship = |r| i18n.t(relationship_id(r));
        rows.iter()
            .map(|c| {
                let name = c.company_profile.company_name.clone();
                let data = RowData {
                    id: c.id.clone(),
                    microsoft_id: microsoft_id(c).to_string(),
                    details_label: i18n.t_with("customers-list-details-for", "name", name.clone()),
                    name,
                    domain: c.company_profile.domain.clone(),
                    relationship: relationship(c.relationship_to_partner),
                };
                view! { <CustomerRow data open ctl/> }
            })
            .collect_view()
    };
    view! {
        // Focusable and named, so keyboard users can scroll it where it is wider than the screen.
        // Positioned, so the visually hidden texts inside the table stay inside the scrolling
        // region rather than widening the page on a narrow screen.
        <div
            class="table-scroll"
            role="region"
            tabindex="0"
            aria-label=i18n.msg("customers-title")
            hidden=move || !has_rows()
            style:position="relative"
        >
            <table
                id=TABLE_ID
                class="data-table customers-table"
                // Wide enough that names and domains wrap between words, not inside them; on a
                // narrow screen the region around it scrolls instead. (CSSOM, which the
                // Content-Security-Policy allows, unlike a style attribute in markup.)
                style:min-width="36rem"
                data-busy=move || busy().then_some("true")
                aria-busy=move || busy().then_some("true")
            >
                <caption class="visually-hidden">{i18n.msg("customers-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.msg("customers-company-name")}</th>
                        <th scope="col">{i18n.msg("customers-domain")}</th>
                        <th scope="col">{i18n.msg("customers-relationship")}</th>
                        <th scope="col"><span class="visually-hidden">{i18n.msg("customers-list-details")}</span></th>
                    </tr>
                </thead>
                <tbody style:opacity=move || if busy() { "0.55" } else { "1" }>{body}</tbody>
            </table>
        </div>
    }
}
