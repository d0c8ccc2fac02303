use leptos::prelude::*;

use super::JOIN_MPN_URL;
use crate::components::PageHeading;
use crate::i18n::use_i18n;

/// The global indirect reseller enrollment's **Welcome**: what to have at hand (the seed's
/// prerequisites), how long the review takes, then **Next**: sign in with the work account, or
/// **Create one**.
#[component]
pub fn Welcome() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page">
            <PageHeading text=i18n.msg("enroll-welcome-title")/>
            <p class="lead">{i18n.msg("enroll-welcome-lead")}</p>
            <p class="notice" role="note">{i18n.msg("enroll-welcome-days")}</p>
            <h2>{i18n.msg("enroll-intro-before-heading")}</h2>
            <ul class="checklist">
                <li>{i18n.msg("enroll-welcome-need-account")}</li>
                <li>
                    {i18n.msg("enroll-welcome-need-pmc")} " "
                    <a href=JOIN_MPN_URL rel="noopener noreferrer" target="_blank">
                        {i18n.msg("enroll-intro-join-mpn")}
                        <span class="visually-hidden">" " {i18n.msg("enroll-opens-new-tab")}</span>
                    </a>
                </li>
                <li>{i18n.msg("enroll-welcome-need-profile")}</li>
            </ul>
            <super::way_in::WayIn start="enroll-welcome-next" text="enroll-welcome-start-text"/>
        </section>
    }
}
