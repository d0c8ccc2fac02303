use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

use super::customer_table::CustomerTable;
use super::found::Found;
use crate::api::{self, ApiError, Client};
use crate::components::PageHeading;
use crate::form::Load;
use crate::i18n::use_i18n;
use crate::model::common::Collection;
use crate::model::relationships::SharedCustomer;
use crate::page_task::PageTasks;
use crate::routes::{Page, with_param};
use crate::session::{current_address, sign_in_again};

/// Customers per read: a reseller shares a handful with a provider, seldom hundreds.
const PAGE_SIZE: u32 = 100;

/// `/indirect-providers/customers/{providerId}`, Indirect providers › **View customers**: "a
/// list of the customers you and the provider share" (GL17/indirect-reseller-tasks), paged by
/// the server (Show more follows `links.next`). The provider is in the address, so the page
/// survives a reload and can be bookmarked.
#[component]
pub fn SharedCustomersPage() -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let provider = use_params_map().with_untracked(|p| p.get("provider")).unwrap_or_default();
    let invite = with_param(Page::IndirectInviteCustomers, &provider);
    let first = Load::new({
        let client = client.clone();
        move || {
            let (c, id) = (client.clone(), provider.clone());
            async move {
                // The provider's name for the page, and a clear page for an id that is not one
                // of the partner's providers (the list below would answer 404 too).
                let providers = api::relationships::providers(&c).await?;
                let Some(p) = providers.items.into_iter().find(|p| p.id == id) else {
                    return Err(ApiError::from_status(404, "", None));
                };
                let page = api::relationships::shared_customers(&c, &id, PAGE_SIZE).await?;
                Ok((p.name, page))
            }
        }
    });
    let list = move |(name, page): (String, Collection<SharedCustomer>)| {
        view! { <SharedList provider=name page client=client.clone()/> }
    };
    view! {
        <section class="page">
            <PageHeading text=i18n.msg("indirect-shared-title")/>
            <Found
                state=first.state()
                retry=Callback::new(move |_| first.retry())
                loading="indirect-shared-loading"
                missing="indirect-not-your-provider"
                children=list
            />
            <div class="actions">
                <A href=invite attr:class="button">{i18n.msg("indirect-providers-invite-customers")}</A>
                <A href=Page::IndirectProviders.path() attr:class="button button-secondary">
                    {i18n.msg("indirect-back-to-providers")}
                </A>
            </div>
        </section>
    }
}

/// The shared customers read so far, and Show more while the server has more.
#[component]
fn SharedList(provider: String, page: Collection<SharedCustomer>, client: Client) -> impl IntoView {
    let i18n = use_i18n();
    let tasks = PageTasks::here();
    let customers = RwSignal::new(page.items);
    let next = RwSignal::new(page.links.next);
    let reading = RwSignal::new(false);
    let failed = RwSignal::new(None::<ApiError>);
    let lead = {
        let p = provider.clone();
        move || i18n.t_with("indirect-shared-lead", "provider", p.clone())
    };
    let empty = move || i18n.t_with("indirect-shared-empty", "provider", provider.clone());
    let more = move |_| {
        let Some(link) = next.get_untracked() else { return };
        if reading.get_untracked() {
            return;
        }
        reading.set(true);
        failed.set(None);
        let c = client.clone();
        tasks.spawn(async move {
            match api::relationships::next_shared_customers(&c, &link).await {
                Ok(mut p) => {
                    customers.update(|v| v.append(&mut p.items));
                    next.set(p.links.next);
                }
                Err(e) if e.needs_sign_in() => sign_in_again(&use_navigate(), &current_address()),
                // The rows already read stay; Show more tries the same page again.
                Err(e) => failed.set(Some(e)),
            }
            reading.set(false);
        });
    };
    view! {
        <p class="lead">{lead}</p>
        {move || {
            if customers.with(Vec::is_empty) {
                view! { <p class="empty-state" id="partner-customers-empty">{empty.clone()}</p> }.into_any()
            } else {
                view! { <CustomerTable customers domain=true label=i18n.msg("indirect-shared-title")/> }.into_any()
            }
        }}
        {move || failed.get().map(|e| view! {
            <div class="notice notice-error" role="alert">
                <p>{crate::form::request_error_message(i18n, &e)}</p>
            </div>
        })}
        {move || next.with(Option::is_some).then(|| view! {
            <p>
                <button type="button" class="button button-secondary" id="partner-customers-more" on:click=more.clone()
                    aria-busy=move || reading.get().then_some("true")>
                    {move || i18n.t(if reading.get() { "indirect-shared-more-loading" } else { "indirect-shared-more" })}
                </button>
            </p>
        })}
    }
}
