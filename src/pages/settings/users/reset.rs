use leptos::prelude::*;

use super::temporary_password::TemporaryPasswordNotice;
use crate::api::{self, Client};
use crate::capability::{Capability, can};
use crate::components::ConfirmDialog;
use crate::form::Form;
use crate::i18n::use_i18n;
use crate::locale::Cloud;
use crate::model::users::PartnerUser;
use crate::routes::Page;
use crate::session::use_session;

/// Reset password, at the bottom of a user's page. Global cloud: after a confirmation, a new
/// temporary password shown once. Partner Center operated by 21Vianet: users reset their own
/// password from the sign-in page ("Global admins cannot reset a password on behalf of a user").
#[component]
pub fn ResetPassword(user: RwSignal<PartnerUser>, form: Form, is_me: bool) -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let cloud = i18n.cloud();
    let mine = use_session().with(|s| s.as_ref().map(|s| s.user.roles.clone()).unwrap_or_default());
    let heading = view! { <h2 id="reset-password-title">{i18n.msg("users-reset")}</h2> };
    if cloud == Cloud::China {
        return view! {
            <section class="card" aria-labelledby="reset-password-title">
                {heading}
                <p>{i18n.msg("users-reset-china")}</p>
                <p><a href=Page::Recover.path()>{i18n.msg("signin-cant-access")}</a></p>
            </section>
        }
        .into_any();
    }
    if is_me || !can(cloud, &mine, Capability::ResetPasswords) {
        return view! {
            <section class="card" aria-labelledby="reset-password-title">
                {heading}
                <p>{i18n.msg("users-error-reset-self")}</p>
            </section>
        }
        .into_any();
    }
    let confirm = RwSignal::new(false);
    let password = RwSignal::new(None::<String>);
    let reset = Callback::new(move |_| {
        let client = client.clone();
        let id = user.with_untracked(|u| u.id.clone());
        form.submit(
            move |ids| async move { api::users::reset_password(&client, &id, &ids.main()).await },
            move |p| {
                password.set(Some(p.temporary_password));
                crate::dom::focus_when_shown("temporary-password-title");
            },
        );
    });
    let name = Signal::derive(move || user.with(|u| u.display_name.clone()));
    let title = Signal::derive(move || i18n.t_with("users-reset-title", "name", name.get()));
    let text = Signal::derive(move || i18n.t_with("users-reset-text", "name", name.get()));
    view! {
        <section class="card" aria-labelledby="reset-password-title">
            {heading}
            <p>{i18n.msg("users-reset-intro")}</p>
            <button type="button" class="button button-secondary" on:click=move |_| confirm.set(true)>
                {move || i18n.t(if form.pending().get() { "users-resetting" } else { "users-reset" })}
            </button>
            <ConfirmDialog open=confirm id="reset-password-dialog" title text confirm=i18n.msg("users-reset-confirm") cancel=i18n.msg("users-cancel") on_confirm=reset/>
        </section>
        {move || password.get().map(|p| user.with(|u| view! {
            <TemporaryPasswordNotice
                title="users-reset-done"
                name=u.display_name.clone()
                user_principal_name=u.user_principal_name.clone()
                password=p
            />
        }))}
    }
    .into_any()
}
