use leptos::prelude::*;
use leptos_router::components::A;

use super::JOIN_MPN_URL;
use crate::components::PageHeading;
use crate::i18n::use_i18n;
use crate::routes::{Page, sign_in_returning_to};
use crate::session::use_session;

/// The global indirect reseller enrollment's **Welcome**: what to have at hand (the seed's
/// prerequisites), how long the review takes, then **Next**: sign in with the work account, or
/// **Create one**.
#[component]
pub fn Welcome() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let next = move || {
        if session.is_signed_in() {
            view! {
                <p><A href=Page::EnrollResume.path() attr:class="button">{i18n.msg("enroll-welcome-next")}</A></p>
            }
            .into_any()
        } else {
            view! {
                <h2>{i18n.msg("enroll-intro-start-heading")}</h2>
                <p>{i18n.msg("enroll-welcome-start-text")}</p>
                <p class="actions">
                    <A href=sign_in_returning_to(Page::EnrollResume.path()) attr:class="button">
                        {i18n.msg("shell-sign-in")}
                    </A>
                    " "
                    <A href=Page::CreateOne.path() attr:class="button button-secondary">
                        {i18n.msg("enroll-intro-create-one")}
                    </A>
                </p>
            }
            .into_any()
        }
    };
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
            {next}
        </section>
    }
}
