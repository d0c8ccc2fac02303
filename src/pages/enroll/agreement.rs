use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::step_page::StepPage;
use super::steps::Step;
use super::store::use_enroll_store;
use crate::api::{self, ApiError, Client};
use crate::components::{ErrorSummary, PageHeading, SubmitButton};
use crate::form::submit::Handled;
use crate::form::{Field, Form, Rule};
use crate::i18n::use_i18n;
use crate::session::use_session;

/// The checkbox's DOM id, and the field the server names when acceptance is missing.
const ACCEPT: &str = "accept";
/// What the checkbox's field holds while the box is ticked (nothing while it is not).
const TICKED: &str = "accepted";

/// What a failed accept means for the page (pure, so the rules are tested natively).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AcceptFailure {
    /// The session ended: sign in again and come back here.
    SignIn,
    /// The enrollment moved on (already accepted, or no longer approved): read it again and
    /// show where it stands.
    Reload,
    /// Stay on the page with the message. When the outcome is unknown, the form keeps the
    /// request id, so "Accept and continue" again is the same logical accept.
    Stay,
}

pub fn accept_failure(e: &ApiError) -> AcceptFailure {
    if e.needs_sign_in() {
        return AcceptFailure::SignIn;
    }
    if e.status() == Some(409) {
        return AcceptFailure::Reload;
    }
    AcceptFailure::Stay
}

/// `/enroll/agreement`: "Accept and continue" digitally signs the cloud's program agreement (the
/// 21Vianet CSP reseller agreement, or the Microsoft Partner Agreement in global). Opens only
/// once the enrollment is approved.
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

    // The box to tick, as a field: checked on submit and listed in the summary. The words name
    // the cloud's agreement.
    let cloud = i18n.cloud();
    let (label, required): (&'static str, &'static str) = match cloud {
        crate::locale::Cloud::China => ("enroll-agreement-accept-label-china", "enroll-agreement-required-china"),
        crate::locale::Cloud::Global => ("enroll-agreement-accept-label-global", "enroll-agreement-required-global"),
    };
    let accept = Field::new(ACCEPT, label, Rule::Text { max: TICKED.len() }, String::new());
    // A wording is a plain fn, so each cloud's is its own.
    let accept = match cloud {
        crate::locale::Cloud::China => accept.worded(|_| "enroll-agreement-required-china"),
        crate::locale::Cloud::Global => accept.worded(|_| "enroll-agreement-required-global"),
    };
    let form = Form::new(&[accept]).same_label_on_retry().on_error({
        let (client, navigate) = (client.clone(), navigate.clone());
        move |e| match accept_failure(e) {
            AcceptFailure::Reload => {
                let (client, navigate) = (client.clone(), navigate.clone());
                // Not tied to this page: the step guard replaces it while the enrollment is read.
                leptos::task::spawn_local(async move {
                    store.reload(&client).await;
                    navigate(Step::Status.path(), Default::default());
                });
                Handled::Quietly
            }
            AcceptFailure::Stay if e.field_errors().iter().any(|f| f.field == ACCEPT) => {
                accept.set_server_message(required);
                Handled::Yes
            }
            // An ended session goes to Sign in and back here, the form's way.
            AcceptFailure::SignIn | AcceptFailure::Stay => Handled::No,
        }
    });
    let on_submit = form.on_submit(
        move |ids| {
            let client = client.clone();
            async move { api::enrollment::accept_agreement(&client, &ids.main()).await }
        },
        move |s| {
            store.set_status(s);
            navigate(Step::Status.path(), Default::default());
        },
    );
    let message = accept.message(i18n);
    let invalid = move || accept.error.with(Option::is_some);

    // The address is the server's, so untrusted: only an http(s) address becomes a link (a
    // `javascript:` one would run in our origin when clicked).
    let document = agreement.filter(|a| partner_center_rules::contact::web_address(&a.url).is_ok()).map(|a| {
        // The server's title is the document's own (in English); the link names it in the UI
        // language, with the version the partner is accepting.
        let (version, url) = (a.version, a.url);
        view! {
            <p>
                <a href=url target="_blank" rel="noopener noreferrer">
                    {move || i18n.t_args(&cloud.variant("enroll-agreement-read"), &[("version", version.clone())])}
                </a>
            </p>
        }
    });

    view! {
        <section class="page">
            <PageHeading text=i18n.msg_cloud("enroll-agreement-title")/>
            <ErrorSummary items=form.summary(i18n) focus=form.failures()/>
            <p>{i18n.msg_cloud("enroll-agreement-intro")}</p>
            {document}
            <form novalidate on:submit=on_submit aria-busy=move || form.pending().get().then_some("true")>
                <p>{move || i18n.t_args("enroll-agreement-accepting-as", &[("name", admin.clone())])}</p>
                <div class="checkbox-field" class:field-invalid=invalid>
                    {move || message.get().map(|text| view! {
                        <p class="field-error" id="accept-error">
                            <span class="visually-hidden">{i18n.t("field-error-prefix")} " "</span>
                            {text}
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
                        prop:checked=move || accept.value.with(|v| !v.is_empty())
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            accept.value.set(if on { TICKED.to_string() } else { String::new() });
                            // Ticking the box answers its error at once; unticking it waits
                            // for the next submit.
                            if on {
                                accept.check();
                            }
                        }
                    />
                    " "
                    <label for=ACCEPT>{i18n.msg(label)}</label>
                </div>
                <SubmitButton form=form label="enroll-agreement-accept" busy="enroll-agreement-accepting"/>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::outcome_unknown;

    fn status(status: u16) -> ApiError {
        ApiError::Status { status, body: None, retry_after_secs: None }
    }

    #[test]
    fn an_unknown_outcome_keeps_the_request_id() {
        // The form keeps the request id exactly when the outcome is unknown.
        for e in [
            ApiError::Timeout,
            ApiError::Network,
            ApiError::Offline,
            status(500),
            status(503),
            ApiError::Undecodable { status: 200 },
        ] {
            assert_eq!(accept_failure(&e), AcceptFailure::Stay, "{e:?}");
            assert!(outcome_unknown(&e), "{e:?}");
        }
        for e in [status(400), status(403)] {
            assert_eq!(accept_failure(&e), AcceptFailure::Stay, "{e:?}");
            assert!(!outcome_unknown(&e), "{e:?}");
        }
    }

    #[test]
    fn an_ended_session_signs_in_and_a_conflict_reloads() {
        assert_eq!(accept_failure(&status(401)), AcceptFailure::SignIn);
        assert_eq!(accept_failure(&status(409)), AcceptFailure::Reload);
    }
}
