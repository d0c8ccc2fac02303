use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use super::step_page::StepPage;
use super::steps::Step;
use super::store::use_enroll_store;
use crate::api::{self, ApiError, Client};
use crate::components::PageHeading;
use crate::form::Load;
use crate::form::load::LoadState;
use crate::i18n::{I18n, format, use_i18n};
use crate::model::enrollment::{EnrollmentState, EnrollmentStatus};
use crate::routes::Page;
use crate::session::{sign_in_again, use_session};

/// While the account is being set up, how often the page asks again.
const POLL_MS: u64 = 5_000;

/// What the status page tells the partner, by the server's state. Pure, so every state's
/// message is tested natively.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Global: submitted, and the primary contact must open the link in the e-mail first.
    VerifyEmail,
    /// Submitted: review, credit check, or a state this client does not know yet.
    Reviewing,
    /// Not approved: the reason, and the way back to correct and resubmit.
    Rejected,
    /// Approved: "Accept and continue" to the agreement.
    Approved,
    /// The agreement is accepted and the account is being set up.
    Provisioning,
    /// Done: the Overview is the place now.
    Active,
}

impl Stage {
    pub fn of(state: EnrollmentState) -> Stage {
        use EnrollmentState as S;
        match state {
            S::PendingEmailVerification => Stage::VerifyEmail,
            S::Rejected => Stage::Rejected,
            S::Approved => Stage::Approved,
            S::AgreementAccepted | S::Provisioning => Stage::Provisioning,
            S::Active => Stage::Active,
            // None and Draft never reach this page (the step guard sends them to the wizard);
            // should a reload race one in, "under review" is the harmless reading.
            S::PendingReview | S::CreditCheck | S::Other | S::None | S::Draft => Stage::Reviewing,
        }
    }

    /// The heading of the state's section (a Fluent id).
    pub fn heading_id(self) -> &'static str {
        match self {
            Stage::VerifyEmail => "enroll-status-verify-heading",
            Stage::Reviewing => "enroll-status-reviewing-heading",
            Stage::Rejected => "enroll-status-rejected-heading",
            Stage::Approved => "enroll-status-approved-heading",
            Stage::Provisioning => "enroll-status-provisioning-heading",
            Stage::Active => "enroll-status-active-heading",
        }
    }

    /// Only setting up the account ends by itself, so only then does the page ask again.
    pub fn polls(self) -> bool {
        self == Stage::Provisioning
    }
}

/// `/enroll/status`: where a submitted enrollment stands, from review to an active account.
#[component]
pub fn StatusStep() -> impl IntoView {
    view! { <StepPage step=Step::Status><StatusPage/></StepPage> }
}

#[component]
fn StatusPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_enroll_store();
    let session = use_session();
    let client = expect_context::<Client>();
    let navigate = use_navigate();

    // Renders only when something really changed, so a poll that brings the same answer does
    // not make screen readers read the live region again.
    let status = Memo::new(move |_| store.status.get());
    let stage = Memo::new(move |_| status.with(|s| Stage::of(s.as_ref().map(|s| s.status).unwrap_or_default())));

    // The store may hold what was read when the partner first opened a step: read again now
    // (and on Refresh, and while polling). Leaving the page cancels the read in flight.
    let read = Load::new(move || {
        let client = client.clone();
        async move { api::enrollment::status(&client).await }
    });
    let reading = Memo::new(move |_| read.state().with(|s| matches!(s, LoadState::Loading)));
    let ask = move || {
        if !reading.get_untracked() {
            read.retry();
        }
    };
    // The status shown is the store's, so it stays while the next read is on its way; so does
    // a failure's message, until a read succeeds.
    let error = RwSignal::new(None::<ApiError>);
    Effect::new(move |_| match read.state().get() {
        LoadState::Loading => {}
        LoadState::Ready(s) => {
            error.set(None);
            store.set_status(s);
        }
        LoadState::Failed(e) if e.needs_sign_in() => sign_in_again(&navigate, Step::Status.path()),
        LoadState::Failed(e) => error.set(Some(e)),
    });

    // While the account is set up, ask again every few seconds until it is active.
    let poll = StoredValue::new(None::<TimeoutHandle>);
    let cancel_poll = move || {
        if let Some(h) = poll.try_update_value(Option::take).flatten() {
            h.clear();
        }
    };
    on_cleanup(cancel_poll);
    Effect::new(move |_| {
        let (stage, busy) = (stage.get(), reading.get());
        cancel_poll();
        if stage.polls() && !busy {
            let h = set_timeout_with_handle(
                move || {
                    if reading.try_get_untracked() == Some(false) {
                        read.retry();
                    }
                },
                std::time::Duration::from_millis(POLL_MS),
            );
            poll.set_value(h.ok());
        }
    });

    // Active: the session learns it, and the partner goes on to the Overview.
    let navigate = use_navigate();
    Effect::new(move |_| {
        if stage.get() == Stage::Active {
            session.mark_active();
            navigate(Page::Overview.path(), NavigateOptions { replace: true, ..Default::default() });
        }
    });

    view! {
        <section class="page">
            <PageHeading text=i18n.msg("enroll-status-title")/>
            <div class="card" role="status">
                {move || status.get().map(|s| stage_view(i18n, stage.get(), &s))}
            </div>
            {move || error.get().map(|e| view! {
                <div class="notice notice-error" role="alert">
                    <p>{crate::form::request_error_message(i18n, &e)}</p>
                </div>
            })}
            <p>
                <button
                    type="button"
                    class="button button-secondary"
                    aria-disabled=move || reading.get().then_some("true")
                    on:click=move |_| ask()
                >
                    {i18n.msg("enroll-status-refresh")}
                </button>
            </p>
        </section>
    }
}

