use leptos::prelude::*;

use crate::api::{self, Client};
use crate::components::{Loaded, PageHeading};
use crate::form::Load;
use crate::i18n::use_i18n;

/// The partner's MPN profile: the MPN ID and partner name, read-only. The contract has no update
/// for it (the MPN ID is associated while enrolling); a partner without one is told so.
#[component]
pub fn MpnProfilePage() -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let load = Load::new(move || {
        let client = client.clone();
        async move { api::profiles::mpn(&client).await }
    });
    let shown = move |found: Option<crate::model::profiles::MpnProfile>| match found {
        Some(p) => view! {
            <dl class="summary-list">
                <dt>{i18n.msg("profile-mpn-id")}</dt>
                <dd data-field="mpnId">{p.mpn_id.clone()}</dd>
                <dt>{i18n.msg("profile-partner-name")}</dt>
                <dd data-field="partnerName">{p.partner_name.clone()}</dd>
            </dl>
            <p class="muted">{i18n.msg("profile-mpn-read-only")}</p>
        }
        .into_any(),
        None => view! { <p class="notice" id="no-mpn-id">{i18n.msg("profile-mpn-none")}</p> }.into_any(),
    };
    view! {
        <section class="page">
            <PageHeading text=i18n.msg("settings-mpn-title")/>
            <Loaded state=load.state() retry=Callback::new(move |_| load.retry()) children=shown/>
        </section>
    }
}
