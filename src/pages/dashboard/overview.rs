use leptos::prelude::*;

use leptos_router::NavigateOptions;
use leptos_router::components::Redirect;

use super::not_enrolled::NotEnrolled;
use crate::components::PageHeading;
use crate::components::what_you_can_do::instead_now;
use crate::i18n::{format, use_i18n};
use crate::model::session::ProgramStatus;
use crate::routes::{Instead, Page};
use crate::session::use_session;

/// "Get started with Partner Center": what the doc says to do from Account settings, then from
/// the Overview page, once enrolled. Text only until those pages exist (no dead links).
pub const GET_STARTED_ACCOUNT: [&str; 3] =
    ["overview-start-profiles", "overview-start-users", "overview-start-catalog"];
pub const GET_STARTED_OVERVIEW: [&str; 5] = [
    "overview-start-customers",
    "overview-start-subscriptions",
    "overview-start-billing",
    "overview-start-pricing",
    "overview-start-support",
];

/// Whether the Overview is this partner's place yet: a partner still enrolling belongs at their
/// enrollment step, or, where they cannot enroll here, on a page that says so.
pub fn still_enrolling(status: ProgramStatus) -> bool {
    status == ProgramStatus::None
}

/// Dashboard › Overview: the partner's home after sign-in, with the account-setup tasks from
/// "Manage your Partner Center account". A task links to its page once that page exists.
#[component]
pub fn Overview() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let cloud = i18n.cloud();
    if session.get_untracked().is_some_and(|s| still_enrolling(s.partner.program_status)) {
        // Only into an enrollment this cloud has here: a global partner must never land in the
        // China steps.
        return match instead_now(session, cloud) {
            Instead::Enrollment => {
                let options = NavigateOptions { replace: true, ..Default::default() };
                view! { <Redirect path=Page::EnrollResume.path() options/> }.into_any()
            }
            instead => view! { <NotEnrolled instead/> }.into_any(),
        };
    }
    // The docs' own task list, in their order; the password task differs by cloud.
    let password_task = match cloud {
        crate::config::Cloud::China => "overview-task-password-china",
        crate::config::Cloud::Global => "overview-task-password-global",
    };
    let tasks = [
        "overview-task-profile",
        "overview-task-users",
        password_task,
        "overview-task-pricing",
        "overview-task-catalog",
    ];

    view! {
        <section class="page">
            <PageHeading text=i18n.msg("overview-title")/>
            {move || session.get().map(|s| {
                let roles = s.user.roles.iter().filter_map(|r| r.message_id()).map(|id| i18n.t(id)).collect::<Vec<_>>();
                let until = format::time(i18n.locale(), &s.expires_at);
                view! {
                    <div class="welcome">
                        <p class="lead">{i18n.t_args("overview-welcome", &[("name", s.user.display_name.clone())])}</p>
                        <p>{i18n.t_args("overview-partner", &[("company", s.partner.company_name.clone())])}</p>
                        <p>{i18n.t_args("overview-roles", &[("roles", list(i18n.locale(), &roles))])}</p>
                        <p class="muted">{i18n.t_args("overview-session-until", &[("time", until)])}</p>
                    </div>
                }
            })}
            <section class="card" aria-labelledby="setup-heading">
                <h2 id="setup-heading">{i18n.msg("overview-setup-heading")}</h2>
                <p>{i18n.msg_cloud("overview-setup-intro")}</p>
                <ul class="task-list">
                    {tasks.into_iter().map(|id| view! {
                        <li>
                            <span class="task-name">{i18n.msg(id)}</span>
                            <span class="task-state muted">{i18n.msg("overview-task-coming")}</span>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
            <section class="card" aria-labelledby="get-started-heading">
                <h2 id="get-started-heading">{i18n.msg("overview-start-heading")}</h2>
                <p>{i18n.msg("overview-start-intro")}</p>
                <p id="get-started-account">{i18n.msg("overview-start-account-intro")}</p>
                <ul aria-labelledby="get-started-account">
                    {GET_STARTED_ACCOUNT.into_iter().map(|id| view! { <li>{i18n.msg(id)}</li> }).collect_view()}
                </ul>
                <p id="get-started-overview">{i18n.msg("overview-start-overview-intro")}</p>
                <ul aria-labelledby="get-started-overview">
                    {GET_STARTED_OVERVIEW.into_iter().map(|id| view! { <li>{i18n.msg(id)}</li> }).collect_view()}
                </ul>
                <p class="muted">{i18n.msg("overview-task-coming")}</p>
            </section>
        </section>
    }
    .into_any()
}

/// Joins role names the way the language lists things.
fn list(locale: crate::i18n::Locale, items: &[String]) -> String {
    format::list(locale, items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_partner_still_enrolling_is_sent_back() {
        assert!(still_enrolling(ProgramStatus::None));
        assert!(!still_enrolling(ProgramStatus::Active));
    }

    #[test]
    fn the_doc_lists_three_account_tasks_and_five_overview_tasks() {
        assert_eq!(GET_STARTED_ACCOUNT.len(), 3);
        assert_eq!(GET_STARTED_OVERVIEW.len(), 5);
    }
}
