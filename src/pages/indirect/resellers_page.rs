use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::{self, Client};
use crate::components::{Loaded, PageHeading};
use crate::form::Load;
use crate::i18n::{format, use_i18n};
use crate::model::common::Collection;
use crate::model::customers::PartnerRelationship;
use crate::model::relationships::Invitation;
use crate::routes::{Page, with_param};

/// `/indirect-resellers`, the provider's **Indirect resellers** page (GL17/indirect-provider-
/// tasks): **Request a partnership**, the invitations no reseller has accepted yet, and the
/// authorized resellers, each with its customers. The two lists are read apart, so one that
/// fails leaves the other on screen.
#[component]
pub fn ResellersPage() -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let pending = Load::new({
        let client = client.clone();
        move || {
            let c = client.clone();
            async move { api::relationships::pending_invitations(&c).await }
        }
    });
    let resellers = Load::new(move || {
        let c = client.clone();
        async move { api::relationships::resellers(&c).await }
    });
    let pending_table = move |list: Collection<Invitation>| view! { <PendingTable invitations=list.items/> };
    let reseller_table = move |list: Collection<PartnerRelationship>| view! { <ResellerTable resellers=list.items/> };
    view! {
        <section class="page">
            <PageHeading text=i18n.msg("indirect-resellers-title")/>
            <p class="lead">{i18n.msg("indirect-resellers-lead")}</p>
            <div class="actions">
                <A href=Page::IndirectPartnershipRequest.path() attr:class="button" attr:id="request-partnership">
                    {i18n.msg("indirect-request-title")}
                </A>
            </div>
            <section aria-labelledby="authorized-heading">
                <h2 id="authorized-heading">{i18n.msg("indirect-resellers-authorized-heading")}</h2>
                <Loaded
                    state=resellers.state()
                    retry=Callback::new(move |_| resellers.retry())
                    loading="indirect-resellers-loading"
                    children=reseller_table
                />
            </section>
            <section aria-labelledby="pending-heading">
                <h2 id="pending-heading">{i18n.msg("indirect-pending-heading")}</h2>
                <Loaded
                    state=pending.state()
                    retry=Callback::new(move |_| pending.retry())
                    loading="indirect-pending-loading"
                    children=pending_table
                />
            </section>
        </section>
    }
}

/// The authorized resellers, or why there are none.
#[component]
fn ResellerTable(resellers: Vec<PartnerRelationship>) -> impl IntoView {
    let i18n = use_i18n();
    if resellers.is_empty() {
        return view! { <p class="empty-state" id="resellers-empty">{i18n.msg("indirect-resellers-empty")}</p> }
            .into_any();
    }
    let rows = resellers
        .into_iter()
        .map(|r| {
            let customers = with_param(Page::IndirectResellerCustomers, &r.id);
            view! {
                <tr>
                    // Names and codes from the server: text, never markup.
                    <th scope="row">{r.name}</th>
                    <td>{r.mpn_id}</td>
                    <td>{r.location}</td>
                    <td><A href=customers>{i18n.msg("indirect-resellers-view-customers")}</A></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=i18n.msg("indirect-resellers-authorized-heading")>
            <table class="data-table" id="resellers-table">
                <caption class="visually-hidden">{i18n.msg("indirect-resellers-authorized-heading")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.msg("indirect-resellers-name")}</th>
                        <th scope="col">{i18n.msg("indirect-providers-mpn")}</th>
                        <th scope="col">{i18n.msg("indirect-providers-location")}</th>
                        <th scope="col">{i18n.msg("indirect-actions")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The invitations still open, newest first, or why there are none.
#[component]
fn PendingTable(invitations: Vec<Invitation>) -> impl IntoView {
    let i18n = use_i18n();
    if invitations.is_empty() {
        return view! { <p class="empty-state" id="pending-empty">{i18n.msg("indirect-pending-empty")}</p> }.into_any();
    }
    let when = move |at: Option<String>| move || at.as_deref().map(|t| format::date_time(i18n.locale(), t));
    let rows = invitations
        .into_iter()
        .map(|inv| {
            view! {
                <tr>
                    // What the provider typed: text, never markup.
                    <th scope="row" translate="no">{inv.reseller_email}</th>
                    <td>{when(inv.created_at)}</td>
                    <td>{when(inv.expires_at)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=i18n.msg("indirect-pending-heading")>
            <table class="data-table" id="pending-table">
                <caption class="visually-hidden">{i18n.msg("indirect-pending-heading")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.msg("indirect-pending-email")}</th>
                        <th scope="col">{i18n.msg("indirect-pending-sent")}</th>
                        <th scope="col">{i18n.msg("indirect-pending-expires")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
