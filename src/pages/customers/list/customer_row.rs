use leptos::prelude::*;

use super::controller::ListCtl;
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
#[component]
pub fn CustomerRow(data: RowData, open: Memo<Option<String>>, ctl: ListCtl) -> impl IntoView {
    let RowData { id, microsoft_id, name, domain, relationship, details_label } = data;
    let expanded = {
        let id = id.clone();
        Memo::new(move |_| open.with(|o| o.as_deref() == Some(id.as_str())))
    };
    let details_id = format!("details-{id}");
    // A plain link: the router takes its clicks as it does `<A>`'s, without `<A>`'s reactive
    // "current page" check, which a hundred rows would each run.
    let href = links::customer(&id);
    let toggle = {
        let id = id.clone();
        move |_| ctl.toggle(&id)
    };
    let controls = {
        let details_id = details_id.clone();
        move || expanded.get().then(|| details_id.clone())
    };
    let row_id = id.clone();
    let name_for_details = name.clone();
    let details = move || {
        expanded.get().then(|| {
            let (id, microsoft_id, details_id, name) =
                (id.clone(), microsoft_id.clone(), details_id.clone(), name_for_details.clone());
            view! {
                <tr class="details-row" id=details_id>
                    <td colspan="4"><CustomerDetails id microsoft_id name/></td>
                </tr>
            }
        })
    };
    view! {
        <tr data-customer-id=row_id>
            <th scope="row"><a href=href>{name}</a></th>
            <td>{domain}</td>
            <td>{relationship}</td>
            <td>
                <button
                    type="button"
                    class="button-link expand-button"
                    aria-label=details_label
                    aria-expanded=move || if expanded.get() { "true" } else { "false" }
                    aria-controls=controls
                    on:click=toggle
                >
                    <span aria-hidden="true">{move || if expanded.get() { "\u{25B2}" } else { "\u{25BC}" }}</span>
                </button>
            </td>
        </tr>
        {details}
    }
}
