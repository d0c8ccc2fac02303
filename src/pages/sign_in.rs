use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::api::{self, ApiError, Client};
use crate::components::{ErrorSummary, PageHeading, SummaryItem, TextField};
use crate::i18n::use_i18n;
use crate::model::{Session, SignInRequest};
use crate::routes::Page;
use crate::session::{forget_user_name, remember_user_name, remembered_user_name, safe_return_path, use_session};
use crate::validate::{self, Problem};

/// Longest work account and password the contract accepts.
const MAX_LEN: usize = 256;

/// Sign in with a work account and password, then go back to where the partner was headed.
#[component]
pub fn SignIn() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let client = expect_context::<Client>();
    let navigate = use_navigate();
    let query = use_query_map();

    let user_name = RwSignal::new(remembered_user_name().unwrap_or_default());
    let password = RwSignal::new(String::new());
    // Errors are kept as message ids, so they re-render in a newly chosen language.
    let user_error = RwSignal::new(None::<&'static str>);
    let password_error = RwSignal::new(None::<&'static str>);
    let form_error = RwSignal::new(None::<ApiError>);
    let failed_submits = RwSignal::new(0u32);
    // One id per logical sign-in, kept while the outcome is unknown (timeout, network) so a
    // "try again" is the same operation; renewed once the server has answered.
    let request_id = StoredValue::new(api::new_request_id());

    Effect::new(move |_| remember_user_name(&user_name.get()));

    let check_user = move || {
        user_error.set(validate::text(&user_name.get_untracked(), MAX_LEN).err().map(user_message));
    };
    let check_password = move || {
        password_error.set(validate::secret(&password.get_untracked(), MAX_LEN).err().map(password_message));
    };

    let submit = Action::new_local(move |req: &SignInRequest| {
        let (client, req) = (client.clone(), req.clone());
        let id = request_id.get_value();
        async move { api::sessions::sign_in(&client, &req, &id).await }
    });

    Effect::new(move |_| {
        let Some(result) = submit.value().get() else { return };
        match result {
            Ok(s) => finish(s, session, &navigate, query.get_untracked().get("returnUrl")),
            Err(e) => {
                if !matches!(e, ApiError::Timeout | ApiError::Network | ApiError::Offline) {
                    request_id.set_value(api::new_request_id());
                }
                for fe in e.field_errors() {
                    match (fe.field.as_str(), Problem::from_code(&fe.code)) {
                        ("userName", Some(p)) => user_error.set(Some(user_message(p))),
                        ("password", Some(p)) => password_error.set(Some(password_message(p))),
                        _ => {}
                    }
                }
                if e.message_id() == "error-invalid-credentials" {
                    password.set(String::new());
                }
                form_error.set(Some(e));
                failed_submits.update(|n| *n += 1);
            }
        }
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if submit.pending().get_untracked() {
            return; // a second click while the first is on its way does nothing
        }
        check_user();
        check_password();
        form_error.set(None);
        if user_error.get_untracked().is_some() || password_error.get_untracked().is_some() {
            failed_submits.update(|n| *n += 1);
            return;
        }
        submit.dispatch(SignInRequest {
            user_name: user_name.get_untracked().trim().to_string(),
            password: password.get_untracked(),
        });
    };

    let summary = Signal::derive(move || {
        let mut items = Vec::new();
        if let Some(id) = user_error.get() {
            items.push(SummaryItem { field: Some("userName"), message: i18n.t(id) });
        }
        if let Some(id) = password_error.get() {
            items.push(SummaryItem { field: Some("password"), message: i18n.t(id) });
        }
        if let Some(e) = form_error.get() {
            let message = match e.status() {
                Some(status) if e.message_id() == "error-request-failed" => {
                    i18n.t_args("error-request-failed", &[("status", status.to_string())])
                }
                _ => i18n.t(e.message_id()),
            };
            items.push(SummaryItem { field: None, message });
        }
        items
    });
    let expired = move || query.with(|q| q.get("reason").as_deref() == Some("expired"));

    view! {
        <section class="page narrow">
            <PageHeading text=i18n.msg("signin-title")/>
            <Show when=expired>
                <p class="notice" role="status">{i18n.msg("signin-session-expired")}</p>
            </Show>
            <ErrorSummary items=summary focus=failed_submits/>
            <p>{i18n.msg("signin-intro")}</p>
            <form novalidate on:submit=on_submit aria-busy=move || submit.pending().get().then_some("true")>
                <TextField
                    id="userName"
                    label=i18n.msg("signin-user-name")
                    hint=Some(i18n.msg_cloud("signin-user-name-hint"))
                    value=user_name
                    error=Signal::derive(move || user_error.get().map(|id| i18n.t(id)))
                    input_type="email"
                    autocomplete=Some("username")
                    required=true
                    on_blur=Callback::new(move |_| if user_error.get_untracked().is_some() { check_user() })
                />
                <TextField
                    id="password"
                    label=i18n.msg("signin-password")
                    value=password
                    error=Signal::derive(move || password_error.get().map(|id| i18n.t(id)))
                    input_type="password"
                    autocomplete=Some("current-password")
                    required=true
                    on_blur=Callback::new(move |_| if password_error.get_untracked().is_some() { check_password() })
                />
                <button type="submit" class="button" aria-disabled=move || submit.pending().get().then_some("true")>
                    {move || if submit.pending().get() { i18n.t("signin-submitting") } else { i18n.t("signin-submit") }}
                </button>
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

// Sign-in checks presence and length only: the account's format is the server's to judge
// (older work accounts do not all look like e-mail addresses).
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
