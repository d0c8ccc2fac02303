use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::api::{self, Client};
use crate::components::{ErrorSummary, FormField, PageHeading, SubmitButton};
use crate::form::{Field, Form, Rule, submit::Handled};
use crate::i18n::use_i18n;
use crate::model::{Session, SignInRequest};
use crate::routes::Page;
use crate::session::{forget_user_name, remember_user_name, remembered_user_name, safe_return_path, use_session};
use crate::validate::Problem;

/// Sign in with a work account and password, then go back to where the partner was headed.
#[component]
pub fn SignIn() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let client = expect_context::<Client>();
    let navigate = use_navigate();
    let query = use_query_map();

    // Sign-in checks presence and length only: the account's format is the server's to judge
    // (older work accounts do not all look like e-mail addresses).
    let user =
        Field::new("userName", "signin-user-name", Rule::Text { max: 256 }, remembered_user_name().unwrap_or_default())
            .worded(user_message);
    let password = Field::new("password", "signin-password", Rule::Secret, String::new()).worded(password_message);
    Effect::new(move |_| remember_user_name(&user.value.get()));

    let form = Form::new(&[user, password]).on_error(move |e| {
        if e.message_id() == "error-invalid-credentials" {
            password.value.set(String::new());
        }
        Handled::No
    });
    let on_submit = form.on_submit(
        move |ids| {
            let client = client.clone();
            let req = SignInRequest { user_name: user.trimmed(), password: password.value.get_untracked() };
            async move { api::sessions::sign_in(&client, &req, &ids.main()).await }
        },
        move |s| finish(s, session, &navigate, query.get_untracked().get("returnUrl")),
    );
    let expired = move || query.with(|q| q.get("reason").as_deref() == Some("expired"));

    view! {
        <section class="page narrow">
            <PageHeading text=i18n.msg("signin-title")/>
            <Show when=expired>
                <p class="notice" role="status">{i18n.msg("signin-session-expired")}</p>
            </Show>
            <ErrorSummary items=form.summary(i18n) focus=form.failures()/>
            <p>{i18n.msg("signin-intro")}</p>
            <form novalidate on:submit=on_submit aria-busy=move || form.pending().get().then_some("true")>
                <FormField field=user hint="signin-user-name-hint" cloud_hint=true input_type="email" autocomplete="username"/>
                <FormField field=password input_type="password" autocomplete="current-password"/>
                <SubmitButton form=form label="signin-submit" busy="signin-submitting"/>
            </form>
            <p><a class="button button-secondary" href=Page::Recover.path()>{i18n.msg("signin-cant-access")}</a></p>
        </section>
    }
}

fn finish(
    s: Session,
    session: crate::session::SessionCtx,
    navigate: &impl Fn(&str, leptos_router::NavigateOptions),
    return_url: Option<String>,
) {
    forget_user_name();
    session.set(Some(s));
    let to = safe_return_path(return_url.as_deref()).unwrap_or(Page::Overview.path()).to_string();
    navigate(&to, leptos_router::NavigateOptions { replace: true, ..Default::default() });
}

fn user_message(p: Problem) -> &'static str {
    match p {
        Problem::TooLong => "signin-error-user-name-too-long",
        _ => "signin-error-user-name-required",
    }
}

fn password_message(p: Problem) -> &'static str {
    match p {
        Problem::TooLong => "signin-error-password-too-long",
        _ => "signin-error-password-required",
    }
}
