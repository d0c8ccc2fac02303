use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_i18n;
use crate::routes::{Page, sign_in_returning_to};
use crate::session::use_session;

/// The way into either cloud's enrollment from its first page: signed in, one button on to the
/// step the partner belongs at (`start`); signed out, Sign in or Create one, with the cloud's
/// words (`text`).
#[component]
pub fn WayIn(start: &'static str, text: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    move || {
        if session.is_signed_in() {
            view! { <p><A href=Page::EnrollResume.path() attr:class="button">{i18n.msg(start)}</A></p> }.into_any()
        } else {
            view! {
                <h2>{i18n.msg("enroll-intro-start-heading")}</h2>
                <p>{i18n.msg(text)}</p>
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
    }
}
