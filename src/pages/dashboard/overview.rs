use leptos::prelude::*;

use leptos_router::NavigateOptions;
use leptos_router::components::{A, Redirect};
use partner_center_rules::Role;

use super::not_enrolled::NotEnrolled;
use crate::components::PageHeading;
use crate::components::what_you_can_do::instead_now;
use crate::i18n::{format, use_i18n};
use crate::locale::Cloud;
use crate::model::session::ProgramStatus;
use crate::routes::{Instead, Page, Verdict};
use crate::session::use_session;

/// "Get started with Partner Center": what the doc says to do from Account settings, then from
/// the Overview page, once enrolled, each with the page that does it. A task whose page does not
/// exist yet (None) is text, never a dead link.
pub const GET_STARTED_ACCOUNT: [(&str, Option<Page>); 3] = [
    ("overview-start-profiles", Some(Page::AccountSettings)),
    ("overview-start-users", Some(Page::Users)),
    ("overview-start-catalog", Some(Page::Catalog)),
];
pub const GET_STARTED_OVERVIEW: [(&str, Option<Page>); 5] = [
    ("overview-start-customers", Some(Page::Customers)),
    ("overview-start-subscriptions", Some(Page::Customers)),
    ("overview-start-billing", None),
    ("overview-start-pricing", Some(Page::Pricing)),
    ("overview-start-support", None),
];

/// "Manage your Partner Center account", in the docs' order, with each task's page. The
/// password task differs by cloud: China's is the self-service reset ("Can't access your
/// account?"), the global one an admin's reset from User management.
pub fn setup_tasks(cloud: Cloud) -> [(&'static str, Option<Page>); 5] {
    let password = match cloud {
        Cloud::China => ("overview-task-password-china", Some(Page::Recover)),
        Cloud::Global => ("overview-task-password-global", Some(Page::Users)),
    };
    [
        ("overview-task-profile", Some(Page::LegalProfile)),
        ("overview-task-users", Some(Page::Users)),
        password,
        ("overview-task-pricing", Some(Page::Pricing)),
        ("overview-task-catalog", Some(Page::Catalog)),
    ]
}

/// How a task shows for someone holding `roles`: a link to its page, or why not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskState {
    Link(Page),
    /// The page exists, but this user's roles may not open it.
    NotForYourRole,
    /// This version of the portal has no page for it yet.
    NotYet,
}

pub fn task_state(page: Option<Page>, cloud: Cloud, roles: &[Role]) -> TaskState {
    match page {
        None => TaskState::NotYet,
        Some(p) if p.info().meta.verdict(cloud, Some(roles)) == Verdict::Open => TaskState::Link(p),
        Some(_) => TaskState::NotForYourRole,
    }
}

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
    let roles = move || session.with(|s| s.as_ref().map(|s| s.user.roles.clone()).unwrap_or_default());
    // A task: its words, linked to its page when this user may open it, else why not.
    let task = move |id: &'static str, page: Option<Page>| {
        let state = task_state(page, cloud, &roles());
        let words = match state {
            TaskState::Link(p) => view! { <A href=p.path()>{i18n.msg(id)}</A> }.into_any(),
            _ => view! { <span class="task-name">{i18n.msg(id)}</span> }.into_any(),
        };
        let why = match state {
            TaskState::Link(_) => None,
            TaskState::NotForYourRole => Some("overview-task-not-your-role"),
            TaskState::NotYet => Some("overview-task-coming"),
        };
        view! {
            <li>
                {words}
                {why.map(|why| view! { <span class="task-state muted">{i18n.msg(why)}</span> })}
            </li>
        }
    };

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
            {move || admin_agent_reminder(cloud, session.get().as_ref()).map(|user_page| view! {
                <section class="card notice" aria-labelledby="admin-agent-heading" id="admin-agent-reminder">
                    <h2 id="admin-agent-heading">{i18n.msg("overview-admin-agent-heading")}</h2>
                    <p>{i18n.msg("overview-admin-agent-body")}</p>
                    {user_page.map(|href| view! { <p><A href=href>{i18n.msg("overview-admin-agent-link")}</A></p> })}
                </section>
            })}
            <section class="card" aria-labelledby="setup-heading">
                <h2 id="setup-heading">{i18n.msg("overview-setup-heading")}</h2>
                <p>{i18n.msg_cloud("overview-setup-intro")}</p>
                <ul class="task-list">
                    {setup_tasks(cloud).into_iter().map(|(id, page)| task(id, page)).collect_view()}
                </ul>
            </section>
            <section class="card" aria-labelledby="get-started-heading">
                <h2 id="get-started-heading">{i18n.msg("overview-start-heading")}</h2>
                <p>{i18n.msg("overview-start-intro")}</p>
                <p id="get-started-account">{i18n.msg("overview-start-account-intro")}</p>
                <ul class="task-list" aria-labelledby="get-started-account">
                    {GET_STARTED_ACCOUNT.into_iter().map(|(id, page)| task(id, page)).collect_view()}
                </ul>
                <p id="get-started-overview">{i18n.msg("overview-start-overview-intro")}</p>
                <ul class="task-list" aria-labelledby="get-started-overview">
                    {GET_STARTED_OVERVIEW.into_iter().map(|(id, page)| task(id, page)).collect_view()}
                </ul>
            </section>
        </section>
    }
    .into_any()
}

