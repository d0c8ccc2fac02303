use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::{self, Client};
use crate::components::{Loaded, PageHeading};
use crate::form::Load;
use crate::i18n::use_i18n;
use crate::model::common::Collection;
use crate::model::customers::PartnerRelationship;
use crate::routes::{Page, with_param};

/// `/indirect-providers`: the reseller's indirect providers (GL17/indirect-reseller-tasks: "the
/// provider appears on the reseller's Indirect providers page"), each with its MPN ID and
/// location, **View customers** and **Invite new customers**. A provider gets here by an
/// invitation the reseller's global admin authorizes.
#[component]
pub fn ProvidersPage() -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let providers = Load::new(move || {
        let c = client.clone();
        async move { api::relationships::providers(&c).await }
    });
    let table = move |list: Collection<PartnerRelationship>| view! { <ProviderTable providers=list.items/> };
    view! {
        <section class="page">
            <PageHeading text=i18n.msg("indirect-providers-title")/>
            <p class="lead">{i18n.msg("indirect-providers-lead")}</p>
            <Loaded
                state=providers.state()
                retry=Callback::new(move |_| providers.retry())
                loading="indirect-providers-loading"
                children=table
            />
        </section>
    }
}

/// The providers, or why there are none.
#[component]
fn ProviderTable(providers: Vec<PartnerRelationship>) -> impl IntoView {
    let i18n = use_i18n();
    if providers.is_empty() {
        return view! { <p class="empty-state" id="providers-empty">{i18n.msg("indirect-providers-empty")}</p> }
            .into_any();
    }
    let rows = providers
        .into_iter()
        .map(|p| {
            let customers = with_param(Page::IndirectSharedCustomers, &p.id);
            let invite = with_param(Page::IndirectInviteCustomers, &p.id);
            view! {
                <tr>
                    // Names and codes from the server: text, never markup.
                    <th scope="row">{p.name}</th>
                    <td>{p.mpn_id}</td>
                    <td>{p.location}</td>
                    <td>
                        <A href=customers>{i18n.msg("indirect-providers-view-customers")}</A>
                        " "
                        <A href=invite>{i18n.msg("indirect-providers-invite-customers")}</A>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=i18n.msg("indirect-providers-title")>
            <table class="data-table" id="providers-table">
                <caption class="visually-hidden">{i18n.msg("indirect-providers-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.msg("indirect-providers-name")}</th>
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
