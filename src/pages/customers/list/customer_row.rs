use leptos::prelude::*;

use super::customer_details::CustomerDetails;
use crate::pages::customers::links;

/// What a row shows, as text (company names come from customers: never markup).
#[derive(Clone, Debug, PartialEq)]
pub struct RowData {
    pub id: String,
    pub microsoft_id: String,
    pub name: String,
    pub domain: String,
    pub relationship: String,
    /// The arrow's name for screen readers ("Details for Contoso").
    pub details_label: String,
}

/// A customer's row, and under it, when expanded, its details. The arrow is a button with
/// `aria-expanded` and `aria-controls`, so Enter or Space opens and closes it.
///
/// The row is static: nothing in it reacts to anything and it has no handler of its own (the
/// table's body takes the arrows' clicks), so building and dropping a page of rows costs only
/// their elements (see `crate::rollout`). Expanding or collapsing builds the row again (the table keys
/// rows by whether they are expanded), and focus goes back to its arrow.
#[component]
pub fn CustomerRow(data: RowData, expanded: bool) -> impl IntoView {
    let RowData { id, microsoft_id, name, domain, relationship, details_label } = data;
    let details_id = format!("details-{id}");
    let arrow = arrow_id(&id);
    // A plain link: the router takes its clicks as it does `<A>`'s, without `<A>`'s reactive
    // "current page" check, which a hundred rows would each run.
    let href = links::customer(&id);
    let details = expanded.then(|| {
        let (id, details_id, name) = (id.clone(), details_id.clone(), name.clone());
        view! {
            <tr class="details-row" id=details_id>
                <td colspan="4"><CustomerDetails id microsoft_id name/></td>
            </tr>
        }
    });
    view! {
        <tr data-customer-id=id>
            <th scope="row"><a href=href>{name}</a></th>
            <td>{domain}</td>
            <td>{relationship}</td>
            <td>
                <button
                    type="button"
                    id=arrow
                    class="button-link expand-button"
                    aria-label=details_label
                    aria-expanded=if expanded { "true" } else { "false" }
                    aria-controls=expanded.then_some(details_id)
                >
                    <span aria-hidden="true">{if expanded { "\u{25B2}" } else { "\u{25BC}" }}</span>
                </button>
            </td>
        </tr>
        {details}
    }
}

/// The DOM id of a row's arrow.
pub fn arrow_id(customer: &str) -> String {
    format!("expand-{customer}")
}
