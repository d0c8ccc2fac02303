use leptos::html::H2;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::rules;
use crate::api::{self, ApiError, Client};
use crate::components::{ErrorSummary, PageHeading, SummaryItem, TextField};
use crate::form::{self, Field, Rule, outcome_unknown};
use crate::i18n::use_i18n;
use crate::model::enrollment::{CompleteResetRequest, StartResetRequest, VerifyRequest};
use crate::routes::Page;
use crate::storage;
use crate::validate::Problem;

/// Where the reset stands, so a reload resumes it: the stage, the reset id and the user name,
/// never the code or a password.
const STATE_KEY: &str = "pc.account.recover";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Stage {
    /// Which work account.
    #[default]
    Account,
    /// The 6-digit code sent to the account's registered phone and email.
    Code,
    /// The new password.
    Password,
    Done,
}

#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct Saved {
    stage: Stage,
    reset_id: String,
    user_name: String,
}

/// A problem with the whole stage rather than one field.
#[derive(Clone)]
enum StageError {
    Api(ApiError),
    /// The reset no longer exists or can't go on (unknown id, already complete): start again.
    Gone,
}

/// "Can't access your account?": self-service password reset in three stages on one page (work
/// account, code, new password). In the China cloud it is the only way back in, since admins
/// there cannot reset passwords; the global cloud offers it too.
#[component]
pub fn Recover() -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();

    let saved = storage::load::<Saved>(STATE_KEY).unwrap_or_default();
    // A stage past the first is only resumable with its reset id.
    let first_stage = match saved.stage {
        Stage::Code | Stage::Password if !saved.reset_id.is_empty() => saved.stage,
        _ => Stage::Account,
    };
    let stage = RwSignal::new(first_stage);
    let reset_id = RwSignal::new(saved.reset_id);
    let user = Field::new("userName", "signin-user-name", Rule::Text { max: 256 }, saved.user_name);
    let code = Field::new("code", "account-code", Rule::Code, String::new());
    let new_password = Field::new("newPassword", "account-new-password", Rule::NewPassword, String::new());
    let confirm = Field::new("confirmPassword", "account-confirm-new-password", Rule::Secret, String::new());

    let stage_error = RwSignal::new(None::<StageError>);
    // The code has expired, was tried too often, or the reset is gone: only a new start helps.
    let must_restart = RwSignal::new(false);
    let failed_submits = RwSignal::new(0u32);
    // One id per logical operation, kept while its outcome is unknown so a retry is the same
    // operation (the server replays it); renewed after a definite answer and at each stage.
    let request_id = StoredValue::new(api::new_request_id());
    let heading = NodeRef::<H2>::new();
    let focus_heading = StoredValue::new(false);

    Effect::new(move |_| {
        let s = stage.get();
        if s == Stage::Done {
            storage::clear(STATE_KEY);
        } else {
            storage::save(STATE_KEY, &Saved { stage: s, reset_id: reset_id.get(), user_name: user.value.get() });
        }
    });
    // The new stage's heading takes focus once it is in the page, so a screen reader announces
    // the stage; not on the first render (a reload starts at the top of the page anyway).
    Effect::new(move |_| {
        if let Some(h) = heading.get()
            && focus_heading.get_value()
        {
            focus_heading.set_value(false);
            let _ = h.focus();
        }
    });

    let go = move |next: Stage| {
        request_id.set_value(api::new_request_id());
        stage_error.set(None);
        must_restart.set(false);
        code.value.set(String::new());
        code.error.set(None);
        new_password.value.set(String::new());
        confirm.value.set(String::new());
        focus_heading.set_value(true);
        stage.set(next);
    };
    let start_again = move |_| {
        reset_id.set(String::new());
        go(Stage::Account);
    };
    // Renews the request id once the server has answered, and counts the failed submit.
    let failed = move |e: &ApiError| {
        if !outcome_unknown(e) {
            request_id.set_value(api::new_request_id());
        }
        failed_submits.update(|n| *n += 1);
    };

    let check_password = move |f: Field| -> bool {
        let e = password_message(
            f.id,
            &f.value.get_untracked(),
            &user.value.get_untracked(),
            &new_password.value.get_untracked(),
        );
        f.error.set(e);
        e.is_none()
    };
    let blur_password = move |f: Field| {
        if f.holds_server_error() {
            return;
        }
        if !f.value.get_untracked().is_empty() || f.error.get_untracked().is_some() {
            check_password(f);
        }
        if f.id == new_password.id && !confirm.value.get_untracked().is_empty() {
            check_password(confirm);
        }
    };

    let start = Action::new_local(move |req: &StartResetRequest| {
        let (client, req, id) = (client.clone(), req.clone(), request_id.get_value());
        async move { api::password_resets::start(&client, &req, &id).await }
    });
    let client = expect_context::<Client>();
    let verify = Action::new_local(move |(rid, req): &(String, VerifyRequest)| {
        let (client, rid, req, id) = (client.clone(), rid.clone(), req.clone(), request_id.get_value());
        async move { api::password_resets::verify(&client, &rid, &req, &id).await }
    });
    let client = expect_context::<Client>();
    let complete = Action::new_local(move |(rid, req): &(String, CompleteResetRequest)| {
        let (client, rid, req, id) = (client.clone(), rid.clone(), req.clone(), request_id.get_value());
        async move { api::password_resets::complete(&client, &rid, &req, &id).await }
    });
    let pending = move || start.pending().get() || verify.pending().get() || complete.pending().get();
    let pending_untracked = move || untrack(pending);

    Effect::new(move |_| {
        let Some(result) = start.value().get() else { return };
        match result {
            // Always accepted, known user or not: the next stage says so without telling which.
            Ok(started) => {
                reset_id.set(started.reset_id);
                go(Stage::Code);
            }
            Err(e) => {
                let errors = e.field_errors();
                let on_field = !errors.is_empty() && form::apply_server_errors(&[user], &errors).is_empty();
                stage_error.set((!on_field).then_some(StageError::Api(e.clone())));
                failed(&e);
            }
        }
    });
    Effect::new(move |_| {
        let Some(result) = verify.value().get() else { return };
        match result {
            Ok(_) => go(Stage::Password),
            Err(e) => {
                let code_error = e.body().map(|b| b.code.clone()).and_then(|c| match c {
                    crate::model::ErrorCode::Text(t) if t == "code_expired" || t == "too_many_attempts" => Some(t),
                    _ => None,
                });
                if let Some(c) = code_error {
                    code.set_server_error(&c);
                    must_restart.set(true);
                } else if e.status() == Some(404) {
                    stage_error.set(Some(StageError::Gone));
                    must_restart.set(true);
                } else if !e.field_errors().is_empty() {
                    form::apply_server_errors(&[code], &e.field_errors());
                } else {
                    stage_error.set(Some(StageError::Api(e.clone())));
                }
                failed(&e);
            }
        }
    });
    Effect::new(move |_| {
        let Some(result) = complete.value().get() else { return };
        match result {
            Ok(()) => go(Stage::Done),
            Err(e) => {
                let fields = [new_password, confirm];
                if matches!(e.status(), Some(404 | 409 | 410)) {
                    stage_error.set(Some(StageError::Gone));
                    must_restart.set(true);
                } else if !e.field_errors().is_empty() {
                    let rest = form::apply_server_errors(&fields, &e.field_errors());
                    if !rest.is_empty() {
                        stage_error.set(Some(StageError::Api(e.clone())));
                    }
                } else {
                    stage_error.set(Some(StageError::Api(e.clone())));
                }
                failed(&e);
            }
        }
    });

    let on_start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending_untracked() {
            return; // a second click while the first is on its way does nothing
        }
        stage_error.set(None);
        if !user.check() {
            failed_submits.update(|n| *n += 1);
            return;
        }
        start.dispatch(StartResetRequest { user_name: user.trimmed() });
    };
    let on_verify = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending_untracked() || must_restart.get_untracked() {
            return;
        }
        stage_error.set(None);
        if !code.check() {
            failed_submits.update(|n| *n += 1);
            return;
        }
        verify.dispatch((reset_id.get_untracked(), VerifyRequest { code: code.trimmed() }));
    };
    let on_complete = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending_untracked() || must_restart.get_untracked() {
            return;
        }
        stage_error.set(None);
        let ok = check_password(new_password);
        if !(check_password(confirm) && ok) {
            failed_submits.update(|n| *n += 1);
            return;
        }
        complete.dispatch((
            reset_id.get_untracked(),
            CompleteResetRequest { new_password: new_password.value.get_untracked() },
        ));
    };

    let summary = Signal::derive(move || {
        let fields: &[Field] = match stage.get() {
            Stage::Account => &[user],
            Stage::Code => &[code],
            Stage::Password => &[new_password, confirm],
            Stage::Done => &[],
        };
        let mut items = form::summary(i18n, fields);
        match stage_error.get() {
            Some(StageError::Api(e)) => {
                items.push(SummaryItem { field: None, message: form::request_error_message(i18n, &e) })
            }
            Some(StageError::Gone) => {
                items.push(SummaryItem { field: None, message: i18n.t("account-error-reset-gone") })
            }
            None => {}
        }
        items
    });
    let retryable = move || stage_error.with(|e| matches!(e, Some(StageError::Api(e)) if outcome_unknown(e)));
    let button = move |busy: &'static str| {
        view! {
            <button type="submit" class="button" aria-disabled=move || pending().then_some("true")>
                {move || i18n.t(if pending() { busy } else if retryable() { "form-retry" } else { "account-continue" })}
            </button>
        }
    };
    let start_again_button = move || {
        view! {
            <p>
                <button type="button" class="button button-secondary" on:click=start_again>{i18n.msg("account-start-again")}</button>
            </p>
        }
    };
    let for_account = move || i18n.t_args("account-recover-for", &[("name", user.trimmed())]);
    let password_field = move |f: Field, hint: Option<Signal<String>>| {
        view! {
            <TextField
                id=f.id
                label=i18n.msg(f.label)
                hint=hint
                value=f.value
                error=f.message(i18n)
                input_type="password"
                autocomplete=Some("new-password")
                required=true
                on_blur=Callback::new(move |_| blur_password(f))
            />
        }
    };

    view! {
        <section class="page narrow">
            <PageHeading text=i18n.msg("account-recover-title")/>
            <ErrorSummary items=summary focus=failed_submits/>
            {move || match stage.get() {
                Stage::Account => view! {
                    <h2 tabindex="-1" node_ref=heading>{i18n.msg("account-recover-account-heading")}</h2>
                    <p>{i18n.msg("account-recover-intro")}</p>
                    <form novalidate on:submit=on_start aria-busy=move || pending().then_some("true")>
                        <TextField
                            id=user.id
                            label=i18n.msg(user.label)
                            hint=Some(i18n.msg_cloud("signin-user-name-hint"))
                            value=user.value
                            error=user.message(i18n)
                            input_type="email"
                            autocomplete=Some("username")
                            required=true
                            on_blur=Callback::new(move |_| user.blur())
                        />
                        {button("account-sending")}
                    </form>
                }.into_any(),
                Stage::Code => view! {
                    <h2 tabindex="-1" node_ref=heading>{i18n.msg("account-recover-code-heading")}</h2>
                    <p>{i18n.msg("account-recover-code-sent")}</p>
                    <p>{for_account}</p>
                    <form novalidate on:submit=on_verify aria-busy=move || pending().then_some("true")>
                        <TextField
                            id=code.id
                            label=i18n.msg(code.label)
                            hint=Some(i18n.msg("account-code-hint"))
                            value=code.value
                            error=code.message(i18n)
                            autocomplete=Some("one-time-code")
                            required=true
                            on_blur=Callback::new(move |_| code.blur())
                        />
                        <Show when=move || !must_restart.get()>{button("account-verifying")}</Show>
                    </form>
                    {start_again_button()}
                }.into_any(),
                Stage::Password => view! {
                    <h2 tabindex="-1" node_ref=heading>{i18n.msg("account-recover-password-heading")}</h2>
                    <p>{for_account}</p>
                    <form novalidate on:submit=on_complete aria-busy=move || pending().then_some("true")>
                        {password_field(new_password, Some(i18n.msg("account-password-hint")))}
                        {password_field(confirm, None)}
                        <Show when=move || !must_restart.get()>{button("account-changing")}</Show>
                    </form>
                    <Show when=move || must_restart.get()>{start_again_button()}</Show>
                }.into_any(),
                Stage::Done => view! {
                    <h2 tabindex="-1" node_ref=heading>{i18n.msg("account-recover-done-heading")}</h2>
                    <p role="status">{i18n.msg("account-recover-done-text")}</p>
                    <p><a class="button" href=Page::SignIn.path()>{i18n.msg("shell-sign-in")}</a></p>
                }.into_any(),
            }}
        </section>
    }
}

