use leptos::html::Div;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use super::profile::{address_line, full_name};
use super::progress::Progress;
use super::step_page::StepPage;
use super::steps::{self, Step};
use super::store::use_enroll_store;
use crate::api::{self, ApiError, Client};
use crate::components::PageHeading;
use crate::form::{self, Rule, server_message_id};
use crate::i18n::{I18n, use_i18n};
use crate::model::FieldError;
use crate::model::enrollment::{ContactForm, SubmitEnrollmentRequest};
use crate::session::sign_in_again;

/// Review and submit: everything the partner entered, each part with a way back to the step
/// that owns it, and the submit that is a legal commitment.
#[component]
pub fn ReviewStep() -> impl IntoView {
    view! { <StepPage step=Step::Review><ReviewForm/></StepPage> }
}

/// One line of this page's error summary: a message, and where it is fixed (a step page, or
/// the confirmation checkbox on this page).
#[derive(Clone, Debug, PartialEq)]
struct Problem {
    message: String,
    fix: Fix,
}

#[derive(Clone, Debug, PartialEq)]
enum Fix {
    Here(&'static str),
    Step(Step, String),
    Nowhere,
}

#[component]
fn ReviewForm() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_enroll_store();
    let client = expect_context::<Client>();
    let navigate = use_navigate();

    let confirmed = RwSignal::new(false);
    let confirm_error = RwSignal::new(false);
    let server_errors = RwSignal::new(Vec::<FieldError>::new());
    let form_error = RwSignal::new(None::<ApiError>);
    let failed = RwSignal::new(0u32);
    // One id per logical submit: a double click, a retry after a timeout or a 5xx all reach
    // the server as the same operation, which it replays instead of enrolling twice.
    let request_id = StoredValue::new(api::new_request_id());

    let submit = Action::new_local(move |_: &()| {
        let client = client.clone();
        let body = store.draft.with_untracked(SubmitEnrollmentRequest::from_draft);
        let id = request_id.get_value();
        async move { api::enrollment::submit(&client, &body, &id).await }
    });
    let reload_client = expect_context::<Client>();
    Effect::new(move |_| {
        let Some(result) = submit.value().get() else { return };
        let e = match result {
            Ok(status) => {
                store.set_status(status);
                return navigate(Step::Status.path(), NavigateOptions { replace: true, ..Default::default() });
            }
            Err(e) => e,
        };
        if renews_request_id(&e) {
            request_id.set_value(api::new_request_id());
        }
        if e.needs_sign_in() {
            return sign_in_again(&navigate, Step::Review.path());
        }
        if e.status() == Some(409) && e.body().is_some_and(|b| b.code.is("already_submitted")) {
            // Submitted already (another tab, or an answer that never arrived): the status page
            // is the place, once the store knows.
            let client = reload_client.clone();
            let navigate = navigate.clone();
            leptos::task::spawn_local(async move {
                store.reload(&client).await;
                navigate(Step::Status.path(), NavigateOptions { replace: true, ..Default::default() });
            });
            return;
        }
        let fields = e.field_errors();
        if e.status() == Some(400) && !fields.is_empty() {
            server_errors.set(fields);
        } else {
            form_error.set(Some(e));
        }
        failed.update(|n| *n += 1);
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if submit.pending().get_untracked() {
            return;
        }
        form_error.set(None);
        server_errors.set(Vec::new());
        if !confirmed.get_untracked() {
            confirm_error.set(true);
            failed.update(|n| *n += 1);
            return;
        }
        submit.dispatch(());
    };

    let problems = Signal::derive(move || {
        let mut out = Vec::new();
        if confirm_error.get() {
            out.push(Problem { message: i18n.t("enroll-review-confirm-required"), fix: Fix::Here("confirmAccurate") });
        }
        for e in server_errors.get() {
            let (step, label) = field_owner(&e.field);
            let label = label_text(i18n, &e.field, label);
            let message = i18n.t_args(
                server_message_id(rule_of(&e.field), &e.code),
                &[("label", label.clone()), ("max", rule_of(&e.field).max().to_string())],
            );
            out.push(Problem {
                message: i18n.t_args("enroll-review-error", &[("label", label.clone()), ("message", message)]),
                fix: Fix::Step(step, label),
            });
        }
        if let Some(e) = form_error.get() {
            out.push(Problem { message: form::request_error_message(i18n, &e), fix: Fix::Nowhere });
        }
        out
    });
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
            <ReviewSummary problems=problems focus=failed/>
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

            <form novalidate on:submit=on_submit aria-busy=move || submit.pending().get().then_some("true")>
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
                        id="confirmAccurate"
                        name="confirmAccurate"
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
                    <label for="confirmAccurate">{i18n.msg("enroll-review-confirm")}</label>
                </div>
                <button type="submit" class="button" aria-disabled=move || submit.pending().get().then_some("true")>
                    {move || if submit.pending().get() { i18n.t("enroll-review-submitting") } else { i18n.t("enroll-review-submit") }}
                </button>
            </form>
        </section>
    }
}

