use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::controller::ListCtl;
use super::csv::{microsoft_id, relationship_id};
use super::customer_row::{CustomerRow, RowData, arrow_id};
use crate::i18n::{I18n, use_i18n};
use crate::model::customers::CustomerSummary;
use crate::rollout::{Rollout, rollout};

/// The table's id: the benchmark and the tests find it by it (`concat!`: see `SEARCH_ID`).
pub const TABLE_ID: &str = concat!("customers", "-table");

/// Rows built in the frame that shows a new page: a screenful (the rest follow at the pace of
/// this machine, `crate::rollout`).
const FIRST_ROWS: usize = 12;

/// One page of customers: company name (to the customer), primary domain, relationship, and
/// the down arrow that expands the row. Only the page shown is in the document, so it renders
/// in a few frames whatever the size of the list. While the next page or search is read, the
/// rows stay, dimmed, and the table says it is busy (`data-busy`, `aria-busy`); while
/// rows are still coming in (see `crate::rollout`), `aria-busy` only.
#[component]
pub fn CustomerTable(ctl: ListCtl) -> impl IntoView {
    let i18n = use_i18n();
    let open = Memo::new(move |_| ctl.url.with(|s| s.open.clone()));
    let has_rows = move || ctl.rows.with(|r| r.as_ref().is_some_and(|r| !r.is_empty()));
    let busy = move || ctl.busy.get();
    // A new page (or search, or language) puts its first rows in at once and the rest over the
    // next frames. Each row is built once, when it comes in, as plain elements and text.
    let shown = rollout(
        move || {
            i18n.locale();
            ctl.rows.get()
        },
        FIRST_ROWS,
    );
    // Only a new list replaces the body (not every frame's rows).
    let generation = Memo::new(move |_| shown.with(|s| s.generation));
    // One handler for every row's arrow (a click, or Enter or Space on it): the rows have none of
    // their own to build and drop with every page.
    let toggle = move |ev: leptos::ev::MouseEvent| {
        let Some(arrow) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("button.expand-button").ok().flatten())
        else {
            return;
        };
        let row = arrow.closest("tr[data-customer-id]").ok().flatten();
        if let Some(id) = row.and_then(|r| r.get_attribute("data-customer-id")) {
            ctl.toggle(&id);
            crate::dom::focus_when_shown(arrow_id(&id));
        }
    };
    // The keys of the rows of body `generation`. Once a newer list is coming in, the old body
    // keeps its keys until it is dropped whole (no keys would take its rows out one by one).
    let body_keys = move |generation: u32, last: &mut Vec<(u32, usize, bool)>| {
        let open = open.get();
        shown.with(|s| {
            if s.generation == generation {
                *last = s
                    .keys()
                    .into_iter()
                    .map(|(g, i)| (g, i, open.as_deref().is_some_and(|o| s.items[i].id == o)))
                    .collect();
            }
        });
        last.clone()
    };
    let row = move |(_, i, expanded): (u32, usize, bool)| {
        let data = shown.with_untracked(|s| s.items.get(i).map(|c| row_data(i18n, c)));
        data.map(|data| view! { <CustomerRow data expanded/> })
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
                // The search these rows are for (the address follows a moment later): the
                // benchmark and tests tell an earlier prefix's rows from this search's by it.
                data-search=move || ctl.url.with(|s| s.q.clone())
                // Busy for assistive technology until the last row is in, too.
                aria-busy=move || (busy() || shown.with(Rollout::pending)).then_some("true")
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
                // A new list brings a new body, keyed by its generation: the old body leaves the
                // document in one removal, and its rows are dropped without being taken out one
                // by one (rebuilding one body in place would remove a hundred rows singly).
                <For each=move || [generation.get()] key=|g| *g let(generation)>
                    {let last = StoredValue::new(Vec::new());
                    view! {
                    <tbody on:click=toggle style:opacity=move || if busy() { "0.55" } else { "1" }>
                        // Keyed by whether the row is expanded too: a toggle rebuilds just the
                        // two rows it changes, and the rows themselves need not react to anything.
                        <For
                            each=move || last.try_update_value(|last| body_keys(generation, last)).unwrap_or_default()
                            key=|k| *k
                            children=row
                        />
                    </tbody>
                    }}
                </For>
            </table>
        </div>
    }
}

/// What a customer's row shows, in the partner's language.
fn row_data(i18n: I18n, c: &CustomerSummary) -> RowData {
    let name = c.company_profile.company_name.clone();
    RowData {
        id: c.id.clone(),
        microsoft_id: microsoft_id(c).to_string(),
        details_label: i18n.t_with("customers-list-details-for", "name", name.clone()),
        name,
        domain: c.company_profile.domain.clone(),
        relationship: i18n.t(relationship_id(c.relationship_to_partner)),
    }
}
