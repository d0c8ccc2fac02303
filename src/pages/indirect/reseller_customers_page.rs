use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::customer_table::CustomerTable;
use super::found::Found;
use crate::api::{self, ApiError, Client};
use crate::components::PageHeading;
use crate::form::Load;
use crate::i18n::use_i18n;
use crate::model::relationships::SharedCustomer;
use crate::routes::Page;

/// `/indirect-resellers/customers/{resellerId}`: on the provider's side, the customers it
/// shares with one of its indirect resellers (those it created for the reseller). The reseller
/// is in the address, so the page survives a reload.
#[component]
pub fn ResellerCustomersPage() -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let reseller = use_params_map().with_untracked(|p| p.get("reseller")).unwrap_or_default();
    let read = Load::new(move || {
        let (c, id) = (client.clone(), reseller.clone());
        async move {
            // The reseller's name for the page; an id that is not one of the partner's
            // resellers gets the page that says so.
            let resellers = api::relationships::resellers(&c).await?;
            let Some(r) = resellers.items.into_iter().find(|r| r.id == id) else {
                return Err(ApiError::from_status(404, "", None));
            };
            let customers = api::relationships::reseller_customers(&c, &id).await?;
            Ok((r.name, customers.items))
        }
    });
    let list = move |(name, customers): (String, Vec<SharedCustomer>)| {
        let lead = i18n.t_with("indirect-reseller-customers-lead", "reseller", name.clone());
        let body = if customers.is_empty() {
            let empty = i18n.t_with("indirect-reseller-customers-empty", "reseller", name);
            view! { <p class="empty-state" id="partner-customers-empty">{empty}</p> }.into_any()
        } else {
            view! {
                <CustomerTable
                    customers=Signal::stored(customers)
                    domain=false
                    label=i18n.msg("indirect-reseller-customers-title")
                />
            }
            .into_any()
        };
        view! {
            <p class="lead">{lead}</p>
            {body}
        }
    };
    view! {
        <section class="page">
            <PageHeading text=i18n.msg("indirect-reseller-customers-title")/>
            <Found
                state=read.state()
                retry=Callback::new(move |_| read.retry())
                loading="indirect-reseller-customers-loading"
                missing="indirect-not-your-reseller"
                children=list
            />
            <div class="actions">
                <A href=Page::IndirectResellers.path() attr:class="button button-secondary">
                    {i18n.msg("indirect-back-to-resellers")}
                </A>
            </div>
        </section>
    }
}
