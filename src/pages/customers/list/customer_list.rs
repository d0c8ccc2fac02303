use leptos::prelude::*;
use leptos_router::components::A;

use super::controller::{ListCtl, error_text};
use super::customer_table::CustomerTable;
use super::empty_state::EmptyState;
use super::export_button::ExportButton;
use super::list_status::ListStatus;
use super::pager::Pager;
use super::search_box::SearchBox;
use super::state::clean_search;
use crate::capability::{Capability, can};
use crate::components::PageHeading;
use crate::i18n::use_i18n;
use crate::locale::Cloud;
use crate::routes::Page;
use crate::session::use_session;

/// `/customers`: the partner's customers, searched by company name or domain as the partner
/// types, a page at a time, each row expanding in place. The search, the expanded row and the
/// page are in the address (`?q=&open=&at=`), so Back, a reload or a shared link shows the same.
#[component]
pub fn CustomerList() -> impl IntoView {
    let i18n = use_i18n();
    let cloud = i18n.cloud();
    let roles = use_session().get_untracked().map(|s| s.user.roles).unwrap_or_default();
    let may_add = can(cloud, &roles, Capability::AddCustomers);
    let may_request = can(cloud, &roles, Capability::RequestRelationship);

    let ctl = ListCtl::new();
    let url = ctl.url;
    // What is in the box, ahead of the address (which follows once typing pauses).
    let typed = RwSignal::new(url.get_untracked().q);

    // The address decides what is read: the search and the page. A new one cancels the read
    // before it (the expanded row is no reason to read again).
    let key = Memo::new(move |_| url.with(|s| (s.q.clone(), s.at.clone())));
    Effect::new(move |_| {
        let (q, at) = key.get();
        ctl.load(q, at);
    });
    // Back or Forward to another search: the box shows it. The box's own text is left alone
    // while it means the same search (a trailing space just typed stays).
    Effect::new(move |_| {
        let q = url.with(|s| s.q.clone());
        if clean_search(&typed.get_untracked()) != q {
            typed.set(q);
        }
    });

    let error = move || {
        ctl.error.get().map(|e| {
            view! {
                <div class="notice notice-error" role="alert">
                    <p>{error_text(i18n, &e)}</p>
                    <button type="button" class="button" on:click=move |_| ctl.retry()>{i18n.msg("error-retry")}</button>
                </div>
            }
        })
    };
    view! {
        <section class="page">
            <PageHeading text=i18n.msg("customers-title")/>
            <p class="lead">{i18n.msg("customers-list-lead")}</p>
            {(may_add || may_request).then(|| view! {
                <div class="actions">
                    {may_add.then(|| view! {
                        <A href=Page::CustomerAdd.path() attr:class="button">{i18n.msg("customers-add-title")}</A>
                    })}
                    {may_request.then(|| view! {
                        <A href=Page::RelationshipRequest.path() attr:class="button button-secondary">
                            {i18n.msg("relationship-title")}
                        </A>
                    })}
                </div>
            })}
            <SearchBox ctl typed/>
            {(cloud == Cloud::Global).then(|| view! { <ExportButton ctl/> })}
            <ListStatus ctl/>
            {error}
            <EmptyState ctl typed may_add/>
            <CustomerTable ctl/>
            <Pager ctl/>
        </section>
    }
}
