use leptos::prelude::*;
use leptos_router::components::A;

use super::csv::{self, Cell};
use crate::api::{self, Client};
use crate::capability::{Capability, can};
use crate::components::Loaded;
use crate::download::save_text;
use crate::form::Load;
use crate::i18n::{I18n, use_i18n};
use crate::locale::Cloud;
use crate::model::customers::{Customer, Subscription, SubscriptionStatus};
use crate::pages::customers::links;
use crate::session::use_session;

/// The customer's subscriptions with the docs' columns (Subscription ID, Subscription, Quantity,
/// Status, and Reseller where a subscription has one), each leading to its details; **Add
/// subscription** for the roles that manage subscriptions; in the global cloud **Export
/// subscriptions** to CSV, built in the browser.
#[component]
pub fn SubscriptionsTab(customer: Customer) -> impl IntoView {
    let i18n = use_i18n();
    let cloud = i18n.cloud();
    let session = use_session();
    let client = expect_context::<Client>();
    let id = StoredValue::new(customer.id.clone());
    let domain = StoredValue::new(customer.company_profile.domain.clone());
    let may_add = move || {
        session.with(|s| s.as_ref().is_some_and(|s| can(cloud, &s.user.roles, Capability::ManageSubscriptions)))
    };
    let load = Load::new(move || {
        let client = client.clone();
        async move { api::subscriptions::list(&client, &id.get_value()).await }
    });
    let exported = RwSignal::new(None::<Result<usize, ()>>);

    let list = move |subs: Vec<Subscription>| {
        let subs = StoredValue::new(subs);
        let export = move |_| {
            let file = subs.with_value(|s| export_file(i18n, s));
            let n = subs.with_value(Vec::len);
            let ok = save_text(&csv::file_name(&domain.get_value()), "text/csv;charset=utf-8", &file);
            exported.set(Some(if ok { Ok(n) } else { Err(()) }));
        };
        let with_reseller = subs.with_value(|s| s.iter().any(|s| reseller(s).is_some()));
        let empty = subs.with_value(Vec::is_empty);
        view! {
            {(cloud == Cloud::Global && !empty).then(|| view! {
                <div class="actions">
                    <button type="button" class="button button-secondary" id="export-subscriptions" on:click=export>
                        {i18n.msg("customer-export-subscriptions")}
                    </button>
                </div>
                <p role="status" id="export-status">
                    {move || match exported.get() {
                        Some(Ok(n)) => i18n.t_with("customer-export-done", "count", n),
                        Some(Err(())) => i18n.t("customer-export-failed"),
                        None => String::new(),
                    }}
                </p>
            })}
            {if empty {
                view! { <p class="notice" id="no-subscriptions" role="status">{i18n.msg("customer-subscriptions-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="subscriptions-caption">
                        <table class="data-table" id="subscriptions-table">
                            <caption id="subscriptions-caption" class="visually-hidden">
                                {i18n.msg("customer-tab-subscriptions")}
                            </caption>
                            <thead>
                                <tr>
                                    <th scope="col">{i18n.msg("subscription-id")}</th>
                                    <th scope="col">{i18n.msg("subscription-name")}</th>
                                    <th scope="col" class="number">{i18n.msg("subscription-quantity")}</th>
                                    <th scope="col">{i18n.msg("subscription-status")}</th>
                                    {with_reseller.then(|| view! { <th scope="col">{i18n.msg("subscription-reseller")}</th> })}
                                </tr>
                            </thead>
                            <tbody>
                                {subs.get_value().into_iter().map(|s| row(i18n, id.get_value(), s, with_reseller)).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
                .into_any()
            }}
        }
    };
    view! {
        <div id="panel-subscriptions">
            <h2>{i18n.msg("customer-tab-subscriptions")}</h2>
            <Show
                when=may_add
                fallback=move || view! { <p class="notice" id="add-subscription-reason">{i18n.msg("customer-add-subscription-not-allowed")}</p> }
            >
                <div class="actions">
                    <A href=links::add_subscription(&id.get_value()) attr:class="button" attr:id="add-subscription">
                        {i18n.msg("subscription-add-title")}
                    </A>
                </div>
            </Show>
            <Loaded state=load.state() retry=Callback::new(move |_| load.retry()) children=list/>
        </div>
    }
}

fn row(i18n: I18n, customer: String, s: Subscription, with_reseller: bool) -> impl IntoView {
    let href = links::subscription(&customer, &s.id);
    let name = display_name(&s);
    let offer = (s.friendly_name.trim() != s.offer_name.trim()
        && !s.offer_name.trim().is_empty()
        && !s.friendly_name.trim().is_empty())
    .then(|| s.offer_name.clone());
    let quantity = s.quantity;
    let status = status_message(s.status);
    let partner = reseller(&s);
    view! {
        <tr data-subscription=s.id.clone()>
            <td>{s.id.clone()}</td>
            <td>
                <A href=href>{name}</A>
                {offer.map(|o| view! { <span class="muted" style="display:block">{o}</span> })}
            </td>
            <td class="number">{move || crate::i18n::format::number(i18n.locale(), quantity as f64)}</td>
            <td>{i18n.msg(status)}</td>
            {with_reseller.then(|| view! { <td>{partner.unwrap_or_default()}</td> })}
        </tr>
    }
}

/// The subscription as the partner calls it: its nickname, else the offer's name, else its id.
fn display_name(s: &Subscription) -> String {
    [&s.friendly_name, &s.offer_name, &s.id]
        .into_iter()
        .map(|v| v.trim())
        .find(|v| !v.is_empty())
        .unwrap_or_default()
        .to_string()
}

/// The reseller of record (MPN ID), where the subscription has one.
fn reseller(s: &Subscription) -> Option<String> {
    s.partner_id.as_ref().map(|p| p.trim().to_string()).filter(|p| !p.is_empty())
}

fn status_message(status: SubscriptionStatus) -> &'static str {
    match status {
        SubscriptionStatus::Active => "subscription-status-active",
        SubscriptionStatus::Suspended => "subscription-status-suspended",
        SubscriptionStatus::Deleted => "subscription-status-deleted",
        _ => "subscription-status-other",
    }
}

/// The CSV file: the docs' five columns, named and with statuses in the UI language.
fn export_file(i18n: I18n, subs: &[Subscription]) -> String {
    let header: Vec<String> = [
        "subscription-id",
        "subscription-name",
        "subscription-quantity",
        "subscription-status",
        "subscription-reseller",
    ]
    .iter()
    .map(|id| i18n.t(id))
    .collect();
    let rows: Vec<Vec<Cell>> = subs
        .iter()
        .map(|s| {
            vec![
                Cell::Text(s.id.clone()),
                Cell::Text(display_name(s)),
                Cell::Number(s.quantity),
                Cell::Text(i18n.t(status_message(s.status))),
                Cell::Text(reseller(s).unwrap_or_default()),
            ]
        })
        .collect();
    csv::build(&header, &rows)
}