/// The global docs' last enrollment step: once the account is ready, check that you are in the
/// admin agent group (Account settings › User management › your name › Admin agent › Update).
/// Shown in the global cloud to a user without the role: Some, with the address of their own
/// user page when their roles may open it.
pub fn admin_agent_reminder(cloud: Cloud, session: Option<&crate::model::Session>) -> Option<Option<String>> {
    let s = session?;
    if cloud != Cloud::Global || s.user.roles.contains(&Role::AdminAgent) {
        return None;
    }
    let open = Page::UserEdit.info().meta.verdict(cloud, Some(&s.user.roles)) == Verdict::Open;
    Some(open.then(|| format!("{}?id={}", Page::UserEdit.path(), crate::routes::query_value(&s.user.id))))
}

/// Joins role names the way the language lists things.
fn list(locale: crate::i18n::Locale, items: &[String]) -> String {
    format::list(locale, items)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(roles: &str) -> crate::model::Session {
        let json = format!(
            r#"{{"user":{{"id":"u 1","displayName":"Dana","userPrincipalName":"dana@fabrikam.onmicrosoft.com","roles":[{roles}]}},
            "partner":{{"id":"p","companyName":"Fabrikam","cloud":"global"}},"expiresAt":"2026-12-05T10:00:00Z"}}"#
        );
        serde_json::from_str(&json).expect("a session")
    }

    #[test]
    fn global_users_without_admin_agent_are_reminded_with_their_own_page_if_they_may_open_it() {
        let ga = session(r#""global_admin""#);
        assert_eq!(
            admin_agent_reminder(Cloud::Global, Some(&ga)),
            Some(Some("/account-settings/users/user?id=u%201".to_string()))
        );
        assert_eq!(admin_agent_reminder(Cloud::Global, Some(&session(r#""sales_agent""#))), Some(None));
        assert_eq!(admin_agent_reminder(Cloud::Global, Some(&session(r#""global_admin","admin_agent""#))), None);
        assert_eq!(admin_agent_reminder(Cloud::China, Some(&ga)), None);
        assert_eq!(admin_agent_reminder(Cloud::Global, None), None);
    }

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

    fn states(cloud: Cloud, role: Role) -> Vec<TaskState> {
        setup_tasks(cloud).into_iter().map(|(_, page)| task_state(page, cloud, &[role])).collect()
    }

    #[test]
    fn tasks_link_to_their_pages_for_the_roles_that_may_use_them() {
        use TaskState::*;
        assert_eq!(
            states(Cloud::China, Role::GlobalAdmin),
            [
                Link(Page::LegalProfile),
                Link(Page::Users),
                Link(Page::Recover),
                Link(Page::Pricing),
                Link(Page::Catalog)
            ]
        );
        // The self-service reset is anyone's in China; the global reset is a user admin's.
        assert_eq!(
            states(Cloud::China, Role::HelpdeskAgent),
            [NotForYourRole, NotForYourRole, Link(Page::Recover), NotForYourRole, NotForYourRole]
        );
        assert_eq!(states(Cloud::Global, Role::HelpdeskAgent)[2], NotForYourRole);
        assert_eq!(states(Cloud::Global, Role::UserManagementAdmin)[2], Link(Page::Users));
        assert_eq!(
            states(Cloud::Global, Role::SalesAgent),
            [Link(Page::LegalProfile), NotForYourRole, NotForYourRole, NotForYourRole, Link(Page::Catalog)]
        );
        assert_eq!(task_state(None, Cloud::China, &[Role::GlobalAdmin]), NotYet);
    }
}