/// The state's section: what happened, what comes next and what the partner can do.
fn stage_view(i18n: I18n, stage: Stage, s: &EnrollmentStatus) -> AnyView {
    let locale = i18n.locale();
    let cloud = i18n.cloud();
    // Approval names the cloud's program (reselling in China, or as an indirect reseller).
    let heading_id =
        if stage == Stage::Approved { cloud.variant(stage.heading_id()) } else { stage.heading_id().into() };
    let heading = view! { <h2>{i18n.t(&heading_id)}</h2> };
    match stage {
        Stage::VerifyEmail => {
            let link = s.email_verification.as_ref();
            let sent = link.map(|l| {
                let expires = format::date_time(locale, &l.expires_at);
                view! {
                    <p>{i18n.t_args("enroll-status-verify-sent", &[("email", l.email.clone())])}</p>
                    <p class="muted">{i18n.t_args("enroll-status-verify-expires", &[("date", expires)])}</p>
                }
            });
            view! {
                {heading}
                {sent}
                <p>{i18n.msg("enroll-status-verify-body")}</p>
                <ResendLink/>
                {reference(i18n, s)}
            }
            .into_any()
        }
        Stage::Reviewing => {
            let submitted = s
                .submitted_at
                .as_deref()
                .map(|at| i18n.t_args("enroll-status-submitted", &[("date", format::date_time(locale, at))]));
            let credit = (s.status == EnrollmentState::CreditCheck).then(|| i18n.t("enroll-status-credit-check"));
            view! {
                {heading}
                {submitted.map(|t| view! { <p>{t}</p> })}
                {credit.map(|t| view! { <p>{t}</p> })}
                <p>{i18n.msg_cloud("enroll-status-reviewing-body")}</p>
                {reference(i18n, s)}
            }
            .into_any()
        }
        Stage::Rejected => {
            let reason = s.rejection_reason.clone().filter(|r| !r.trim().is_empty());
            view! {
                {heading}
                {reason.map(|r| view! {
                    <p>
                        <strong>{i18n.msg("enroll-status-rejected-reason")}</strong>
                        " "
                        <span class="rejection-reason">{r}</span>
                    </p>
                })}
                <p>{i18n.msg("enroll-status-rejected-body")}</p>
                <p><a class="button" href=correct_at(cloud).path()>{i18n.msg("enroll-status-update")}</a></p>
                {reference(i18n, s)}
            }
            .into_any()
        }
        Stage::Approved => view! {
            {heading}
            <p>{i18n.msg_cloud("enroll-status-approved-body")}</p>
            <p><a class="button" href=Step::Agreement.path()>{i18n.msg("enroll-status-accept")}</a></p>
        }
        .into_any(),
        Stage::Provisioning => {
            let accepted = s.agreement.as_ref().and_then(|a| {
                let by = a.accepted_by.as_ref()?.display_name.clone();
                Some(match a.accepted_at.as_deref() {
                    Some(at) => i18n.t_args(
                        &cloud.variant("enroll-status-accepted-by"),
                        &[("name", by), ("date", format::date_time(locale, at))],
                    ),
                    None => i18n.t_args(&cloud.variant("enroll-status-accepted-by-undated"), &[("name", by)]),
                })
            });
            view! {
                {heading}
                <p>{i18n.msg("enroll-status-provisioning-body")}</p>
                {accepted.map(|t| view! { <p>{t}</p> })}
                <p class="muted">{i18n.msg("enroll-status-provisioning-checking")}</p>
            }
            .into_any()
        }
        Stage::Active => view! {
            {heading}
            <p><a class="button" href=Page::Overview.path()>{i18n.msg("enroll-status-go-overview")}</a></p>
        }
        .into_any(),
    }
}

