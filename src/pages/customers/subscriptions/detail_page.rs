use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use super::details::SubscriptionDetails;
use crate::api::{self, Client};
use crate::components::{Loaded, PageHeading};
use crate::form::Load;
use crate::form::load::LoadState;
use crate::i18n::use_i18n;
use crate::model::customers::{Customer, Subscription};
use crate::pages::customers::links;
use crate::routes::Page;

/// `/customers/subscription?customer=<customerId>&id=<subscriptionId>`: the customer and the
/// subscription are read together; a subscription or customer that is no longer there is said so,
/// not offered as an error to try again.
#[component]
pub fn SubscriptionPage() -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let (customer_id, id) =
        use_query_map().with_untracked(|q| (q.get("customer").unwrap_or_default(), q.get("id").unwrap_or_default()));
    let read = Load::new({
        let (customer_id, id) = (customer_id.clone(), id.clone());
        move || {
            let (c, cid, id) = (client.clone(), customer_id.clone(), id.clone());
            async move {
                let (customer, sub) =
                    futures::join!(api::customers::get(&c, &cid), api::subscriptions::get(&c, &cid, &id));
                Ok((customer?, sub?))
            }
        }
    });
    let gone = move || matches!(read.state().get(), LoadState::Failed(e) if e.status() == Some(404));
    let back = links::customer_tab(&customer_id, "subscriptions");
    let details = move |(customer, sub): (Customer, Subscription)| view! { <SubscriptionDetails customer sub/> };
    view! {
        <section class="page narrow">
            <p><A href=back>{i18n.msg("subscription-back-to-customer")}</A></p>
            <Show
                when=gone
                fallback=move || view! {
                    <Show when=move || !matches!(read.state().get(), LoadState::Ready(_))>
                        <PageHeading text=i18n.msg("subscription-title")/>
                    </Show>
                    <Loaded state=read.state() retry=Callback::new(move |_| read.retry()) children=details/>
                }
            >
                <PageHeading text=i18n.msg("subscription-gone-title")/>
                <p class="notice">{i18n.msg("subscription-error-gone")}</p>
                <p><A href=Page::Customers.path()>{i18n.msg("customers-back-to-list")}</A></p>
            </Show>
        </section>
    }
}
