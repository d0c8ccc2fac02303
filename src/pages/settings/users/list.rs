use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use partner_center_rules::Role;

use super::query::ListQuery;
use super::roles::role_labels;
use crate::api::{self, Client};
use crate::components::{Loaded, PageHeading};
use crate::form::Load;
use crate::i18n::{I18n, use_i18n};
use crate::model::users::PartnerUser;
use crate::routes::Page;

/// `/account-settings/users`: the partner's users with their roles, searchable by name or
/// e-mail and filtered by role. The search and the filter live in the address, so a reload or
/// a shared link shows the same list.
#[component]
pub fn UserList() -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let navigate = use_navigate();
    let params = use_query_map();
    let query =
        Memo::new(move |_| params.with(|p| ListQuery::from_params(p.get("q").as_deref(), p.get("role").as_deref())));
    // What is typed, ahead of the address (which follows it without adding history entries).
    let typed = RwSignal::new(query.get_untracked().q);

    let role = Memo::new(move |_| query.with(|q| q.role));
    let users = Load::new(move || {
        let client = client.clone();
        let role = role.get_untracked();
        async move { api::users::list_all(&client, role.map(Role::as_str)).await }
    });
    // The role filter is the server's: a new role is a new read (the first one is under way).
    Effect::new(move |prev: Option<Option<Role>>| {
        let r = role.get();
        if prev.is_some_and(|p| p != r) {
            users.retry();
        }
        r
    });

    let go = move |q: ListQuery| {
        let to = format!("{}{}", Page::Users.path(), q.to_search());
        navigate(&to, leptos_router::NavigateOptions { replace: true, scroll: false, ..Default::default() });
    };
    let go_q = go.clone();
    let on_search = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        typed.set(v.clone());
        go_q(ListQuery { q: v, role: query.get_untracked().role });
    };
    let on_role = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        go(ListQuery { q: typed.get_untracked(), role: Role::parse(&v) });
    };

    let results = move |all: Vec<PartnerUser>| view! { <Results all query i18n/> };
    view! {
        <section class="page">
            <PageHeading text=i18n.msg("settings-users-title")/>
            <p class="lead">{i18n.msg("users-lead")}</p>
            <div class="actions field">
                <A href=Page::UserAdd.path() attr:class="button">{i18n.msg("users-add")}</A>
            </div>
            <form role="search" class="card" aria-label=i18n.msg("users-search-region") on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for="search-users">{i18n.msg("users-search")}</label>
                    <input id="search-users" type="search" autocomplete="off" prop:value=move || typed.get() on:input=on_search/>
                </div>
                <div class="field">
                    <label for="filter-role">{i18n.msg("users-filter-role")}</label>
                    <select id="filter-role" on:change=on_role>
                        <option value="" selected=move || role.get().is_none()>{i18n.msg("users-all-roles")}</option>
                        {Role::ALL.into_iter().filter_map(|r| r.message_id().map(|id| (r, id))).map(|(r, id)| view! {
                            <option value=r.as_str() selected=move || role.get() == Some(r)>{i18n.msg(id)}</option>
                        }).collect_view()}
                    </select>
                </div>
            </form>
            <Loaded
                state=users.state()
                retry=Callback::new(move |_| users.retry())
                children=results
            />
        </section>
    }
}

/// The users that match, or why there are none.
#[component]
fn Results(all: Vec<PartnerUser>, query: Memo<ListQuery>, i18n: I18n) -> impl IntoView {
    let all = StoredValue::new(all);
    let shown =
        move || all.with_value(|a| query.with(|q| a.iter().filter(|u| q.matches(u)).cloned().collect::<Vec<_>>()));
    view! {
        {move || {
            let users = shown();
            let n = users.len();
            let filtered = query.with(|q| !q.q.is_empty() || q.role.is_some());
            let status = if n == 0 && filtered {
                i18n.t("users-none-match")
            } else if n == 0 {
                i18n.t("users-none")
            } else {
                i18n.t_with("users-count", "count", n)
            };
            view! {
                <p role="status" class="list-status">{status}</p>
                <ul class="link-list user-list">
                    {users.into_iter().map(|u| view! { <UserRow user=u i18n/> }).collect_view()}
                </ul>
            }
        }}
    }
}

#[component]
fn UserRow(user: PartnerUser, i18n: I18n) -> impl IntoView {
    let href = format!("{}?id={}", Page::UserEdit.path(), crate::routes::query_value(&user.id));
    let roles = role_labels(&user.roles);
    let roles_text = move || {
        if roles.is_empty() {
            i18n.t("users-no-roles")
        } else {
            let names: Vec<String> = roles.iter().map(|id| i18n.t(id)).collect();
            crate::i18n::format::list(i18n.locale(), &names)
        }
    };
    view! {
        <li>
            <A href=href>{user.display_name}</A>
            <p class="muted">{user.user_principal_name}</p>
            <p>
                <span class="visually-hidden">{i18n.msg("users-roles")} ": "</span>
                {roles_text}
            </p>
        </li>
    }
}
