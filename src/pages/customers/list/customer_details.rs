use leptos::prelude::*;
use leptos_router::components::A;

use super::labels::{status_id, subscription_name};
use crate::api::{self, Client};
use crate::capability::{Capability, can};
use crate::components::Loaded;
use crate::form::Load;
use crate::i18n::{format, use_i18n};
use crate::locale::Cloud;
use crate::model::customers::Subscription;
use crate::pages::customers::links;
use crate::session::use_session;

/// A customer's expanded row, as the docs describe it: the Microsoft ID, the subscriptions (read
/// when the row opens, with their own progress, error and Try again) and the quick links to the
/// customer's pages. Closing the row drops the read.
#[component]
pub fn CustomerDetails(id: String, microsoft_id: String, name: String) -> impl IntoView {
    let i18n = use_i18n();
    let cloud = i18n.cloud();
    let client = expect_context::<Client>();
    let subscriptions = {
        let id = id.clone();
        Load::new(move || {
            let (client, id) = (client.clone(), id.clone());
            async move { api::subscriptions::list(&client, &id).await }
        })
    };
    // Users and licenses: the global cloud only, for the roles that manage them.
    let users = cloud == Cloud::Global
        && use_session().get_untracked().is_some_and(|s| can(cloud, &s.user.roles, Capability::ManageCustomerUsers));
    let customer = id.clone();
    let of_customer = id.clone();
    let list = move |all: Vec<Subscription>| {
        if all.is_empty() {
            return view! { <p>{i18n.msg("customers-list-no-subscriptions")}</p> }.into_any();
        }
        let l = i18n.locale();
        let items = all
            .iter()
            .map(|s| {
                let href = links::subscription(&of_customer, &s.id);
                let facts = format!(
                    "{}: {} · {}: {}",
                    i18n.t("subscription-quantity"),
                    format::number(l, s.quantity as f64),
                    i18n.t("subscription-status"),
                    i18n.t(status_id(s.status)),
                );
                view! {
                    <li>
                        <a href=href>{subscription_name(s).to_string()}</a>
                        <p class="muted">{facts}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="link-list">{items}</ul> }.into_any()
    };
    view! {
        <div class="details-panel">
            <dl class="details">
                <dt>{i18n.msg("customers-microsoft-id")}</dt>
                <dd>{microsoft_id}</dd>
            </dl>
            <h2>{i18n.msg("customers-list-subscriptions")}</h2>
            <Loaded
                state=subscriptions.state()
                retry=Callback::new(move |_| subscriptions.retry())
                loading="customers-list-loading-subscriptions"
                children=list
            />
            <h2>{i18n.msg("customers-list-quick-links")}</h2>
            <ul class="actions quick-links" aria-label=move || i18n.t_with("customers-list-links-for", "name", name.clone())>
                <li><A href=links::customer_tab(&customer, "account")>{i18n.msg("customers-list-link-account")}</A></li>
                <li><A href=links::customer_tab(&customer, "subscriptions")>{i18n.msg("customers-list-link-subscriptions")}</A></li>
                {users.then(|| view! {
                    <li><A href=links::customer_tab(&customer, "users")>{i18n.msg("customers-list-link-users")}</A></li>
                })}
            </ul>
        </div>
    }
}
