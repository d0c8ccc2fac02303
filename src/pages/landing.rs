use leptos::prelude::*;
use leptos_router::components::{A, Redirect};

use crate::components::PageHeading;
use crate::i18n::use_i18n;
use crate::routes::{Page, Verdict};
use crate::session::use_session;

/// The front door for signed-out visitors: what this portal is, and Sign in. Signed-in partners
/// go straight to their Overview.
#[component]
pub fn Landing() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let enrollment_here = Page::Enroll.info().meta.verdict(i18n.cloud(), None) == Verdict::Open;
    view! {
        <Show
            when=move || !session.is_signed_in()
            fallback=|| view! { <Redirect path=Page::Overview.path()/> }
        >
            <section class="page landing">
                <PageHeading text=i18n.msg_cloud("landing-title") document_title=i18n.msg(i18n.cloud().app_name_id())/>
                <p class="lead">{i18n.msg_cloud("landing-intro")}</p>
                <p>{i18n.msg_cloud("landing-what")}</p>
                <div class="landing-columns">
                    <section aria-labelledby="landing-tasks">
                        <h2 id="landing-tasks">{i18n.msg("landing-tasks-heading")}</h2>
                        <ul>
                            <li>{i18n.msg("landing-task-account")}</li>
                            <li>{i18n.msg("landing-task-customers")}</li>
                            <li>{i18n.msg("landing-task-pricing")}</li>
                            <li>{i18n.msg("landing-task-billing")}</li>
                        </ul>
                    </section>
                    <section aria-labelledby="landing-sign-in" class="card">
                        <h2 id="landing-sign-in">{i18n.msg("landing-sign-in-heading")}</h2>
                        <p>{i18n.msg("landing-sign-in-text")}</p>
                        <A href=Page::SignIn.path() attr:class="button">{i18n.msg("shell-sign-in")}</A>
                    </section>
                    // Only where the page list has an enrollment start in this cloud.
                    {enrollment_here.then(|| view! {
                        <section aria-labelledby="new-partners-heading" class="card">
                            <h2 id="new-partners-heading">{i18n.msg("enroll-landing-heading")}</h2>
                            <p>{i18n.msg("enroll-landing-text")}</p>
                            <A href=Page::Enroll.path() attr:class="button button-secondary">{i18n.msg("enroll-landing-link")}</A>
                        </section>
                    })}
                </div>
            </section>
        </Show>
    }
}
