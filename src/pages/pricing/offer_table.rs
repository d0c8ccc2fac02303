use leptos::prelude::*;

use super::intl;
use crate::i18n::use_i18n;
use crate::model::catalog::Offer;

/// The offers of the market with their category, price and unit.
#[component]
pub fn OfferTable(#[prop(into)] offers: Signal<Vec<Offer>>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = move || {
        let l = i18n.locale();
        offers
            .get()
            .into_iter()
            .map(|o| {
                let price = o.unit_price.as_ref().map(|m| intl::price(l, &m.amount, &m.currency)).unwrap_or_default();
                let category = o.category.map(|c| c.name).unwrap_or_default();
                view! {
                    <tr>
                        <th scope="row">{o.name}</th>
                        <td>{category}</td>
                        <td class="number">{price}</td>
                        <td>{o.unit_type}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || offers.with(Vec::is_empty)>
            <p>{i18n.msg("pricing-no-offers")}</p>
        </Show>
        <Show when=move || offers.with(|o| !o.is_empty())>
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby="pricing-offers-heading">
            <table class="data-table offers-table">
                <caption class="visually-hidden">{i18n.msg("pricing-offers-heading")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.msg("pricing-col-offer")}</th>
                        <th scope="col">{i18n.msg("pricing-col-category")}</th>
                        <th scope="col">{i18n.msg("pricing-col-price")}</th>
                        <th scope="col">{i18n.msg("pricing-col-unit")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
        </Show>
    }
}