/// The message id for what is wrong with the new password or its confirmation, or None. The
/// password must not contain the user name's part before `@` (the server checks the same).
fn password_message(id: &str, value: &str, user_name: &str, password: &str) -> Option<&'static str> {
    if id == "confirmPassword" {
        return if value.is_empty() {
            Some("form-error-required")
        } else {
            (value != password).then_some("form-error-password-mismatch")
        };
    }
    rules::new_password(value, user_name.trim()).err().map(|p: Problem| Rule::NewPassword.message_id(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_password_leaves_out_the_user_name_and_is_confirmed() {
        let upn = "linhai@lanhai-data.partner.onmschina.cn";
        assert_eq!(password_message("newPassword", "Cloud-Partner-2027", upn, ""), None);
        assert_eq!(password_message("newPassword", "LinHai-Partner-2027", upn, ""), Some("form-error-weak-password"));
        assert_eq!(password_message("newPassword", "", upn, ""), Some("form-error-required"));
        assert_eq!(password_message("confirmPassword", "", upn, "Cloud-Partner-2027"), Some("form-error-required"));
        assert_eq!(
            password_message("confirmPassword", "Cloud-Partner-2028", upn, "Cloud-Partner-2027"),
            Some("form-error-password-mismatch")
        );
        assert_eq!(password_message("confirmPassword", "Cloud-Partner-2027", upn, "Cloud-Partner-2027"), None);
    }

    #[test]
    fn saved_state_round_trips_without_secrets() {
        let s = Saved { stage: Stage::Code, reset_id: "r1".into(), user_name: "admin@x.partner.onmschina.cn".into() };
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(json, r#"{"stage":"code","reset_id":"r1","user_name":"admin@x.partner.onmschina.cn"}"#);
        let back: Saved = serde_json::from_str(r#"{"stage":"password"}"#).unwrap();
        assert_eq!(back.stage, Stage::Password);
        assert!(serde_json::from_str::<Saved>(r#"{"stage":"later"}"#).is_err());
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config, short_text};

    proptest! {
        #![proptest_config(config(256))]

        /// Whatever sessionStorage holds, the saved reset reads back without a panic, and what
        /// the page saved comes back exactly.
        #[test]
        fn the_saved_reset_round_trips(text in any_text(), stage in proptest::sample::select(vec![Stage::Account, Stage::Code, Stage::Password, Stage::Done]), reset_id in short_text(), user_name in any_text()) {
            let _ = storage::decode::<Saved>(&text);
            let s = Saved { stage, reset_id, user_name };
            prop_assert_eq!(storage::decode::<Saved>(&serde_json::to_string(&s).unwrap()), Some(s));
        }

        /// The new password and its confirmation are judged without a panic, whatever was typed.
        #[test]
        fn password_checks_take_any_text(value in any_text(), user in any_text(), password in short_text()) {
            for id in ["newPassword", "confirmPassword"] {
                let _ = password_message(id, &value, &user, &password);
            }
        }
    }
}
