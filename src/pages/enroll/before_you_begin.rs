use leptos::prelude::*;

use super::JOIN_MPN_URL;
use crate::components::PageHeading;
use crate::i18n::use_i18n;

/// `/enroll`: the cloud's own first page. China: "Before you begin" for the 21Vianet CSP
/// reseller program; global: the indirect reseller program's Welcome.
#[component]
pub fn BeforeYouBegin() -> impl IntoView {
    match use_i18n().cloud() {
        crate::locale::Cloud::China => view! { <ChinaIntro/> }.into_any(),
        crate::locale::Cloud::Global => view! { <super::welcome::Welcome/> }.into_any(),
    }
}

/// "Before you begin": what to have at hand, how long enrollment takes, and the way in: sign in
/// with a work account, or "Create one".
#[component]
fn ChinaIntro() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page">
            <PageHeading text=i18n.msg("enroll-intro-title")/>
            <p class="lead">{i18n.msg("enroll-intro-lead")}</p>
            <p class="notice" role="note">
                <strong>{i18n.msg("enroll-intro-important")}</strong> " " {i18n.msg("enroll-intro-weeks")}
            </p>
            <h2>{i18n.msg("enroll-intro-before-heading")}</h2>
            <p>{i18n.msg("enroll-intro-before-text")}</p>
            <ul class="checklist">
                <li>{i18n.msg("enroll-intro-need-account")}</li>
                <li>
                    {i18n.msg("enroll-intro-need-mpn")} " "
                    <a href=JOIN_MPN_URL rel="noopener noreferrer" target="_blank">
                        {i18n.msg("enroll-intro-join-mpn")}
                        <span class="visually-hidden">" " {i18n.msg("enroll-opens-new-tab")}</span>
                    </a>
                </li>
                <li>{i18n.msg("enroll-intro-need-support")}</li>
                <li>{i18n.msg("enroll-intro-need-phone")}</li>
            </ul>
            <super::way_in::WayIn start="enroll-intro-start" text="enroll-intro-start-text"/>
        </section>
    }
    .into_any()
}
