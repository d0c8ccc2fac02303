use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use serde::{Deserialize, Serialize};

use super::progress::Progress;
use super::step_page::StepPage;
use super::steps::{self, Step};
use super::store::use_enroll_store;
use super::{Failed, route_failure};
use crate::api::{self, ApiError, Client};
use crate::components::{ErrorSummary, FormField, PageHeading, SummaryItem};
use crate::form::{self, Field, Rule, outcome_unknown};
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
    let client = expect_context::<Client>();
    let navigate = use_navigate();

    let initial_stage = if store.draft.with_untracked(|d| !d.phone_challenge_id.is_empty()) {
        Stage::Verified
    } else {
        pending_get().map(Stage::Code).unwrap_or(Stage::Number)
    };
    let stage = RwSignal::new(initial_stage);
    let initial_number = store.draft.with_untracked(|d| {
        if d.phone_number.is_empty() {
            d.legal_business_profile.primary_contact.phone_number.clone()
        } else {
            d.phone_number.clone()
        }
    });
    let number = Field::new("phoneNumber", "enroll-phone-number", Rule::ChinaPhone, initial_number);
    let code = Field::new("code", "enroll-phone-code", Rule::Code, String::new());
    let form_error = RwSignal::new(None::<ApiError>);
    let notice = RwSignal::new(None::<&'static str>);
    let failed = RwSignal::new(0u32);
    // One request id per logical operation, kept while its outcome is unknown.
    let send_id = StoredValue::new(api::new_request_id());
    let verify_id = StoredValue::new(api::new_request_id());
    let resend_id = StoredValue::new(api::new_request_id());

    // A clock for the "new code in N seconds" countdown, only while a code is pending.
    let now = RwSignal::new(js_sys::Date::now());
    if let Ok(handle) = set_interval_with_handle(move || now.set(js_sys::Date::now()), Duration::from_secs(1)) {
        on_cleanup(move || handle.clear());
    }

    let fail = {
        let navigate = navigate.clone();
        move |e: ApiError, fields: &[Field]| match route_failure(e, fields, &navigate, Step::Phone) {
            Failed::SigningIn => {}
            Failed::Stay(rest) => {
                form_error.set(rest);
                failed.update(|n| *n += 1);
            }
        }
    };

    let send = {
        let client = client.clone();
        Action::new_local(move |phone: &String| {
            let (client, req, id) =
                (client.clone(), PhoneChallengeRequest { phone_number: phone.clone() }, send_id.get_value());
            async move { api::phone_challenges::create(&client, &req, &id).await }
        })
    };
    Effect::new({
        let fail = fail.clone();
        move |_| {
            let Some(result) = send.value().get() else { return };
            match result {
                Ok(c) => {
                    send_id.set_value(api::new_request_id());
                    failed.set(0);
                    let p = Pending::from(c);
                    pending_set(&p);
                    code.value.set(String::new());
                    notice.set(Some("enroll-phone-sent"));
                    stage.set(Stage::Code(p));
                }
                Err(e) => {
                    if !outcome_unknown(&e) {
                        send_id.set_value(api::new_request_id());
                    }
                    fail(e, &[number]);
                }
            }
        }
    });

    let resend = {
        let client = client.clone();
        Action::new_local(move |challenge_id: &String| {
            let (client, cid, id) = (client.clone(), challenge_id.clone(), resend_id.get_value());
            async move { api::phone_challenges::resend(&client, &cid, &id).await }
        })
    };
    Effect::new({
        let fail = fail.clone();
        move |_| {
            let Some(result) = resend.value().get() else { return };
            match result {
                Ok(c) => {
                    resend_id.set_value(api::new_request_id());
                    failed.set(0);
                    let p = Pending::from(c);
                    pending_set(&p);
                    code.value.set(String::new());
                    code.error.set(None);
                    notice.set(Some("enroll-phone-resent"));
                    stage.set(Stage::Code(p));
                }
                Err(e) => {
                    if !outcome_unknown(&e) {
                        resend_id.set_value(api::new_request_id());
                    }
                    match (&e, stage.get_untracked()) {
                        // Too soon: the server says when; the countdown follows it.
                        (ApiError::Status { status: 429, retry_after_secs: Some(s), .. }, Stage::Code(mut p)) => {
                            // At most u32::MAX seconds (about 136 years) ahead: always a valid
                            // Date, so `toISOString` cannot throw a RangeError through the wasm.
                            let at = js_sys::Date::new(&(js_sys::Date::now() + f64::from(*s) * 1000.0).into());
                            p.resend_available_at = String::from(at.to_iso_string());
                            pending_set(&p);
                            stage.set(Stage::Code(p));
                        }
                        (ApiError::Status { status: 409, .. }, Stage::Code(p)) => finish_verified(store, &p, stage),
                        (ApiError::Status { status: 404, .. }, _) => restart(stage),
                        _ => fail(e, &[]),
                    }
                }
            }
        }
    });

    let verify = {
        let client = client.clone();
        Action::new_local(move |(challenge_id, c): &(String, String)| {
            let (client, cid, req, id) =
                (client.clone(), challenge_id.clone(), VerifyRequest { code: c.clone() }, verify_id.get_value());
            async move { api::phone_challenges::verify(&client, &cid, &req, &id).await }
        })
    };
    Effect::new({
        let fail = fail.clone();
        move |_| {
            let Some(result) = verify.value().get() else { return };
            let Stage::Code(p) = stage.get_untracked() else { return };
            match result {
                Ok(_) => {
                    verify_id.set_value(api::new_request_id());
                    failed.set(0);
                    notice.set(None);
                    finish_verified(store, &p, stage);
                }
                Err(e) => {
                    if !outcome_unknown(&e) {
                        verify_id.set_value(api::new_request_id());
                    }
                    match e.status() {
                        Some(410) => code.set_server_error("code_expired"),
                        Some(429) => code.set_server_error("too_many_attempts"),
                        Some(404) => return restart(stage),
                        _ => return fail(e, &[code]),
                    }
                    failed.update(|n| *n += 1);
                }
            }
        }
    });

    let save = {
        let client = client.clone();
        Action::new_local(move |_: &()| {
            let client = client.clone();
            async move { store.save(&client).await }
        })
    };
    Effect::new({
        let navigate = navigate.clone();
        let fail = fail.clone();
        move |_| match save.value().get() {
            Some(Ok(())) => navigate(Step::Created.path(), Default::default()),
            Some(Err(e)) => fail(e, &[]),
            None => {}
        }
    });

    let busy = move || send.pending().get() || verify.pending().get() || resend.pending().get() || save.pending().get();
    let on_send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy() {
            return;
        }
        form_error.set(None);
        if !number.check() {
            failed.update(|n| *n += 1);
            return;
        }
        send.dispatch(number.trimmed());
    };
    let on_verify = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy() {
            return;
        }
        form_error.set(None);
        let Stage::Code(p) = stage.get_untracked() else { return };
        if !code.check() {
            failed.update(|n| *n += 1);
            return;
        }
        verify.dispatch((p.challenge_id, code.trimmed()));
    };
    let wait_secs = move |p: &Pending| {
        let at = js_sys::Date::parse(&p.resend_available_at);
        if at.is_nan() { 0 } else { ((at - now.get()) / 1000.0).ceil().max(0.0) as u32 }
    };
    let on_resend = move |_| {
        if busy() {
            return;
        }
        // aria-disabled keeps the button focusable and announced; the click is ignored here.
        if let Stage::Code(p) = stage.get_untracked()
            && untrack(|| wait_secs(&p)) == 0
        {
            form_error.set(None);
            resend.dispatch(p.challenge_id);
        }
    };
    let on_create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy() {
            return;
        }
        form_error.set(None);
        store.edit(|d| d.step = steps::completed(&d.step, Step::Phone).to_string());
        save.dispatch(());
    };
    let change_number = move |_| {
        pending_clear();
        store.edit(|d| d.phone_challenge_id.clear());
        notice.set(None);
        stage.set(Stage::Number);
    };

    let summary = Signal::derive(move || {
        let mut items = form::summary(i18n, &[number, code]);
        if let Some(e) = form_error.get() {
            items.push(SummaryItem { field: None, message: form::request_error_message(i18n, &e) });
        }
        items
    });
    let reached = Signal::derive(move || steps::resume(store.state(), &store.draft_step()).unwrap_or(Step::Review));

    view! {
        <section class="page narrow">
            <Progress current=Step::Phone reached=reached/>
            <PageHeading text=i18n.msg("enroll-phone-title") caption=super::step_caption(i18n, Step::Phone)/>
            <ErrorSummary items=summary focus=failed/>
            <p>{i18n.msg("enroll-phone-intro")}</p>
            {move || match stage.get() {
                Stage::Number => view! {
                    <form novalidate on:submit=on_send aria-busy=move || send.pending().get().then_some("true")>
                        <FormField field=number input_type="tel" autocomplete="tel" hint="enroll-phone-number-hint"/>
                        <button type="submit" class="button" aria-disabled=move || send.pending().get().then_some("true")>
                            {move || if send.pending().get() { i18n.t("enroll-phone-sending") } else { i18n.t("enroll-phone-send") }}
                        </button>
                    </form>
                }.into_any(),
                Stage::Code(p) => {
                    let (shown, expires) = (p.phone_number.clone(), p.expires_at.clone());
                    let p2 = p.clone();
                    view! {
                        <p class="notice" role="status">
                            {move || i18n.t_args(notice.get().unwrap_or("enroll-phone-sent"), &[
                                ("number", shown.clone()),
                                ("time", format::time(i18n.locale(), &expires)),
                            ])}
                        </p>
                        <form novalidate on:submit=on_verify aria-busy=move || verify.pending().get().then_some("true")>
                            <FormField field=code autocomplete="one-time-code" hint="enroll-phone-code-hint"/>
                            <button type="submit" class="button" aria-disabled=move || verify.pending().get().then_some("true")>
                                {move || if verify.pending().get() { i18n.t("enroll-phone-verifying") } else { i18n.t("enroll-phone-verify") }}
                            </button>
                        </form>
                        <p class="actions">
                            {move || {
                                let wait = wait_secs(&p2);
                                view! {
                                    <button type="button" class="button button-secondary" on:click=on_resend
                                        aria-disabled=(wait > 0 || resend.pending().get()).then_some("true")
                                        aria-describedby=(wait > 0).then_some("resend-wait")>
                                        {i18n.t("enroll-phone-resend")}
                                    </button>
                                    {(wait > 0).then(|| view! {
                                        <span id="resend-wait" class="muted">" " {i18n.t_with("enroll-phone-resend-wait", "seconds", wait)}</span>
                                    })}
                                }
                            }}
                            " "
                            <button type="button" class="button-link" on:click=change_number>{i18n.msg("enroll-phone-change")}</button>
                        </p>
                    }.into_any()
                }
                Stage::Verified => {
                    let shown = store.draft.with_untracked(|d| d.phone_number.clone());
                    view! {
                        <p class="notice notice-success" role="status">
                            {move || i18n.t_args("enroll-phone-verified", &[("number", shown.clone())])}
                        </p>
                        <form novalidate on:submit=on_create aria-busy=move || save.pending().get().then_some("true")>
                            <button type="submit" class="button" aria-disabled=move || save.pending().get().then_some("true")>
                                {move || if save.pending().get() { i18n.t("enroll-phone-creating") } else { i18n.t("enroll-phone-create") }}
                            </button>
                            " "
                            <button type="button" class="button-link" on:click=change_number>{i18n.msg("enroll-phone-change")}</button>
                        </form>
                    }.into_any()
                }
            }}
        </section>
    }
}

/// The challenge is passed: its id goes into the draft (submit needs it) with the number as
/// the server normalised it.
fn finish_verified(store: super::store::EnrollStore, p: &Pending, stage: RwSignal<Stage>) {
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
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config, short_text};

    proptest! {
        #![proptest_config(config(256))]

        /// Whatever sessionStorage holds under the key, reading it never panics, and a pending
        /// challenge comes back exactly as it was stored.
        #[test]
        fn pending_challenges_round_trip(text in any_text(), id in short_text(), number in any_text(), expires in short_text(), resend in short_text()) {
            let _ = storage::decode::<Pending>(&text);
            let p = Pending { challenge_id: id, phone_number: number, expires_at: expires, resend_available_at: resend };
            prop_assert_eq!(storage::decode::<Pending>(&serde_json::to_string(&p).unwrap()), Some(p));
        }
    }
}
