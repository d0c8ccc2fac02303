use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use super::account_tab::AccountTab;
use super::customer_gone::CustomerGone;
use super::subscriptions_tab::SubscriptionsTab;
use super::tab::Tab;
use super::users_tab::UsersTab;
use crate::api::{self, Client};
use crate::components::{Loaded, PageHeading};
use crate::form::Load;
use crate::form::load::LoadState;
use crate::i18n::use_i18n;
use crate::model::customers::Customer;
use crate::pages::customers::links;
use crate::routes::Page;

/// `/customers/customer?id=<customerId>&tab=account|subscriptions|users`: the customer's name as
/// the heading, the customer menu, and the chosen tab. The customer and the tab live in the
/// address, so a reload or a shared link opens the same place.
#[component]
pub fn CustomerPage() -> impl IntoView {
    let i18n = use_i18n();
    let cloud = i18n.cloud();
    let client = expect_context::<Client>();
    let params = use_query_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").map(|v| v.trim().to_string()).unwrap_or_default()));
    let tab = Memo::new(move |_| params.with(|p| Tab::parse(p.get("tab").as_deref(), cloud)));

    let customer = Load::new(move || {
        let (client, id) = (client.clone(), id.get_untracked());
        async move {
            // A link without a customer is a customer that is not there.
            if id.is_empty() {
                return Err(api::ApiError::Status { status: 404, body: None, retry_after_secs: None });
            }
            api::customers::get(&client, &id).await
        }
    });
    // Another customer in the address (Back, or a link to another customer): read it.
    Effect::new(move |prev: Option<String>| {
        let now = id.get();
        if prev.is_some_and(|p| p != now) {
            customer.retry();
        }
        now
    });

    let heading = Signal::derive(move || match customer.state().get() {
        LoadState::Ready(c) => c.display_name(),
        _ => i18n.t("customer-title"),
    });
    let shown = move |c: Customer| {
        let c = StoredValue::new(c);
        view! {
            <nav aria-label=i18n.msg("customer-menu") class="customer-menu">
                <ul class="actions" role="list" style="list-style:none;padding:0">
                    {Tab::all(cloud)
                        .iter()
                        .map(|t| {
                            let t = *t;
                            let href = c.with_value(|c| links::customer_tab(&c.id, t.as_str()));
                            let current = move || tab.get() == t;
                            // A plain link: the router follows it all the same, and `A` would
                            // judge "current" by the path alone, which all the tabs share.
                            view! {
                                <li>
                                    <a
                                        href=href
                                        class="button button-secondary"
                                        aria-current=move || current().then_some("page")
                                        style=move || current().then_some("text-decoration:underline;text-underline-offset:.3em")
                                    >
                                        {i18n.msg(t.label())}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
            {move || {
                let c = c.get_value();
                match tab.get() {
                    Tab::Account => view! { <AccountTab customer=c/> }.into_any(),
                    Tab::Subscriptions => view! { <SubscriptionsTab customer=c/> }.into_any(),
                    Tab::Users => view! { <UsersTab customer=c/> }.into_any(),
                }
            }}
        }
    };
    view! {
        <section class="page">
            <p>
                <A href=Page::Customers.path() exact=true>{i18n.msg("customers-back-to-list")}</A>
            </p>
            <PageHeading text=heading/>
            {move || match customer.state().get() {
                LoadState::Failed(e) if e.status() == Some(404) => view! { <CustomerGone/> }.into_any(),
                _ => view! { <Loaded state=customer.state() retry=Callback::new(move |_| customer.retry()) children=shown/> }.into_any(),
            }}
        </section>
    }
}
