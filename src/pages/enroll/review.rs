use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use super::fields::{home, whose};
use super::profile::{address_line, full_name};
use super::progress::Progress;
use super::step_page::StepPage;
use super::steps::{self, Step};
use super::store::use_enroll_store;
use crate::api::{self, ApiError, Client};
use crate::components::error_summary::ElsewhereItem;
use crate::components::{ErrorSummary, PageHeading, SubmitButton, SummaryItem};
use crate::form::submit::Handled;
use crate::form::{Form, server_message_id};
use crate::i18n::{I18n, use_i18n};
use crate::model::FieldError;
use crate::model::enrollment::{ContactForm, SubmitEnrollmentRequest};

/// The confirmation checkbox's id, which the error summary links to.
const CONFIRM: &str = "confirmAccurate";

/// Review and submit: everything the partner entered, each part with a way back to the step
/// that owns it, and the submit that is a legal commitment.
#[component]
pub fn ReviewStep() -> impl IntoView {
    view! { <StepPage step=Step::Review><ReviewForm/></StepPage> }
}

#[component]
fn ReviewForm() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_enroll_store();
    let client = expect_context::<Client>();
    let navigate = use_navigate();

    let confirmed = RwSignal::new(false);
    let confirm_error = RwSignal::new(false);
    // The server's errors about fields of the earlier steps, each fixed on its step's page.
    let server_errors = RwSignal::new(Vec::<FieldError>::new());
    // A legal commitment sent once: the form keeps the request id while an outcome is unknown,
    // so a double click, a retry after a timeout or a 5xx all reach the server as the same
    // operation, which it replays instead of enrolling twice.
    let form = Form::new(&[])
        .same_label_on_retry()
        .precondition(move || {
            // Run first on every submit: the last answer's errors go before the next attempt.
            server_errors.set(Vec::new());
            let ok = confirmed.get_untracked();
            if !ok {
                confirm_error.set(true);
            }
            ok
        })
        .on_error({
            let (client, navigate) = (client.clone(), navigate.clone());
            move |e| {
                if already_submitted(e) {
                    // Submitted already (another tab, or an answer that never arrived): the
                    // status page is the place, once the store knows.
                    let (client, navigate) = (client.clone(), navigate.clone());
                    leptos::task::spawn_local(async move {
                        store.reload(&client).await;
                        navigate(Step::Status.path(), NavigateOptions { replace: true, ..Default::default() });
                    });
                    return Handled::Yes;
                }
                let fields = e.field_errors();
                if e.status() == Some(400) && !fields.is_empty() {
                    server_errors.set(fields);
                    return Handled::Yes;
                }
                Handled::No
            }
        });
    let on_submit = form.on_submit(
        move |ids| {
            let client = client.clone();
            let body = store.draft.with_untracked(SubmitEnrollmentRequest::from_draft);
            async move { api::enrollment::submit(&client, &body, &ids.main()).await }
        },
        move |status| {
            store.set_status(status);
            navigate(Step::Status.path(), NavigateOptions { replace: true, ..Default::default() });
        },
    );

    let problems = form.summary(i18n);
    let items = Signal::derive(move || {
        let confirm = confirm_error
            .get()
            .then(|| SummaryItem { field: Some(CONFIRM), message: i18n.t("enroll-review-confirm-required") });
        confirm.into_iter().chain(problems.get()).collect::<Vec<_>>()
    });
    let elsewhere =
        Signal::derive(move || server_errors.with(|errors| errors.iter().map(|e| fix_elsewhere(i18n, e)).collect()));
    let reached = Signal::derive(move || steps::resume(store.state(), &store.draft_step()).unwrap_or(Step::Review));
    let d = move || store.draft.get();

    let change = move |step: Step, section: &'static str| {
        view! {
            <p>
                <a href=step.path()>
                    {i18n.msg("enroll-program-change")}
                    <span class="visually-hidden">" " {i18n.msg(section)}</span>
                </a>
            </p>
        }
    };

    view! {
        <section class="page">
            <Progress current=Step::Review reached=reached/>
            <PageHeading text=i18n.msg("enroll-review-title") caption=super::step_caption(i18n, Step::Review)/>
            <ErrorSummary items=items focus=form.failures() elsewhere=elsewhere/>
            <p>{i18n.msg("enroll-review-intro")}</p>

            <section class="card" aria-labelledby="reviewOrganization">
                <h2 id="reviewOrganization">{i18n.msg("enroll-organization-legend")}</h2>
                {move || {
                    let d = d();
                    let l = d.legal_business_profile;
                    rows(i18n, vec![
                        ("enroll-company-name", l.company_name.trim().to_string()),
                        ("enroll-program-address", address_line(i18n, &l)),
                        ("enroll-country", i18n.t("enroll-country-china")),
                        ("enroll-credit-code", l.unified_social_credit_code.trim().to_uppercase()),
                    ])
                }}
                {change(Step::Account, "enroll-organization-legend")}
            </section>

            <section class="card" aria-labelledby="reviewAdmin">
                <h2 id="reviewAdmin">{i18n.msg("enroll-admin-legend")}</h2>
                {move || contact_rows(i18n, &d().legal_business_profile.primary_contact)}
                {change(Step::Account, "enroll-admin-legend")}
            </section>

            <section class="card" aria-labelledby="reviewPhone">
                <h2 id="reviewPhone">{i18n.msg("enroll-review-phone-title")}</h2>
                {move || rows(i18n, vec![("enroll-phone", d().phone_number.trim().to_string())])}
                {change(Step::Phone, "enroll-review-phone-title")}
            </section>

            <section class="card" aria-labelledby="reviewMpn">
                <h2 id="reviewMpn">{i18n.msg("enroll-program-mpn-legend")}</h2>
                {move || rows(i18n, vec![("enroll-program-mpn-id", d().mpn_id.trim().to_string())])}
                {change(Step::Program, "enroll-program-mpn-legend")}
            </section>

            <section class="card" aria-labelledby="reviewApproval">
                <h2 id="reviewApproval">{i18n.msg("enroll-program-approval-legend")}</h2>
                {move || contact_rows(i18n, &d().approval_contact)}
                {change(Step::Program, "enroll-program-approval-legend")}
            </section>

            <section class="card" aria-labelledby="reviewSupport">
                <h2 id="reviewSupport">{i18n.msg("enroll-program-support-legend")}</h2>
                {move || {
                    let s = d().support_profile;
                    rows(i18n, vec![
                        ("enroll-program-support-website", s.website.trim().to_string()),
                        ("enroll-program-support-email", s.email.trim().to_string()),
                        ("enroll-program-support-phone", s.telephone.trim().to_string()),
                    ])
                }}
                {change(Step::Program, "enroll-program-support-legend")}
            </section>

            <form novalidate on:submit=on_submit aria-busy=move || form.pending().get().then_some("true")>
                <p class="notice">{i18n.msg("enroll-review-commitment")}</p>
                <div class="field" class:field-invalid=move || confirm_error.get()>
                    {move || confirm_error.get().then(|| view! {
                        <p class="field-error" id="confirmAccurateError">
                            <span class="visually-hidden">{i18n.t("field-error-prefix")} " "</span>
                            {i18n.msg("enroll-review-confirm-required")}
                        </p>
                    })}
                    <input
                        type="checkbox"
                        id=CONFIRM
                        name=CONFIRM
                        required=true
                        aria-required="true"
                        aria-invalid=move || if confirm_error.get() { "true" } else { "false" }
                        aria-describedby=move || confirm_error.get().then_some("confirmAccurateError")
                        prop:checked=move || confirmed.get()
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            confirmed.set(on);
                            if on {
                                confirm_error.set(false);
                            }
                        }
                    />
                    " "
                    <label for=CONFIRM>{i18n.msg("enroll-review-confirm")}</label>
                </div>
                <SubmitButton form=form label="enroll-review-submit" busy="enroll-review-submitting"/>
            </form>
        </section>
    }
}

