use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::step_page::StepPage;
use super::steps::Step;
use super::store::use_enroll_store;
use crate::api::{self, ApiError, Client};
use crate::components::{ErrorSummary, PageHeading, SummaryItem};
use crate::form;
use crate::i18n::use_i18n;
use crate::session::{sign_in_again, use_session};

/// The checkbox's DOM id, and the field the server names when acceptance is missing.
const ACCEPT: &str = "accept";

/// What a failed accept means for the page (pure, so the rules are tested natively).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AcceptFailure {
    /// The session ended: sign in again and come back here.
    SignIn,
    /// The enrollment moved on (already accepted, or no longer approved): read it again and
    /// show where it stands.
    Reload,
    /// Stay on the page with the message; `same_request`: the outcome is unknown, so "Accept
    /// and continue" again must be the same logical accept.
    Stay { same_request: bool },
}

pub fn accept_failure(e: &ApiError) -> AcceptFailure {
    if e.needs_sign_in() {
        return AcceptFailure::SignIn;
    }
    if e.status() == Some(409) {
        return AcceptFailure::Reload;
    }
    // An answer that cannot be read may still have been an acceptance.
    let same_request = form::outcome_unknown(e);
    AcceptFailure::Stay { same_request }
}

/// `/enroll/agreement`: "Accept and continue" digitally signs the 21Vianet CSP reseller
/// agreement. Opens only once the enrollment is approved.
#[component]
pub fn AgreementStep() -> impl IntoView {
    view! { <StepPage step=Step::Agreement><AgreementForm/></StepPage> }
}

#[component]
fn AgreementForm() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_enroll_store();
    let session = use_session();
    let client = expect_context::<Client>();
    let navigate = use_navigate();

    let agreement = store.status.with_untracked(|s| s.as_ref().and_then(|s| s.agreement.clone()));
    let admin = session.get_untracked().map(|s| s.user.display_name).unwrap_or_default();

    let accepted = RwSignal::new(false);
    // Kept as a message id, so it re-renders in a newly chosen language.
    let accept_error = RwSignal::new(None::<&'static str>);
    let form_error = RwSignal::new(None::<ApiError>);
    let failed = RwSignal::new(0u32);
    // One id per logical accept, kept while the outcome is unknown so "Accept and continue"
    // again is replayed by the server rather than done twice.
    let request_id = StoredValue::new(api::new_request_id());

    let accept = {
        let client = client.clone();
        Action::new_local(move |_: &()| {
            let client = client.clone();
            let id = request_id.get_value();
            async move { api::enrollment::accept_agreement(&client, &id).await }
        })
    };
    Effect::new(move |_| {
        let Some(result) = accept.value().get() else { return };
        match result {
            Ok(s) => {
                store.set_status(s);
                navigate(Step::Status.path(), Default::default());
            }
            Err(e) => match accept_failure(&e) {
                AcceptFailure::SignIn => sign_in_again(&navigate, Step::Agreement.path()),
                AcceptFailure::Reload => {
                    let (client, navigate) = (client.clone(), navigate.clone());
                    leptos::task::spawn_local(async move {
                        store.reload(&client).await;
                        navigate(Step::Status.path(), Default::default());
                    });
                }
                AcceptFailure::Stay { same_request } => {
                    if !same_request {
                        request_id.set_value(api::new_request_id());
                    }
                    if e.field_errors().iter().any(|f| f.field == ACCEPT) {
                        accept_error.set(Some("enroll-agreement-required"));
                    } else {
                        form_error.set(Some(e));
                    }
                    failed.update(|n| *n += 1);
                }
            },
        }
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if accept.pending().get_untracked() {
            return; // a second click while the first is on its way does nothing
        }
        form_error.set(None);
        if !accepted.get_untracked() {
            accept_error.set(Some("enroll-agreement-required"));
            failed.update(|n| *n += 1);
            return;
        }
        accept_error.set(None);
        accept.dispatch(());
    };

    let summary = Signal::derive(move || {
        let mut items = Vec::new();
        if let Some(id) = accept_error.get() {
            items.push(SummaryItem { field: Some(ACCEPT), message: i18n.t(id) });
        }
        if let Some(e) = form_error.get() {
            items.push(SummaryItem { field: None, message: form::request_error_message(i18n, &e) });
        }
        items
    });
    let invalid = move || accept_error.with(Option::is_some);

    // The address is the server's, so untrusted: only an http(s) address becomes a link (a
    // `javascript:` one would run in our origin when clicked).
    let document = agreement.filter(|a| partner_center_rules::contact::web_address(&a.url).is_ok()).map(|a| {
        // The server's title is the document's own (in English); the link names it in the UI
        // language, with the version the partner is accepting.
        let (version, url) = (a.version, a.url);
        view! {
            <p>
                <a href=url target="_blank" rel="noopener noreferrer">
                    {move || i18n.t_args("enroll-agreement-read", &[("version", version.clone())])}
                </a>
            </p>
        }
    });

    view! {
        <section class="page">
            <PageHeading text=i18n.msg("enroll-agreement-title")/>
            <ErrorSummary items=summary focus=failed/>
            <p>{i18n.msg("enroll-agreement-intro")}</p>
            {document}
            <form novalidate on:submit=on_submit aria-busy=move || accept.pending().get().then_some("true")>
                <p>{move || i18n.t_args("enroll-agreement-accepting-as", &[("name", admin.clone())])}</p>
                <div class="checkbox-field" class:field-invalid=invalid>
                    {move || accept_error.get().map(|id| view! {
                        <p class="field-error" id="accept-error">
                            <span class="visually-hidden">{i18n.t("field-error-prefix")} " "</span>
                            {i18n.t(id)}
                        </p>
                    })}
                    <input
                        type="checkbox"
                        id=ACCEPT
                        name=ACCEPT
                        required=true
                        aria-required="true"
                        aria-invalid=move || if invalid() { "true" } else { "false" }
                        aria-describedby=move || invalid().then_some("accept-error")
                        prop:checked=move || accepted.get()
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            accepted.set(on);
                            if on {
                                accept_error.set(None);
                            }
                        }
                    />
                    " "
                    <label for=ACCEPT>{i18n.msg("enroll-agreement-accept-label")}</label>
                </div>
                <button type="submit" class="button" aria-disabled=move || accept.pending().get().then_some("true")>
                    {move || if accept.pending().get() { i18n.t("enroll-agreement-accepting") } else { i18n.t("enroll-agreement-accept") }}
                </button>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::ApiError;

    fn status(status: u16) -> ApiError {
        ApiError::Status { status, body: None, retry_after_secs: None }
    }

    #[test]
    fn an_unknown_outcome_keeps_the_request_id() {
        for e in [
            ApiError::Timeout,
            ApiError::Network,
            ApiError::Offline,
            status(500),
            status(503),
            ApiError::Undecodable { status: 200 },
        ] {
            assert_eq!(accept_failure(&e), AcceptFailure::Stay { same_request: true }, "{e:?}");
        }
        assert_eq!(accept_failure(&status(400)), AcceptFailure::Stay { same_request: false });
        assert_eq!(accept_failure(&status(403)), AcceptFailure::Stay { same_request: false });
    }

    #[test]
    fn an_ended_session_signs_in_and_a_conflict_reloads() {
        assert_eq!(accept_failure(&status(401)), AcceptFailure::SignIn);
        assert_eq!(accept_failure(&status(409)), AcceptFailure::Reload);
    }
}
