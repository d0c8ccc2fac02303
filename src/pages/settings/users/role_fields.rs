use leptos::prelude::*;

use super::roles::{ADMIN_CHOICES, AGENT_CHOICES};
use crate::i18n::use_i18n;

/// The two role settings as two groups of radio buttons: the agent setting and the admin
/// setting ("No admin" the default). For a partner who may not assign admin roles the admin
/// setting is shown but disabled, with the reason.
#[component]
pub fn RoleFields(
    admin: RwSignal<String>,
    agent: RwSignal<String>,
    /// False for a user management admin: only global admins assign admin roles.
    may_assign_admin: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let group = move |name: &'static str,
                      legend: &'static str,
                      hint: &'static str,
                      choices: [(&'static str, &'static str); 4],
                      value: RwSignal<String>,
                      enabled: bool| {
        let hint_id = format!("{name}-hint");
        let reason_id = format!("{name}-reason");
        let described = if enabled { hint_id.clone() } else { format!("{hint_id} {reason_id}") };
        view! {
            <fieldset id=name aria-describedby=described>
                <legend>{i18n.msg(legend)}</legend>
                <p class="field-hint" id=hint_id>{i18n.msg(hint)}</p>
                {(!enabled).then(|| view! {
                    <p class="notice" id=reason_id>{i18n.msg("users-admin-global-only")}</p>
                })}
                {choices.into_iter().map(|(v, label)| {
                    let input_id = format!("{name}-{}", if v.is_empty() { "none" } else { v });
                    view! {
                        <div class="checkbox">
                            <input
                                type="radio"
                                id=input_id.clone()
                                name=name
                                value=v
                                disabled=!enabled
                                prop:checked=move || value.with(|c| c == v)
                                on:change=move |_| value.set(v.to_string())
                            />
                            <label for=input_id>{i18n.msg(label)}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
        }
    };
    view! {
        {group("agentRole", "users-agent-setting", "users-agent-setting-hint", AGENT_CHOICES, agent, true)}
        {group("adminRole", "users-admin-setting", "users-admin-setting-hint", ADMIN_CHOICES, admin, may_assign_admin)}
    }
}
