use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::draft::{EDIT_KEY, UserDraft};
use super::reset::ResetPassword;
use super::role_fields::RoleFields;
use super::roles::{Setting, choice_of, normalize, refusal, role_labels, update_for};
use crate::api::{self, ApiError, Client};
use crate::capability::{Capability, can};
use crate::components::ConfirmDialog;
use crate::components::{ErrorSummary, FormField, Loaded, PageHeading, SubmitButton, UnsavedGuard};
use crate::form::load::LoadState;
use crate::form::submit::{Handled, Problem};
use crate::form::{Field, Form, Load, Rule};
use crate::i18n::use_i18n;
use crate::model::users::PartnerUser;
use crate::page_task::PageTasks;
use crate::routes::Page;
use crate::session::use_session;
use crate::storage;

/// `/account-settings/users/user?id=..`: one user's name and roles, Delete and (global cloud)
/// Reset password.
#[component]
pub fn UserEdit() -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let id = use_query_map().with_untracked(|q| q.get("id")).unwrap_or_default();
    let user = Load::new(move || {
        let (client, id) = (client.clone(), id.clone());
        async move { api::users::get(&client, &id).await }
    });
    let editor = move |u: PartnerUser| view! { <EditUser user=u/> };
    // A user who is not there (deleted meanwhile, or a stale link) is no error to try again.
    let gone = move || matches!(user.state().get(), LoadState::Failed(e) if e.status() == Some(404));
    view! {
        <section class="page narrow">
            <p><A href=Page::Users.path()>{i18n.msg("settings-users-title")}</A></p>
            <Show
                when=gone
                fallback=move || view! { <Loaded state=user.state() retry=Callback::new(move |_| user.retry()) children=editor/> }
            >
                <PageHeading text=i18n.msg("users-gone-title")/>
                <p class="notice">{i18n.msg("users-error-gone")}</p>
            </Show>
        </section>
    }
}

