use leptos::prelude::*;
use leptos_router::components::A;

use super::draft::{ADD_KEY, UserDraft};
use super::query::{domain_of, in_domain};
use super::role_fields::RoleFields;
use super::roles::{Setting, normalize, to_wire};
use super::temporary_password::TemporaryPasswordNotice;
use crate::api::{self, ApiError, Client};
use crate::capability::{Capability, can};
use crate::components::{ErrorSummary, FormField, PageHeading, SubmitButton, TextField, UnsavedGuard};
use crate::form::submit::{Handled, Problem};
use crate::form::{Field, Form, Rule, apply_server_errors};
use crate::i18n::use_i18n;
use crate::model::users::{CreatedUser, NewUser};
use crate::routes::Page;
use crate::session::use_session;
use crate::storage;

/// Add user: full name, e-mail address (the sign-in name, in the partner's domain) and the two
/// role settings. On success the new user's sign-in information, with the temporary password, is
/// shown once in place of the form.
#[component]
pub fn UserAdd() -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let session = use_session();
    let cloud = i18n.cloud();
    let (mine, domain) = session.with(|s| match s {
        Some(s) => (s.user.roles.clone(), domain_of(&s.user.user_principal_name).unwrap_or_default().to_string()),
        None => (Vec::new(), String::new()),
    });
    let may_assign_admin = can(cloud, &mine, Capability::AssignAdminRoles);

    let d = storage::load::<UserDraft>(ADD_KEY).unwrap_or_default();
    let name = Field::new("displayName", "users-name", Rule::Text { max: 100 }, d.name);
    let email_domain = domain.clone();
    let email = Field::new("userPrincipalName", "users-email", Rule::Email, d.email).with_check(move |v| {
        (!email_domain.is_empty() && !in_domain(v, &email_domain)).then_some("users-error-domain")
    });
    let admin =
        RwSignal::new(if may_assign_admin { normalize(Setting::Admin, &d.admin).to_string() } else { String::new() });
    let agent = RwSignal::new(normalize(Setting::Agent, &d.agent).to_string());
    let created = RwSignal::new(None::<CreatedUser>);

    Effect::new(move |_| {
        let draft = UserDraft {
            id: String::new(),
            name: name.value.get(),
            email: email.value.get(),
            admin: admin.get(),
            agent: agent.get(),
        };
        if created.with(Option::is_some) {
            return;
        }
        storage::save(ADD_KEY, &draft);
    });
    let dirty = Signal::derive(move || {
        created.with(Option::is_none)
            && (!name.value.with(|v| v.trim().is_empty())
                || !email.value.with(|v| v.trim().is_empty())
                || !admin.with(String::is_empty)
                || !agent.with(String::is_empty))
    });

    let form = Form::new(&[name, email]);
    let form = form.on_error(move |e| on_error(form, email, e));
    let on_submit = form.on_submit(
        move |ids| {
            let client = client.clone();
            let req = NewUser {
                display_name: name.trimmed(),
                user_principal_name: email.trimmed(),
                admin_role: if may_assign_admin { to_wire(Setting::Admin, &admin.get_untracked()) } else { None },
                agent_role: to_wire(Setting::Agent, &agent.get_untracked()),
            };
            async move { api::users::create(&client, &req, &ids.main()).await }
        },
        move |c: CreatedUser| {
            storage::clear(ADD_KEY);
            created.set(Some(c));
            crate::dom::focus_when_shown("temporary-password-title");
        },
    );
    let email_hint = Signal::derive(move || i18n.t_with("users-email-hint", "domain", domain.clone()));

    view! {
        <section class="page narrow">
            <p><A href=Page::Users.path()>{i18n.msg("settings-users-title")}</A></p>
            <PageHeading text=i18n.msg("users-add-title")/>
            <UnsavedGuard dirty/>
            {move || match created.get() {
                Some(c) => view! {
                    <TemporaryPasswordNotice
                        title="users-added"
                        name=c.user.display_name.clone()
                        user_principal_name=c.user.user_principal_name.clone()
                        password=c.temporary_password.clone()
                    />
                    <p class="actions">
                        <A href=Page::Users.path() attr:class="button button-secondary">{i18n.msg("users-back-to-list")}</A>
                    </p>
                }.into_any(),
                None => ().into_any(),
            }}
            <Show when=move || created.with(Option::is_none)>
                <p>{i18n.msg("users-add-intro")}</p>
                <ErrorSummary items=form.summary(i18n) focus=form.failures()/>
                <form novalidate on:submit=on_submit.clone() aria-busy=move || form.pending().get().then_some("true")>
                    <FormField field=name autocomplete="off"/>
                    <TextField
                        id=email.id
                        label=i18n.msg(email.label)
                        hint=Some(email_hint)
                        value=email.value
                        error=email.message(i18n)
                        input_type="email"
                        autocomplete=Some("off")
                        required=true
                        on_blur=Callback::new(move |_| email.blur())
                    />
                    <RoleFields admin agent may_assign_admin/>
                    <SubmitButton form=form label="users-add-submit" busy="users-adding"/>
                </form>
            </Show>
        </section>
    }
}

/// The server's word on the sign-in name lands on its field in the app's words: outside the
/// domain (the same message the field's own check gives), or taken.
fn on_error(form: Form, email: Field, e: &ApiError) -> Handled {
    let errors = e.field_errors();
    if e.status() == Some(400) && errors.iter().any(|f| f.field == email.id && f.code == "invalid_value") {
        let rest = apply_server_errors(&[email], &errors);
        email.set_server_message("users-error-domain");
        // Errors for fields this form does not have are listed as they are.
        if !rest.is_empty() {
            form.show_problem(Problem::Request(e.clone()));
        }
        return Handled::Yes;
    }
    if e.body().is_some_and(|b| b.code.is("user_exists")) {
        email.set_server_message("users-error-exists");
        return Handled::Yes;
    }
    if e.status() == Some(403) {
        form.show_problem(Problem::Message("users-error-forbidden"));
        return Handled::Yes;
    }
    Handled::No
}