/// "There is a problem" (the GOV.UK pattern), for this page: each line leads to where it is
/// fixed, which for the server's field errors is another step's page.
#[component]
fn ReviewSummary(#[prop(into)] problems: Signal<Vec<Problem>>, #[prop(into)] focus: Signal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let node = NodeRef::<Div>::new();
    Effect::new(move |_| {
        if focus.get() > 0
            && let Some(el) = node.get()
        {
            let _ = el.focus();
        }
    });
    view! {
        <Show when=move || problems.with(|p| !p.is_empty())>
            <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" node_ref=node>
                <h2 id="error-summary-title">{i18n.msg("error-summary-title")}</h2>
                <ul>
                    {move || problems.get().into_iter().map(|p| match p.fix {
                        Fix::Here(id) => view! {
                            <li>
                                <a href=format!("#{id}") on:click=move |ev| {
                                    ev.prevent_default();
                                    if let Some(el) = document().get_element_by_id(id) {
                                        use wasm_bindgen::JsCast;
                                        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                                            let _ = el.focus();
                                        }
                                    }
                                }>{p.message}</a>
                            </li>
                        }.into_any(),
                        Fix::Step(step, label) => view! {
                            <li>
                                {p.message} " — "
                                <a href=step.path()>
                                    {i18n.t("enroll-program-change")}
                                    <span class="visually-hidden">" " {label}</span>
                                </a>
                            </li>
                        }.into_any(),
                        Fix::Nowhere => view! { <li>{p.message}</li> }.into_any(),
                    }).collect_view()}
                </ul>
            </div>
        </Show>
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

/// Whether a failed submit's request id is spent: only a definitive answer (the server looked
/// and said no) frees it. No answer, a 5xx or 429, or a success whose body could not be read
/// may mean the enrollment was made, so a retry must carry the same id for the server to replay.
pub fn renews_request_id(e: &ApiError) -> bool {
    !form::outcome_unknown(e)
}

/// The step that owns a contract field path, and the Fluent id of the field's label.
pub fn field_owner(path: &str) -> (Step, &'static str) {
    let label = match path {
        "legalBusinessProfile.companyName" => "enroll-company-name",
        "legalBusinessProfile.address.country" => "enroll-country",
        "legalBusinessProfile.address.province" => "enroll-province",
        "legalBusinessProfile.address.city" => "enroll-city",
        "legalBusinessProfile.address.district" => "enroll-district",
        "legalBusinessProfile.address.addressLine1" => "enroll-address-line1",
        "legalBusinessProfile.address.addressLine2" => "enroll-address-line2",
        "legalBusinessProfile.address.postalCode" => "enroll-postal-code",
        "legalBusinessProfile.unifiedSocialCreditCode" => "enroll-credit-code",
        "mpnId" => "enroll-program-mpn-id",
        "phoneChallengeId" | "phoneNumber" => "enroll-review-phone-title",
        "supportProfile.website" => "enroll-program-support-website",
        "supportProfile.email" => "enroll-program-support-email",
        "supportProfile.telephone" => "enroll-program-support-phone",
        p => match p.rsplit_once('.').map(|(_, leaf)| leaf) {
            Some("firstName") => "enroll-first-name",
            Some("lastName") => "enroll-last-name",
            Some("email") => "enroll-email",
            Some("phoneNumber") => "enroll-phone",
            _ => "enroll-review-other-field",
        },
    };
    let step = if path.starts_with("legalBusinessProfile.") {
        Step::Account
    } else if matches!(path, "phoneChallengeId" | "phoneNumber") {
        Step::Phone
    } else {
        Step::Program
    };
    (step, label)
}

/// The contact a person field belongs to, so "First name" says whose.
fn section_of(path: &str) -> Option<&'static str> {
    if path.starts_with("legalBusinessProfile.primaryContact.") {
        Some("enroll-admin-legend")
    } else if path.starts_with("approvalContact.") {
        Some("enroll-program-approval-legend")
    } else {
        None
    }
}

