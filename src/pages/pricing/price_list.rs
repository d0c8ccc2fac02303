use leptos::prelude::*;

use super::intl;
use crate::i18n::use_i18n;
use crate::model::catalog::{PriceListRow, csv_file_name, csv_row, row_matches, to_csv};

/// The price-list columns (features spec §2.6), in the order of the table and the CSV.
const COLUMNS: [&str; 12] = [
    "pricing-col-change",
    "pricing-col-valid-from",
    "pricing-col-valid-to",
    "pricing-col-offer-name",
    "pricing-col-offer-id",
    "pricing-col-agreement",
    "pricing-col-purchase-unit",
    "pricing-col-secondary",
    "pricing-col-end-customer",
    "pricing-col-list-price",
    "pricing-col-erp-price",
    "pricing-col-currency",
];

/// The price list the server returned for one day: the rows that match the search (and the
/// category, through `in_category`), and a download of all of them as CSV.
#[component]
pub fn PriceList(
    rows: Vec<PriceListRow>,
    #[prop(into)] search: Signal<String>,
    /// Whether an offer ID is in the chosen category (always true for all categories).
    in_category: Callback<String, bool>,
    /// The market and day, for the file name.
    country: &'static str,
    day: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let rows = StoredValue::new(rows);
    let shown = Memo::new(move |_| {
        let q = search.get();
        rows.with_value(|rows| {
            rows.iter()
                .filter(|r| row_matches(r, &q) && in_category.run(r.offer_id.clone()))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let download = move |_| {
        let header: Vec<String> = COLUMNS.iter().map(|id| i18n.t(id)).collect();
        let csv = rows.with_value(|rows| to_csv(&header, &rows.iter().map(csv_row).collect::<Vec<_>>()));
        // The byte order mark tells spreadsheets the file is UTF-8 (offer names in Chinese).
        crate::download::save_text(&csv_file_name(country, &day), "text/csv;charset=utf-8", &format!("\u{feff}{csv}"));
    };
    let body = move || {
        let l = i18n.locale();
        shown
            .get()
            .into_iter()
            .map(|r| {
                view! {
                    <tr>
                        <td>{r.change_code.to_uppercase()}</td>
                        <td>{intl::day(l, &r.valid_from)}</td>
                        <td>{r.valid_to.as_deref().map(|d| intl::day(l, d)).unwrap_or_default()}</td>
                        <th scope="row">{r.offer_name.clone()}</th>
                        <td>{r.offer_id.clone()}</td>
                        <td>{r.license_agreement_type.clone()}</td>
                        <td>{r.purchase_unit.clone()}</td>
                        <td>{r.secondary_license_type.clone()}</td>
                        <td>{r.end_customer_type.clone()}</td>
                        <td class="number">{intl::price(l, &r.list_price, &r.currency)}</td>
                        <td class="number">{intl::price(l, &r.erp_price, &r.currency)}</td>
                        <td>{r.currency.clone()}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <p class="actions">
            <button type="button" class="button button-secondary" id="pricing-download" on:click=download>
                {i18n.msg("pricing-download")}
            </button>
        </p>
        <Show when=move || shown.with(Vec::is_empty)>
            <p>{i18n.msg("pricing-no-rows")}</p>
        </Show>
        <Show when=move || shown.with(|s| !s.is_empty())>
            // Focusable and named, so keyboard users can scroll it where it is wider than the screen.
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby="pricelist-legend">
            <table class="data-table price-list">
                <caption class="visually-hidden">{i18n.msg("pricing-month")}</caption>
                <thead>
                    <tr>{COLUMNS.map(|id| view! { <th scope="col">{i18n.msg(id)}</th> }).collect_view()}</tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
            </div>
        </Show>
    }
}
