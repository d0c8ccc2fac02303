use leptos::prelude::*;
use leptos_router::components::A;

use crate::capability::{Capability, can};
use crate::components::PageHeading;
use crate::i18n::use_i18n;
use crate::routes::Page;
use crate::session::use_session;

/// The pages of Account settings, in the docs' order, each with the capability that opens it
/// and its label and one-line description.
const SECTIONS: [(Page, Capability, &str, &str); 7] = [
    (Page::LegalProfile, Capability::ViewProfiles, "settings-legal-title", "settings-legal-about"),
    (Page::BillingProfile, Capability::ViewProfiles, "settings-billing-title", "settings-billing-about"),
    (Page::OrganizationProfile, Capability::ViewProfiles, "settings-organization-title", "settings-organization-about"),
    (Page::SupportProfile, Capability::ViewProfiles, "settings-support-title", "settings-support-about"),
    (Page::MpnProfile, Capability::ViewProfiles, "settings-mpn-title", "settings-mpn-about"),
    (Page::Users, Capability::ManageUsers, "settings-users-title", "settings-users-about"),
    (Page::Catalog, Capability::ViewOffers, "settings-catalog-title", "settings-catalog-about"),
];

/// `/account-settings`: the pages of Account settings this user's roles may open. A page they may
/// not open is absent, as in the Dashboard menu; the route itself refuses it too.
#[component]
pub fn AccountSettings() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let cloud = i18n.cloud();
    let open = move || {
        session.with(|s| {
            let roles = s.as_ref().map(|s| s.user.roles.as_slice()).unwrap_or_default();
            SECTIONS.into_iter().filter(|(_, what, ..)| can(cloud, roles, *what)).collect::<Vec<_>>()
        })
    };
    view! {
        <section class="page">
            <PageHeading text=i18n.msg("shell-menu-settings")/>
            <p class="lead">{i18n.msg("settings-hub-lead")}</p>
            <ul class="link-list">
                {move || open().into_iter().map(|(page, _, label, about)| view! {
                    <li>
                        <A href=page.path()>{i18n.msg(label)}</A>
                        <p class="muted">{i18n.msg(about)}</p>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