fn label_text(i18n: I18n, path: &str, label: &'static str) -> String {
    match section_of(path) {
        Some(section) => {
            i18n.t_args("enroll-review-field-in", &[("field", i18n.t(label)), ("section", i18n.t(section))])
        }
        None => i18n.t(label),
    }
}

/// The rule a contract field follows, so a server code reads as the same message the field
/// itself would show.
fn rule_of(path: &str) -> Rule {
    match path {
        "mpnId" => Rule::MpnId,
        "legalBusinessProfile.unifiedSocialCreditCode" => Rule::CreditCode,
        "legalBusinessProfile.address.postalCode" => Rule::ChinaPostalCode,
        "supportProfile.website" => Rule::Https,
        "supportProfile.email" => Rule::Email,
        "supportProfile.telephone" => Rule::Phone,
        "legalBusinessProfile.companyName" | "legalBusinessProfile.address.city" => Rule::Text { max: 100 },
        "legalBusinessProfile.address.addressLine1" | "legalBusinessProfile.address.addressLine2" => {
            Rule::Text { max: 200 }
        }
        p if p.ends_with(".email") => Rule::Email,
        p if p.ends_with(".phoneNumber") => Rule::Phone,
        _ => Rule::Text { max: 50 },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_field_paths_lead_to_the_step_that_owns_them() {
        assert_eq!(field_owner("legalBusinessProfile.unifiedSocialCreditCode"), (Step::Account, "enroll-credit-code"));
        assert_eq!(field_owner("legalBusinessProfile.address.postalCode"), (Step::Account, "enroll-postal-code"));
        assert_eq!(field_owner("legalBusinessProfile.primaryContact.email"), (Step::Account, "enroll-email"));
        assert_eq!(field_owner("phoneChallengeId"), (Step::Phone, "enroll-review-phone-title"));
        assert_eq!(field_owner("mpnId"), (Step::Program, "enroll-program-mpn-id"));
        assert_eq!(field_owner("approvalContact.phoneNumber"), (Step::Program, "enroll-phone"));
        assert_eq!(field_owner("supportProfile.website"), (Step::Program, "enroll-program-support-website"));
        assert_eq!(field_owner("somethingNew"), (Step::Program, "enroll-review-other-field"));
    }

    #[test]
    fn person_fields_say_whose_they_are() {
        assert_eq!(section_of("legalBusinessProfile.primaryContact.firstName"), Some("enroll-admin-legend"));
        assert_eq!(section_of("approvalContact.email"), Some("enroll-program-approval-legend"));
        assert_eq!(section_of("supportProfile.email"), None);
    }

    #[test]
    fn server_codes_read_as_the_fields_own_messages() {
        assert_eq!(
            server_message_id(rule_of("legalBusinessProfile.unifiedSocialCreditCode"), "invalid_checksum"),
            "form-error-credit-code-checksum"
        );
        assert_eq!(server_message_id(rule_of("mpnId"), "mpn_not_found"), "form-error-mpn-not-found");
        assert_eq!(server_message_id(rule_of("phoneChallengeId"), "not_verified"), "form-error-phone-not-verified");
        assert_eq!(server_message_id(rule_of("approvalContact.email"), "invalid_format"), "form-error-email");
    }

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
            assert!(!renews_request_id(&kept), "{kept:?}");
        }
        for spent in [400, 401, 403, 409, 412] {
            assert!(renews_request_id(&ApiError::from_status(spent, "", None)), "{spent}");
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    proptest! {
        #![proptest_config(config(256))]

        /// A server's field path and error code may be anything: each still leads to a step, a
        /// label and a message of ours.
        #[test]
        fn any_server_field_error_has_a_home(path in prop_oneof![any_text(), any_text().prop_map(|s| format!("approvalContact.{s}"))], code in any_text()) {
            let (step, label) = field_owner(&path);
            prop_assert!(matches!(step, Step::Account | Step::Phone | Step::Program));
            prop_assert!(label.starts_with("enroll-"));
            let _ = section_of(&path);
            let message = server_message_id(rule_of(&path), &code);
            prop_assert!(message.starts_with("form-"), "{}", message);
        }
    }
}