/// Where a rejected enrollment is corrected: the program step in China, the details in global.
pub fn correct_at(cloud: crate::locale::Cloud) -> Step {
    match cloud {
        crate::locale::Cloud::China => Step::Program,
        crate::locale::Cloud::Global => Step::Details,
    }
}

/// **Send a new link**: the latest link replaces the older ones. The server allows one every
/// 30 seconds, and says how long to wait (Retry-After) when asked sooner. The answer is said
/// here and the status is left as it is: a new status would rebuild this section, and the
/// confirmation with it (Refresh reads the new link's dates).
#[component]
fn ResendLink() -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let navigate = use_navigate();
    let busy = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Result<String, ApiError>>);
    let send = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let (c, navigate) = (client.clone(), navigate.clone());
        leptos::task::spawn_local(async move {
            let id = api::new_request_id();
            let r = api::enrollment::resend_email_link(&c, &id).await;
            if let Err(e) = &r
                && e.needs_sign_in()
            {
                sign_in_again(&navigate, Step::Status.path());
            }
            let _ = busy.try_set(false);
            let _ = outcome.try_set(Some(r.map(|l| l.email)));
        });
    };
    let message = move || {
        outcome.get().map(|r| match r {
            Ok(email) => view! { <p class="notice notice-success">{i18n.t_args("enroll-status-verify-resent", &[("email", email)])}</p> }.into_any(),
            Err(e) => {
                let wait = match &e {
                    ApiError::Status { status: 429, retry_after_secs: Some(s), .. } => Some(*s),
                    _ => None,
                };
                let text = match wait {
                    Some(secs) => i18n.t_args("enroll-status-verify-wait", &[("seconds", secs.to_string())]),
                    None => crate::form::request_error_message(i18n, &e),
                };
                view! { <p class="notice notice-error">{text}</p> }.into_any()
            }
        })
    };
    view! {
        <p>
            <button
                type="button"
                class="button button-secondary"
                id="resend-link"
                aria-disabled=move || busy.get().then_some("true")
                on:click=send
            >
                {move || i18n.t(if busy.get() { "enroll-status-verify-sending" } else { "enroll-status-verify-resend" })}
            </button>
        </p>
        <div role="status">{message}</div>
    }
}

/// The enrollment's id: what the partner quotes when they contact support about it.
fn reference(i18n: I18n, s: &EnrollmentStatus) -> Option<AnyView> {
    s.id.clone()
        .map(|id| view! { <p class="muted">{i18n.t_args("enroll-status-reference", &[("id", id)])}</p> }.into_any())
}

#[cfg(test)]
mod tests {
    use super::*;
    use EnrollmentState as S;

    #[test]
    fn every_state_has_its_message() {
        assert_eq!(Stage::of(S::PendingReview), Stage::Reviewing);
        assert_eq!(Stage::of(S::CreditCheck), Stage::Reviewing);
        assert_eq!(Stage::of(S::Other), Stage::Reviewing);
        assert_eq!(Stage::of(S::Rejected), Stage::Rejected);
        assert_eq!(Stage::of(S::Approved), Stage::Approved);
        assert_eq!(Stage::of(S::AgreementAccepted), Stage::Provisioning);
        assert_eq!(Stage::of(S::Provisioning), Stage::Provisioning);
        assert_eq!(Stage::of(S::Active), Stage::Active);
        assert_eq!(Stage::of(S::PendingEmailVerification), Stage::VerifyEmail);
        assert_eq!(correct_at(crate::locale::Cloud::Global), Step::Details);
        assert_eq!(correct_at(crate::locale::Cloud::China), Step::Program);
    }

    #[test]
    fn only_provisioning_polls() {
        for s in [S::PendingReview, S::CreditCheck, S::Rejected, S::Approved, S::Active, S::Other] {
            assert!(!Stage::of(s).polls(), "{s:?}");
        }
        assert!(Stage::of(S::AgreementAccepted).polls());
        assert!(Stage::of(S::Provisioning).polls());
    }

    #[test]
    fn each_stage_has_its_own_heading() {
        let all = [
            Stage::VerifyEmail,
            Stage::Reviewing,
            Stage::Rejected,
            Stage::Approved,
            Stage::Provisioning,
            Stage::Active,
        ];
        let ids: std::collections::BTreeSet<_> = all.iter().map(|s| s.heading_id()).collect();
        assert_eq!(ids.len(), all.len());
    }
}
