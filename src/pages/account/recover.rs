use leptos::ev::SubmitEvent;
use leptos::html::H2;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::new_password;
use crate::api::{self, Client};
use crate::components::{ErrorSummary, FormField, PageHeading, SubmitButton};
use crate::form::submit::{Handled, Problem};
use crate::form::{Field, Form, Rule};
use crate::i18n::use_i18n;
use crate::model::enrollment::{CompleteResetRequest, StartResetRequest, VerifyRequest};
use crate::routes::Page;
use crate::storage;

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

/// The page's fields, one stage's or two at a time.
#[derive(Clone, Copy)]
struct Fields {
    user: Field,
    code: Field,
    new_password: Field,
    confirm: Field,
}

impl Fields {
    /// The password must not contain the user name's part before `@` (the server checks the
    /// same), and the confirmation must match it.
    fn new(user_name: String) -> Fields {
        let user = Field::new("userName", "signin-user-name", Rule::Text { max: 256 }, user_name);
        let code = Field::new("code", "account-code", Rule::Code, String::new());
        let (new_password, confirm) = new_password::fields(
            user,
            ("newPassword", "account-new-password"),
            ("confirmPassword", "account-confirm-new-password"),
        );
        Fields { user, code, new_password, confirm }
    }
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
    let Fields { user, code, new_password, confirm } = Fields::new(saved.user_name);
    // One form per stage: each stage is its own operation, with its own request id.
    let (account_form, code_form, password_form) =
        (Form::new(&[user]), Form::new(&[code]), Form::new(&[new_password, confirm]));
    // The code has expired, was tried too often, or the reset is gone: only a new start helps.
    let must_restart = RwSignal::new(false);
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
        for form in [account_form, code_form, password_form] {
            form.reset();
        }
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
    let gone = move |form: Form| {
        form.show_problem(Problem::Message("account-error-reset-gone"));
        must_restart.set(true);
        Handled::Yes
    };
    code_form.on_error(move |e| {
        if let Some(c) =
            ["code_expired", "too_many_attempts"].into_iter().find(|c| e.body().is_some_and(|b| b.code.is(c)))
        {
            code.set_server_error(c);
            must_restart.set(true);
            Handled::Yes
        } else if e.status() == Some(404) {
            gone(code_form)
        } else {
            Handled::No
        }
    });
    password_form
        .on_error(move |e| if matches!(e.status(), Some(404 | 409 | 410)) { gone(password_form) } else { Handled::No });

    // Always accepted, known user or not: the next stage says so without telling which.
    let on_start = account_form.on_submit(
        {
            let client = client.clone();
            move |ids| {
                let (client, req) = (client.clone(), StartResetRequest { user_name: user.trimmed() });
                async move { api::password_resets::start(&client, &req, &ids.main()).await }
            }
        },
        move |started| {
            reset_id.set(started.reset_id);
            go(Stage::Code);
        },
    );
    let on_verify = code_form.on_submit(
        {
            let client = client.clone();
            move |ids| {
                let (client, rid, req) =
                    (client.clone(), reset_id.get_untracked(), VerifyRequest { code: code.trimmed() });
                async move { api::password_resets::verify(&client, &rid, &req, &ids.main()).await }
            }
        },
        move |_| go(Stage::Password),
    );
    let on_complete = password_form.on_submit(
        move |ids| {
            let (client, rid) = (client.clone(), reset_id.get_untracked());
            let req = CompleteResetRequest { new_password: new_password.value.get_untracked() };
            async move { api::password_resets::complete(&client, &rid, &req, &ids.main()).await }
        },
        move |()| go(Stage::Done),
    );
    let (on_verify, on_complete) = (unless(must_restart, on_verify), unless(must_restart, on_complete));

    let start_again_button = move || {
        view! {
            <p>
                <button type="button" class="button button-secondary" on:click=start_again>
                    {i18n.msg("account-start-again")}
                </button>
            </p>
        }
    };
    let for_account = move || i18n.t_args("account-recover-for", &[("name", user.trimmed())]);
    let busy = |form: Form| move || form.pending().get().then_some("true");

