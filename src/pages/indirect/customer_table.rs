use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::model::relationships::SharedCustomer;

/// The customers a reseller and a provider share, from either side: company name, and the
/// domain where the server gives it. `label` names the table (the page's heading).
#[component]
pub fn CustomerTable(
    #[prop(into)] customers: Signal<Vec<SharedCustomer>>,
    /// The reseller's side shows the domain; the provider's side has none to show.
    domain: bool,
    #[prop(into)] label: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let rows = move || {
        customers
            .get()
            .into_iter()
            .map(|c| {
                view! {
                    <tr>
                        // From the server: text, never markup.
                        <th scope="row">{c.company_name}</th>
                        {domain.then(|| view! { <td translate="no">{c.domain}</td> })}
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=label>
            <table class="data-table" id="partner-customers">
                <caption class="visually-hidden">{label}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.msg("indirect-customers-company")}</th>
                        {domain.then(|| view! { <th scope="col">{i18n.msg("indirect-customers-domain")}</th> })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
