use leptos::prelude::*;
use leptos_router::components::A;

use super::SignOutButton;
use crate::i18n::use_i18n;
use crate::model::session::ProgramStatus;
use crate::routes::{self, Instead, PAGES, Page};
use crate::session::SessionCtx;

/// What the signed-in partner (or a visitor) can do instead of what they came for: the
/// Overview, their enrollment, or, while their organization cannot use this portal yet, why
/// and Sign out.
#[component]
pub fn WhatYouCanDo(instead: Instead) -> impl IntoView {
    let i18n = use_i18n();
    let link = |page: Page, label: &'static str| view! { <p><A href=page.path()>{i18n.msg(label)}</A></p> };
    let body = match instead {
        Instead::Home => link(Page::Landing, "nav-instead-home").into_any(),
        Instead::Overview => link(Page::Overview, "nav-instead-overview").into_any(),
        Instead::Enrollment => view! {
            <p>{i18n.msg("nav-instead-enrollment-text")}</p>
            {link(Page::EnrollResume, "nav-instead-enrollment")}
        }
        .into_any(),
        Instead::AskGlobalAdmin => view! {
            <p>{i18n.msg("nav-instead-ask-admin")}</p>
            <p><SignOutButton class="button"/></p>
        }
        .into_any(),
        Instead::EnrollmentNotHere => view! {
            <p>{move || i18n.t_args("nav-not-here-text", &[("app", i18n.app_name())])}</p>
            <p>{i18n.msg("nav-not-here-sign-out")}</p>
            <p><SignOutButton class="button"/></p>
        }
        .into_any(),
    };
    view! {
        <section class="card" aria-labelledby="what-next">
            <h2 id="what-next">{i18n.msg("nav-instead-heading")}</h2>
            {body}
        </section>
    }
}

/// What to offer the partner signed in now (or a signed-out visitor) in this cloud.
pub fn instead_now(session: SessionCtx, cloud: crate::locale::Cloud) -> Instead {
    untrack(|| {
        session.with(|s| {
            let roles = s.as_ref().map(|s| s.user.roles.as_slice());
            let enrolling = s.as_ref().is_some_and(|s| s.partner.program_status == ProgramStatus::None);
            routes::instead(PAGES, cloud, roles, enrolling)
        })
    })
}