/// The enrollment was submitted already (another tab, or an answer that never arrived).
fn already_submitted(e: &ApiError) -> bool {
    e.status() == Some(409) && e.body().is_some_and(|b| b.code.is("already_submitted"))
}

/// A server error about a field of an earlier step: what is wrong with it, in the words the
/// field itself would use, and the way to the step that fixes it.
fn fix_elsewhere(i18n: I18n, e: &FieldError) -> ElsewhereItem {
    let home = home(&e.field);
    let label = label_text(i18n, &e.field, home.label);
    let args = [("label", label.clone()), ("max", home.rule.max().to_string())];
    let message = i18n.t_args(server_message_id(home.rule, &e.code), &args);
    ElsewhereItem {
        message: i18n.t_args("enroll-review-error", &[("label", label.clone()), ("message", message)]),
        href: home.step.path(),
        link: i18n.t("enroll-program-change"),
        what: label,
    }
}

/// A field's label, and whose it is for a person's field: "Email (Approval contact)".
fn label_text(i18n: I18n, path: &str, label: &'static str) -> String {
    match whose(path) {
        Some(section) => {
            i18n.t_args("enroll-review-field-in", &[("field", i18n.t(label)), ("section", i18n.t(section))])
        }
        None => i18n.t(label),
    }
}

fn rows(i18n: I18n, items: Vec<(&'static str, String)>) -> impl IntoView + use<> {
    view! {
        <dl class="summary-list">
            {items.into_iter().map(|(label, value)| view! {
                <dt>{i18n.msg(label)}</dt>
                <dd>{value}</dd>
            }).collect_view()}
        </dl>
    }
}

fn contact_rows(i18n: I18n, c: &ContactForm) -> impl IntoView + use<> {
    rows(
        i18n,
        vec![
            ("enroll-program-name", full_name(&c.first_name, &c.last_name)),
            ("enroll-email", c.email.trim().to_string()),
            ("enroll-phone", c.phone_number.trim().to_string()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::outcome_unknown;

    /// The form keeps a submit's request id exactly while the outcome is unknown.
    #[test]
    fn the_request_id_is_kept_until_the_server_answered_definitively() {
        for kept in [
            ApiError::Timeout,
            ApiError::Network,
            ApiError::Offline,
            ApiError::Undecodable { status: 201 },
            ApiError::from_status(500, "", None),
            ApiError::from_status(503, "", Some("2")),
            ApiError::from_status(429, "", None),
        ] {
            assert!(outcome_unknown(&kept), "{kept:?}");
        }
        for spent in [400, 401, 403, 409, 412] {
            assert!(!outcome_unknown(&ApiError::from_status(spent, "", None)), "{spent}");
        }
    }
}
