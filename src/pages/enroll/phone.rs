use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use serde::{Deserialize, Serialize};

use super::progress::Progress;
use super::step_page::StepPage;
use super::steps::{self, Step};
use super::store::{EnrollStore, use_enroll_store};
use crate::api::{self, ApiError, Client};
use crate::components::{ErrorSummary, FormField, PageHeading, SubmitButton};
use crate::form::submit::Handled;
use crate::form::{Field, Form, Rule};
use crate::i18n::{format, use_i18n};
use crate::model::enrollment::{PhoneChallenge, PhoneChallengeRequest, VerifyRequest};
use crate::storage;

/// A code sent but not yet verified survives a reload on this tab (the code itself never does).
const PENDING_KEY: &str = "pc.enroll.phoneChallenge";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Pending {
    challenge_id: String,
    phone_number: String,
    expires_at: String,
    resend_available_at: String,
}

impl From<PhoneChallenge> for Pending {
    fn from(c: PhoneChallenge) -> Pending {
        Pending {
            challenge_id: c.challenge_id,
            phone_number: c.phone_number,
            expires_at: c.expires_at,
            resend_available_at: c.resend_available_at,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Stage {
    /// Enter the number and ask for a code.
    Number,
    /// A code was sent: enter it.
    Code(Pending),
    /// The number is verified: "Create account".
    Verified,
}

/// The telephone challenge ("For your protection, you might be asked to verify your account
/// details"), with the organization's China telephone number; then "Create account".
#[component]
pub fn PhoneStep() -> impl IntoView {
    view! { <StepPage step=Step::Phone><PhoneForm/></StepPage> }
}

#[component]
fn PhoneForm() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_enroll_store();
    let client = StoredValue::new(expect_context::<Client>());
    let navigate = use_navigate();

    let (initial_stage, initial_number) = starting_point(store);
    let stage = RwSignal::new(initial_stage);
    let awaited = move || challenge(stage);
    let number = Field::new("phoneNumber", "enroll-phone-number", Rule::ChinaPhone, initial_number);
    let code = Field::new("code", "enroll-phone-code", Rule::Code, String::new());
    let notice = RwSignal::new(None::<&'static str>);

    // A clock for the "new code in N seconds" countdown, only while a code is pending.
    let now = RwSignal::new(js_sys::Date::now());
    if let Ok(handle) = set_interval_with_handle(move || now.set(js_sys::Date::now()), Duration::from_secs(1)) {
        on_cleanup(move || handle.clear());
    }

    // One summary and one request at a time for the whole page; each button sends its own
    // request (named in the request ids) and checks only its own field.
    let form = Form::new(&[number, code]).same_label_on_retry();
    let sending = form.part(&[number]);
    let verifying = form.part(&[code]).on_error(move |e| verify_failed(e, code, stage));
    let resending = form.part(&[]).on_error(move |e| resend_failed(e, store, stage));
    let creating = form.part(&[]);

    let show_code = move |c: PhoneChallenge, said: &'static str| {
        let p = Pending::from(c);
        pending_set(&p);
        code.value.set(String::new());
        notice.set(Some(said));
        stage.set(Stage::Code(p));
    };
    let on_send = sending.on_submit(
        move |ids| {
            let (client, req) = (client.get_value(), PhoneChallengeRequest { phone_number: number.trimmed() });
            async move { api::phone_challenges::create(&client, &req, &ids.get("send")).await }
        },
        move |c| show_code(c, "enroll-phone-sent"),
    );
    let on_verify = verifying.on_submit(
        move |ids| {
            // The form is on the page only while a code is pending.
            let cid = awaited().map(|p| p.challenge_id).unwrap_or_default();
            let (client, req) = (client.get_value(), VerifyRequest { code: code.trimmed() });
            async move { api::phone_challenges::verify(&client, &cid, &req, &ids.get("verify")).await }
        },
        move |_| {
            if let Some(p) = awaited() {
                notice.set(None);
                finish_verified(store, &p, stage);
            }
        },
    );
    let wait_secs = move |p: &Pending| {
        let at = js_sys::Date::parse(&p.resend_available_at);
        if at.is_nan() { 0 } else { ((at - now.get()) / 1000.0).ceil().max(0.0) as u32 }
    };
    let on_resend = move |_| {
        // aria-disabled keeps the button focusable and announced; the click is ignored here.
        let Some(p) = awaited().filter(|p| untrack(|| wait_secs(p)) == 0) else { return };
        resending.submit(
            move |ids| {
                let client = client.get_value();
                async move { api::phone_challenges::resend(&client, &p.challenge_id, &ids.get("resend")).await }
            },
            move |c| {
                code.error.set(None);
                show_code(c, "enroll-phone-resent");
            },
        );
    };
    let on_create = creating.on_submit(
        move |_| {
            store.edit(|d| d.step = steps::completed(&d.step, Step::Phone).to_string());
            let client = client.get_value();
            async move { store.save(&client).await }
        },
        move |()| navigate(Step::Created.path(), Default::default()),
    );
    let change_number = move |_| {
        pending_clear();
        store.edit(|d| d.phone_challenge_id.clear());
        notice.set(None);
        stage.set(Stage::Number);
    };

    let busy = |part: Form| move || part.pending().get().then_some("true");
    let reached = Signal::derive(move || steps::resume(store.state(), &store.draft_step()).unwrap_or(Step::Review));

    view! {
        <section class="page narrow">
            <Progress current=Step::Phone reached=reached/>
            <PageHeading text=i18n.msg("enroll-phone-title") caption=super::step_caption(i18n, Step::Phone)/>
            <ErrorSummary items=form.summary(i18n) focus=form.failures()/>
            <p>{i18n.msg("enroll-phone-intro")}</p>
            {move || match stage.get() {
                Stage::Number => view! {
                    <form novalidate on:submit=on_send.clone() aria-busy=busy(sending)>
                        <FormField field=number input_type="tel" autocomplete="tel" hint="enroll-phone-number-hint"/>
                        <SubmitButton form=sending label="enroll-phone-send" busy="enroll-phone-sending"/>
                    </form>
                }.into_any(),
                Stage::Code(p) => {
                    let (shown, expires) = (p.phone_number.clone(), p.expires_at.clone());
                    view! {
                        <p class="notice" role="status">
                            {move || i18n.t_args(notice.get().unwrap_or("enroll-phone-sent"), &[
                                ("number", shown.clone()),
                                ("time", format::time(i18n.locale(), &expires)),
                            ])}
                        </p>
                        <form novalidate on:submit=on_verify.clone() aria-busy=busy(verifying)>
                            <FormField field=code autocomplete="one-time-code" hint="enroll-phone-code-hint"/>
                            <SubmitButton form=verifying label="enroll-phone-verify" busy="enroll-phone-verifying"/>
                        </form>
                        <p class="actions">
                            {move || {
                                let wait = wait_secs(&p);
                                view! {
                                    <button type="button" class="button button-secondary" on:click=on_resend
                                        aria-disabled=(wait > 0 || resending.pending().get()).then_some("true")
                                        aria-describedby=(wait > 0).then_some("resend-wait")>
                                        {i18n.t("enroll-phone-resend")}
                                    </button>
                                    {(wait > 0).then(|| view! {
                                        <span id="resend-wait" class="muted">
                                            " " {i18n.t_with("enroll-phone-resend-wait", "seconds", wait)}
                                        </span>
                                    })}
                                }
                            }}
                            " "
                            <button type="button" class="button-link" on:click=change_number>
                                {i18n.msg("enroll-phone-change")}
                            </button>
                        </p>
                    }.into_any()
                }
                Stage::Verified => {
                    let shown = store.draft.with_untracked(|d| d.phone_number.clone());
                    view! {
                        <p class="notice notice-success" role="status">
                            {move || i18n.t_args("enroll-phone-verified", &[("number", shown.clone())])}
                        </p>
                        <form novalidate on:submit=on_create.clone() aria-busy=busy(creating)>
                            <SubmitButton form=creating label="enroll-phone-create" busy="enroll-phone-creating"/>
                            " "
                            <button type="button" class="button-link" on:click=change_number>
                                {i18n.msg("enroll-phone-change")}
                            </button>
                        </form>
                    }.into_any()
                }
            }}
        </section>
    }
}

/// The moment `secs` from now, as the challenge states it. At most u32::MAX seconds (about 136
/// years) ahead: always a valid Date, so `toISOString` cannot throw a RangeError through the wasm.
fn seconds_from_now(secs: u32) -> String {
    let at = js_sys::Date::new(&(js_sys::Date::now() + f64::from(secs) * 1000.0).into());
    String::from(at.to_iso_string())
}

/// Where the page starts: verified already, a code pending on this tab, or the number to send
/// a code to (the one entered before, else the primary contact's).
fn starting_point(store: EnrollStore) -> (Stage, String) {
    let stage = if store.draft.with_untracked(|d| !d.phone_challenge_id.is_empty()) {
        Stage::Verified
    } else {
        pending_get().map(Stage::Code).unwrap_or(Stage::Number)
    };
    let number = store.draft.with_untracked(|d| {
        if d.phone_number.is_empty() {
            d.legal_business_profile.primary_contact.phone_number.clone()
        } else {
            d.phone_number.clone()
        }
    });
    (stage, number)
}

/// The challenge whose code is awaited, if that is where the page stands.
fn challenge(stage: RwSignal<Stage>) -> Option<Pending> {
    match stage.get_untracked() {
        Stage::Code(p) => Some(p),
        _ => None,
    }
}

/// A failed verify, beyond the form's usual handling.
fn verify_failed(e: &ApiError, code: Field, stage: RwSignal<Stage>) -> Handled {
    match e.status() {
        // The partner changed the number meanwhile: this answer is about a code no longer asked for.
        _ if challenge(stage).is_none() => Handled::Quietly,
        Some(status @ (410 | 429)) => {
            code.set_server_error(if status == 410 { "code_expired" } else { "too_many_attempts" });
            Handled::Yes
        }
        Some(404) => {
            restart(stage);
            Handled::Quietly
        }
        _ => Handled::No,
    }
}

/// A failed "Send a new code", beyond the form's usual handling.
fn resend_failed(e: &ApiError, store: EnrollStore, stage: RwSignal<Stage>) -> Handled {
    match (e, challenge(stage)) {
        // Too soon: the server says when; the countdown follows it.
        (ApiError::Status { status: 429, retry_after_secs: Some(s), .. }, Some(mut p)) => {
            p.resend_available_at = seconds_from_now(*s);
            pending_set(&p);
            stage.set(Stage::Code(p));
            Handled::Quietly
        }
        // Verified already (on another tab, say): not a failure.
        (ApiError::Status { status: 409, .. }, Some(p)) => {
            finish_verified(store, &p, stage);
            Handled::Quietly
        }
        (ApiError::Status { status: 404, .. }, _) => {
            restart(stage);
            Handled::Quietly
        }
        _ => Handled::No,
    }
}

/// The challenge is passed: its id goes into the draft (submit needs it) with the number as
/// the server normalised it.
fn finish_verified(store: EnrollStore, p: &Pending, stage: RwSignal<Stage>) {
    store.edit(|d| {
        d.phone_challenge_id = p.challenge_id.clone();
        d.phone_number = p.phone_number.clone();
    });
    pending_clear();
    stage.set(Stage::Verified);
}

/// The challenge is gone on the server (expired long ago): ask for a new one.
fn restart(stage: RwSignal<Stage>) {
    pending_clear();
    stage.set(Stage::Number);
}

fn pending_get() -> Option<Pending> {
    storage::load(PENDING_KEY)
}
fn pending_set(p: &Pending) {
    storage::save(PENDING_KEY, p);
}
fn pending_clear() {
    storage::clear(PENDING_KEY);
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn status(status: u16) -> ApiError {
        ApiError::Status { status, body: None, retry_after_secs: None }
    }

    #[test]
    fn a_failed_verify_says_what_is_wrong_with_the_code() {
        let code = Field::new("code", "enroll-phone-code", Rule::Code, "123456".into());
        let pending = Pending {
            challenge_id: "c1".into(),
            phone_number: "13812345678".into(),
            expires_at: String::new(),
            resend_available_at: String::new(),
        };
        let stage = RwSignal::new(Stage::Code(pending));
        assert_eq!(verify_failed(&status(410), code, stage), Handled::Yes);
        assert_eq!(code.error.get_untracked(), Some("form-error-code-expired"));
        assert_eq!(verify_failed(&status(429), code, stage), Handled::Yes);
        assert_eq!(code.error.get_untracked(), Some("form-error-code-attempts"));
        // The rest is the form's: a wrong code at the field, a server down in the summary.
        assert_eq!(verify_failed(&status(400), code, stage), Handled::No);
        assert_eq!(verify_failed(&ApiError::Timeout, code, stage), Handled::No);
        // An answer about a code no longer awaited (the number was changed meanwhile) is dropped.
        stage.set(Stage::Number);
        assert_eq!(verify_failed(&status(410), code, stage), Handled::Quietly);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config, short_text};

    proptest! {
        #![proptest_config(config(256))]

        /// Whatever sessionStorage holds under the key, reading it never panics, and a pending
        /// challenge comes back exactly as it was stored.
        #[test]
        fn pending_challenges_round_trip(
            text in any_text(),
            id in short_text(),
            number in any_text(),
            expires in short_text(),
            resend in short_text()
        ) {
            let _ = storage::decode::<Pending>(&text);
            let p =
                Pending { challenge_id: id, phone_number: number, expires_at: expires, resend_available_at: resend };
            prop_assert_eq!(storage::decode::<Pending>(&serde_json::to_string(&p).unwrap()), Some(p));
        }
    }
}
