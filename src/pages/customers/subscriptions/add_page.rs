use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use super::add_form::AddForm;
use crate::api::{self, Client};
use crate::components::{Loaded, PageHeading};
use crate::form::Load;
use crate::form::load::LoadState;
use crate::i18n::use_i18n;
use crate::model::catalog::market;
use crate::pages::customers::links;
use crate::routes::Page;

/// `/customers/customer/add-subscription?id=<customerId>`: the customer's name in the heading,
/// the catalog's offers (pinned first) to choose from, the licenses, an optional nickname.
#[component]
pub fn SubscriptionAdd() -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let customer_id = use_query_map().with_untracked(|q| q.get("id")).unwrap_or_default();
    let country = market(i18n.cloud());
    let customer = Load::new({
        let (client, id) = (client.clone(), customer_id.clone());
        move || {
            let (c, id) = (client.clone(), id.clone());
            async move { api::customers::get(&c, &id).await }
        }
    });
    let catalog = Load::new({
        let client = client.clone();
        move || {
            let c = client.clone();
            async move {
                let (offers, pins) = futures::join!(api::catalog::offers(&c, country), api::catalog::pinned(&c));
                // The pinned list only orders the offers: without it they are all still there.
                Ok((offers?, pins.map(|p| p.ids()).unwrap_or_default()))
            }
        }
    });
    let caption = Signal::derive(move || match customer.state().get() {
        LoadState::Ready(c) => c.display_name(),
        _ => String::new(),
    });
    let gone = move || matches!(customer.state().get(), LoadState::Failed(e) if e.status() == Some(404));
    let back = links::customer_tab(&customer_id, "subscriptions");
    let id = customer_id.clone();
    let form = move |(offers, pinned): (Vec<crate::model::catalog::Offer>, Vec<String>)| {
        view! { <AddForm offers pinned customer=id.clone()/> }
    };
    view! {
        <section class="page narrow">
            <p><A href=back>{i18n.msg("subscription-back-to-customer")}</A></p>
            <PageHeading text=i18n.msg("subscription-add-title") caption=caption/>
            <Show
                when=gone
                fallback=move || view! {
                    // The customer's name is for the heading; a failed read of it is shown, but
                    // the offers and the form do not wait for it.
                    <Show when=move || matches!(customer.state().get(), LoadState::Failed(_))>
                        <Loaded state=customer.state() retry=Callback::new(move |_| customer.retry()) children=|_| ()/>
                    </Show>
                    <Loaded state=catalog.state() retry=Callback::new(move |_| catalog.retry()) children=form.clone()/>
                }
            >
                <p class="notice">{i18n.msg("subscription-error-customer-gone")}</p>
                <p><A href=Page::Customers.path()>{i18n.msg("customers-back-to-list")}</A></p>
            </Show>
        </section>
    }
}
