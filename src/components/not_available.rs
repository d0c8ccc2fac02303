use leptos::prelude::*;

use super::what_you_can_do::instead_now;
use super::{PageHeading, WhatYouCanDo};
use crate::i18n::use_i18n;
use crate::routes::Refusal;
use crate::session::use_session;

/// A page of the page list the partner may not open: not for their role, or not in this cloud.
/// Shown at the page's own address in its place (never the page, never "Page not found"), with
/// what they can do instead.
#[component]
pub fn NotAvailable(refusal: Refusal) -> impl IntoView {
    let i18n = use_i18n();
    let (title, text) = match refusal {
        Refusal::Role => (i18n.msg("nav-unavailable-role-title"), i18n.msg("nav-unavailable-role-text")),
        Refusal::Cloud => (i18n.msg("nav-unavailable-cloud-title"), i18n.msg_cloud("nav-unavailable-cloud-text")),
    };
    let instead = instead_now(use_session(), i18n.cloud());
    view! {
        <section class="page narrow">
            <PageHeading text=title/>
            <p class="lead">{text}</p>
            <WhatYouCanDo instead/>
        </section>
    }
}
