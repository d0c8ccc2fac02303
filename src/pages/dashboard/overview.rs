use leptos::prelude::*;

use crate::components::PageHeading;
use crate::i18n::{format, use_i18n};
use crate::session::use_session;

/// Dashboard › Overview: the partner's home after sign-in, with the account-setup tasks from
/// "Manage your Partner Center account". A task links to its page once that page exists.
#[component]
pub fn Overview() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let cloud = i18n.cloud();
    // The docs' own task list, in their order; the password task differs by cloud.
    let password_task = match cloud {
        crate::config::Cloud::China => "overview-task-password-china",
        crate::config::Cloud::Global => "overview-task-password-global",
    };
    let tasks = ["overview-task-profile", "overview-task-users", password_task, "overview-task-pricing", "overview-task-catalog"];

    view! {
        <section class="page">
            <PageHeading text=i18n.msg("overview-title")/>
            {move || session.get().map(|s| {
                let roles = s.user.roles.iter().filter_map(|r| r.message_id()).map(|id| i18n.t(id)).collect::<Vec<_>>();
                view! {
                    <div class="welcome">
                        <p class="lead">{i18n.t_args("overview-welcome", &[("name", s.user.display_name.clone())])}</p>
                        <p>{i18n.t_args("overview-partner", &[("company", s.partner.company_name.clone())])}</p>
                        <p>{i18n.t_args("overview-roles", &[("roles", list(i18n.locale(), &roles))])}</p>
                        <p class="muted">{i18n.t_args("overview-session-until", &[("time", format::time(i18n.locale(), &s.expires_at))])}</p>
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
        </section>
    }
}

/// Joins role names the way the language lists things.
fn list(locale: crate::i18n::Locale, items: &[String]) -> String {
    format::list(locale, items)
}