#[component]
fn EditUser(user: PartnerUser) -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let session = use_session();
    let navigate = use_navigate();
    let cloud = i18n.cloud();
    let (mine, my_id) = session.with(|s| match s {
        Some(s) => (s.user.roles.clone(), s.user.id.clone()),
        None => (Vec::new(), String::new()),
    });
    let may_assign_admin = can(cloud, &mine, Capability::AssignAdminRoles);
    let refused = refusal(&mine, &user);
    let is_me = user.id == my_id;
    let title = user.display_name.clone();
    let base = RwSignal::new(user.clone());

    if let Some(reason) = refused {
        // A user management admin looking at an admin: what the user is, and why it stops here.
        let roles: Vec<String> = role_labels(&user.roles).into_iter().map(|id| i18n.t(id)).collect();
        return view! {
            <PageHeading text=Signal::stored(title)/>
            <dl class="details">
                <dt>{i18n.msg("users-email")}</dt>
                <dd>{user.user_principal_name.clone()}</dd>
                <dt>{i18n.msg("users-roles")}</dt>
                <dd>{crate::i18n::format::list(i18n.locale(), &roles)}</dd>
            </dl>
            <p class="notice">{i18n.msg(reason)}</p>
        }
        .into_any();
    }

    let d = storage::load::<UserDraft>(EDIT_KEY).filter(|d| d.id == user.id);
    let (name0, admin0, agent0) = match &d {
        Some(d) => (d.name.clone(), normalize(Setting::Admin, &d.admin), normalize(Setting::Agent, &d.agent)),
        None => {
            (user.display_name.clone(), choice_of(Setting::Admin, &user.roles), choice_of(Setting::Agent, &user.roles))
        }
    };
    let name = Field::new("displayName", "users-name", Rule::Text { max: 100 }, name0);
    // Only a global admin changes the admin setting: anyone else sees the user's own.
    let admin =
        RwSignal::new(if may_assign_admin { admin0 } else { choice_of(Setting::Admin, &user.roles) }.to_string());
    let agent = RwSignal::new(agent0.to_string());
    let saved = RwSignal::new(false);
    let gone = RwSignal::new(false);

    let dirty = Signal::derive(move || {
        !gone.get()
            && base.with(|b| {
                name.value.with(|v| v.trim() != b.display_name)
                    || admin.with(|a| normalize(Setting::Admin, a) != choice_of(Setting::Admin, &b.roles))
                    || agent.with(|a| normalize(Setting::Agent, a) != choice_of(Setting::Agent, &b.roles))
            })
    });
    let id = user.id.clone();
    Effect::new(move |_| {
        if gone.get() {
            return;
        }
        if dirty.get() {
            let draft = UserDraft {
                id: id.clone(),
                name: name.value.get(),
                email: String::new(),
                admin: admin.get(),
                agent: agent.get(),
            };
            storage::save(EDIT_KEY, &draft);
        } else {
            storage::clear(EDIT_KEY);
        }
    });
    Effect::new(move |_| {
        name.value.track();
        admin.track();
        agent.track();
        saved.set(false);
    });

    let page = PageTasks::here();
    let reload_client = client.clone();
    let form = Form::new(&[name]);
    let form = form.on_error(move |e| {
        if e.status() == Some(412) {
            // Someone changed the user: take their version as the base, keep what was typed.
            let client = reload_client.clone();
            let id = base.with_untracked(|b| b.id.clone());
            page.spawn(async move {
                if let Ok(u) = api::users::get(&client, &id).await {
                    base.set(u);
                }
            });
        }
        explain(form, e)
    });
    let on_submit = form.on_submit(
        {
            let client = client.clone();
            move |ids| {
                let client = client.clone();
                let (id, etag, change) = base.with_untracked(|b| {
                    (
                        b.id.clone(),
                        b.attributes.etag.clone().unwrap_or_else(|| "*".into()),
                        update_for(
                            b,
                            &name.value.get_untracked(),
                            &admin.get_untracked(),
                            &agent.get_untracked(),
                            may_assign_admin,
                        ),
                    )
                });
                async move { api::users::update(&client, &id, &change, &etag, &ids.main()).await }
            }
        },
        move |u: PartnerUser| {
            base.set(u);
            storage::clear(EDIT_KEY);
            saved.set(true);
        },
    );

    let delete_form = form.part(&[]);
    let confirm_delete = RwSignal::new(false);
    let delete = {
        let client = client.clone();
        Callback::new(move |_| {
            let client = client.clone();
            let id = base.with_untracked(|b| b.id.clone());
            let navigate = navigate.clone();
            delete_form.submit(
                move |_| async move { api::users::delete(&client, &id).await },
                move |_| {
                    gone.set(true);
                    storage::clear(EDIT_KEY);
                    navigate(Page::Users.path(), Default::default());
                },
            );
        })
    };
    let shown_name = Signal::derive(move || base.with(|b| b.display_name.clone()));
    let delete_title = Signal::derive(move || i18n.t_with("users-delete-title", "name", shown_name.get()));
    let delete_text = Signal::derive(move || {
        base.with(|b| {
            i18n.t_args(
                "users-delete-text",
                &[("name", b.display_name.clone()), ("email", b.user_principal_name.clone())],
            )
        })
    });
    let reset_form = form.part(&[]);

    view! {
        <PageHeading text=shown_name/>
        <UnsavedGuard dirty/>
        <ErrorSummary items=form.summary(i18n) focus=form.failures()/>
        <Show when=move || saved.get()>
            <p class="notice notice-success" role="status">{i18n.msg("users-saved")}</p>
        </Show>
        <dl class="details">
            <dt>{i18n.msg("users-email")}</dt>
            <dd>{move || base.with(|b| b.user_principal_name.clone())}</dd>
        </dl>
        <form novalidate on:submit=on_submit aria-busy=move || form.pending().get().then_some("true")>
            <FormField field=name autocomplete="off"/>
            <RoleFields admin agent may_assign_admin/>
            <p>
                <SubmitButton form=form label="users-update"/>
            </p>
        </form>
        <section class="card" aria-labelledby="delete-user-title">
            <h2 id="delete-user-title">{i18n.msg("users-delete")}</h2>
            {if is_me {
                view! { <p>{i18n.msg("users-error-delete-self")}</p> }.into_any()
            } else {
                view! {
                    <button type="button" class="button button-secondary" on:click=move |_| confirm_delete.set(true)>
                        {i18n.msg("users-delete")}
                    </button>
                    <ConfirmDialog
                        open=confirm_delete
                        id="delete-user-dialog"
                        title=delete_title
                        text=delete_text
                        confirm=i18n.msg("users-delete-confirm")
                        cancel=i18n.msg("users-cancel")
                        on_confirm=delete
                    />
                }.into_any()
            }}
        </section>
        <ResetPassword user=base form=reset_form is_me/>
    }
    .into_any()
}

/// The server's refusals this page explains in its own words; the rest the form words.
fn explain(form: Form, e: &ApiError) -> Handled {
    let code = |c: &str| e.body().is_some_and(|b| b.code.is(c));
    let message = match e.status() {
        Some(412) => "users-error-changed",
        Some(404) => "users-error-gone",
        Some(403) if code("not_available_in_cloud") => "users-reset-china",
        Some(403) => "users-error-forbidden",
        Some(409) if code("last_global_admin") => "users-error-last-global-admin",
        Some(409) if code("cannot_delete_self") => "users-error-delete-self",
        Some(409) if code("cannot_reset_self") => "users-error-reset-self",
        Some(409) if code("user_has_dependents") => "users-error-dependents",
        _ => return Handled::No,
    };
    form.show_problem(Problem::Message(message));
    Handled::Yes
}