    view! {
        <section class="page narrow">
            <PageHeading text=i18n.msg("account-recover-title")/>
            {move || match stage.get() {
                Stage::Account => view! {
                    <ErrorSummary items=account_form.summary(i18n) focus=account_form.failures()/>
                    <h2 tabindex="-1" node_ref=heading>{i18n.msg("account-recover-account-heading")}</h2>
                    <p>{i18n.msg("account-recover-intro")}</p>
                    <form novalidate on:submit=on_start.clone() aria-busy=busy(account_form)>
                        <FormField
                            field=user
                            hint="signin-user-name-hint"
                            cloud_hint=true
                            input_type="email"
                            autocomplete="username"
                        />
                        <SubmitButton form=account_form label="account-continue" busy="account-sending"/>
                    </form>
                }.into_any(),
                Stage::Code => view! {
                    <ErrorSummary items=code_form.summary(i18n) focus=code_form.failures()/>
                    <h2 tabindex="-1" node_ref=heading>{i18n.msg("account-recover-code-heading")}</h2>
                    <p>{i18n.msg("account-recover-code-sent")}</p>
                    <p>{for_account}</p>
                    <form novalidate on:submit=on_verify.clone() aria-busy=busy(code_form)>
                        <FormField field=code hint="account-code-hint" autocomplete="one-time-code"/>
                        <Show when=move || !must_restart.get()>
                            <SubmitButton form=code_form label="account-continue" busy="account-verifying"/>
                        </Show>
                    </form>
                    {start_again_button()}
                }.into_any(),
                Stage::Password => view! {
                    <ErrorSummary items=password_form.summary(i18n) focus=password_form.failures()/>
                    <h2 tabindex="-1" node_ref=heading>{i18n.msg("account-recover-password-heading")}</h2>
                    <p>{for_account}</p>
                    <form novalidate on:submit=on_complete.clone() aria-busy=busy(password_form)>
                        <FormField
                            field=new_password
                            hint="account-password-hint"
                            input_type="password"
                            autocomplete="new-password"
                        />
                        <FormField field=confirm input_type="password" autocomplete="new-password"/>
                        <Show when=move || !must_restart.get()>
                            <SubmitButton form=password_form label="account-continue" busy="account-changing"/>
                        </Show>
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

/// A stage that must be restarted takes no more submits (Enter in the code field included): its
/// problem stays as the server put it.
fn unless(must_restart: RwSignal<bool>, submit: impl Fn(SubmitEvent) + Clone) -> impl Fn(SubmitEvent) + Clone {
    move |ev: SubmitEvent| {
        if must_restart.get_untracked() {
            ev.prevent_default();
        } else {
            submit(ev);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the page's field `id` (the new password or its confirmation) says of `value`, with
    /// the work account and the new password as given.
    pub(super) fn password_message(id: &str, value: &str, user_name: &str, password: &str) -> Option<&'static str> {
        let f = Fields::new(user_name.into());
        f.new_password.value.set(password.into());
        let field = if id == f.confirm.id { f.confirm } else { f.new_password };
        field.problem(value)
    }

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
        fn the_saved_reset_round_trips(
            text in any_text(),
            stage in proptest::sample::select(vec![Stage::Account, Stage::Code, Stage::Password, Stage::Done]),
            reset_id in short_text(),
            user_name in any_text(),
        ) {
            let _ = storage::decode::<Saved>(&text);
            let s = Saved { stage, reset_id, user_name };
            prop_assert_eq!(storage::decode::<Saved>(&serde_json::to_string(&s).unwrap()), Some(s));
        }

        /// The new password and its confirmation are judged without a panic, whatever was typed.
        #[test]
        fn password_checks_take_any_text(value in any_text(), user in any_text(), password in short_text()) {
            for id in ["newPassword", "confirmPassword"] {
                let _ = tests::password_message(id, &value, &user, &password);
            }
        }
    }
}
