use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::profile::{address_line, full_name};
use super::progress::Progress;
use super::step_page::StepPage;
use super::steps::{self, Step};
use super::store::use_enroll_store;
use super::{Failed, draft_field, route_failure};
use crate::api::{self, ApiError, Client};
use crate::components::{ErrorSummary, FormField, PageHeading, SummaryItem};
use crate::form::{self, Field, Rule};
use crate::i18n::use_i18n;
use crate::model::enrollment::{ContactForm, LegalBusinessProfileForm};
use crate::validate::contact::is_personal_email;

/// Where a partner who is not in the Microsoft Partner Network joins it (the doc's "join here").
pub const JOIN_MPN_URL: &str = "https://partners.microsoft.com/PartnerProgram/simplifiedenrollment.aspx";

/// What the backend said about the MPN ID as typed.
#[derive(Clone, Debug, PartialEq)]
enum MpnCheck {
    Unchecked,
    Checking(String),
    Found { id: String, name: String },
}

/// "Enroll in the Cloud Solution Provider program": the MPN ID, the legal business profile
/// (entered on the account step, shown here to confirm), the approval contact and the customer
/// support information.
#[component]
pub fn ProgramStep() -> impl IntoView {
    view! { <StepPage step=Step::Program><ProgramForm/></StepPage> }
}

#[component]
fn ProgramForm() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_enroll_store();
    let client = expect_context::<Client>();
    let navigate = use_navigate();

    let f = |id, label, rule, lens| draft_field(store, id, label, rule, lens);
    let mpn = f("mpnId", "enroll-program-mpn-id", Rule::MpnId, |d| &mut d.mpn_id);
    let a_first = f("approvalContact.firstName", "enroll-first-name", Rule::Text { max: 50 }, |d| {
        &mut d.approval_contact.first_name
    });
    let a_last = f("approvalContact.lastName", "enroll-last-name", Rule::Text { max: 50 }, |d| {
        &mut d.approval_contact.last_name
    });
    let a_email = f("approvalContact.email", "enroll-email", Rule::Email, |d| &mut d.approval_contact.email);
    let a_phone =
        f("approvalContact.phoneNumber", "enroll-phone", Rule::Phone, |d| &mut d.approval_contact.phone_number);
    let website =
        f("supportProfile.website", "enroll-program-support-website", Rule::Https, |d| &mut d.support_profile.website);
    let s_email =
        f("supportProfile.email", "enroll-program-support-email", Rule::Email, |d| &mut d.support_profile.email);
    let s_phone = f("supportProfile.telephone", "enroll-program-support-phone", Rule::Phone, |d| {
        &mut d.support_profile.telephone
    });
    let fields = [mpn, a_first, a_last, a_email, a_phone, website, s_email, s_phone];
    let approval = [a_first, a_last, a_email, a_phone];

    // The MPN ID: its form is checked here, its existence by the backend's lookup.
    let mpn_check = RwSignal::new(MpnCheck::Unchecked);
    Effect::new(move |_| {
        let typed = mpn.value.get().trim().to_string();
        mpn_check.update(|c| {
            let stale = match c {
                MpnCheck::Unchecked => false,
                MpnCheck::Checking(id) | MpnCheck::Found { id, .. } => *id != typed,
            };
            if stale {
                *c = MpnCheck::Unchecked;
            }
        });
    });
    let look_up = {
        let client = client.clone();
        move || {
            let id = mpn.trimmed();
            if Rule::MpnId.check(&id).is_err()
                || matches!(mpn_check.get_untracked(), MpnCheck::Found { id: ref f, .. } | MpnCheck::Checking(ref f) if *f == id)
            {
                return;
            }
            let client = client.clone();
            mpn_check.set(MpnCheck::Checking(id.clone()));
            // Cancelled with the page: leaving the step mid-lookup aborts the request.
            leptos::task::spawn_local_scoped_with_cancellation(async move {
                // A failed lookup (network) does not stop the partner typing; Continue asks again.
                let result = api::profiles::mpn_lookup(&client, &id).await;
                record_lookup(mpn, mpn_check, &id, result.ok());
            });
        }
    };

    // "Same as the global admin": copies the primary contact into the approval contact.
    let primary = move || store.draft.with_untracked(|d| d.legal_business_profile.primary_contact.clone());
    let same_as_admin = RwSignal::new({
        let p = primary();
        !p.first_name.is_empty() && contact_of(&approval) == p
    });
    Effect::new(move |_| {
        let now = ContactForm {
            first_name: a_first.value.get(),
            last_name: a_last.value.get(),
            email: a_email.value.get(),
            phone_number: a_phone.value.get(),
        };
        if same_as_admin.get_untracked() && now != primary() {
            same_as_admin.set(false);
        }
    });
    let on_same = move |ev: leptos::ev::Event| {
        let checked = event_target_checked(&ev);
        if checked {
            let p = primary();
            a_first.value.set(p.first_name);
            a_last.value.set(p.last_name);
            a_email.value.set(p.email);
            a_phone.value.set(p.phone_number);
            for f in approval {
                f.blur();
            }
        }
        same_as_admin.set(checked);
    };

    let personal_email = Memo::new(move |_| {
        let v = a_email.value.get();
        Rule::Email.check(&v).is_ok() && is_personal_email(&v)
    });

    let form_error = RwSignal::new(None::<ApiError>);
    let failed = RwSignal::new(0u32);
    let save = Action::new_local(move |_: &()| {
        let client = client.clone();
        async move {
            let id = mpn.trimmed();
            let known = matches!(mpn_check.get_untracked(), MpnCheck::Found { id: ref f, .. } if *f == id);
            if !known {
                mpn_check.set(MpnCheck::Checking(id.clone()));
                let result = api::profiles::mpn_lookup(&client, &id).await;
                if let Err(e) = result {
                    mpn_check.set(MpnCheck::Unchecked);
                    return Err(e);
                }
                if !record_lookup(mpn, mpn_check, &id, result.ok()) {
                    return Ok(false);
                }
            }
            store.edit(|d| d.step = steps::completed(&d.step, Step::Program).to_string());
            store.save(&client).await.map(|()| true)
        }
    });
    Effect::new(move |_| {
        let Some(result) = save.value().get() else { return };
        match result {
            Ok(true) => navigate(Step::Review.path(), Default::default()),
            Ok(false) => failed.update(|n| *n += 1),
            Err(e) => match route_failure(e, &fields, &navigate, Step::Program) {
                Failed::SigningIn => {}
                Failed::Stay(rest) => {
                    form_error.set(rest);
                    failed.update(|n| *n += 1);
                }
            },
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if save.pending().get_untracked() {
            return;
        }
        form_error.set(None);
        if !form::check_all(&fields) {
            failed.update(|n| *n += 1);
            return;
        }
        save.dispatch(());
    };

    let summary = Signal::derive(move || {
        let mut items = form::summary(i18n, &fields);
        if let Some(e) = form_error.get() {
            items.push(SummaryItem { field: None, message: form::request_error_message(i18n, &e) });
        }
        items
    });
    let reached = Signal::derive(move || steps::resume(store.state(), &store.draft_step()).unwrap_or(Step::Review));
    let mpn_status = move || match mpn_check.get() {
        MpnCheck::Checking(_) => i18n.t("enroll-program-mpn-checking"),
        MpnCheck::Found { name, .. } => i18n.t_args("enroll-program-mpn-found", &[("name", name)]),
        MpnCheck::Unchecked => String::new(),
    };

    view! {
        <section class="page">
            <Progress current=Step::Program reached=reached/>
            <PageHeading text=i18n.msg("enroll-program-title") caption=super::step_caption(i18n, Step::Program)/>
            <ErrorSummary items=summary focus=failed/>
            <p>{i18n.msg("enroll-program-intro")}</p>
            <form novalidate on:submit=on_submit aria-busy=move || save.pending().get().then_some("true")>
                <fieldset>
                    <legend>{i18n.msg("enroll-program-mpn-legend")}</legend>
                    <p>
                        {i18n.msg("enroll-program-mpn-join-intro")} " "
                        <a href=JOIN_MPN_URL target="_blank" rel="noopener noreferrer">{i18n.msg("enroll-program-mpn-join")}</a>
                    </p>
                    <div on:focusout=move |_| look_up()>
                        <FormField field=mpn hint="enroll-program-mpn-hint" input_type="text"/>
                    </div>
                    <p id="mpnIdStatus" role="status" class="muted">{mpn_status}</p>
                </fieldset>

                <section class="card" aria-labelledby="legalBusinessProfileTitle">
                    <h2 id="legalBusinessProfileTitle">{i18n.msg("enroll-program-legal-title")}</h2>
                    <p class="muted">{i18n.msg("enroll-program-legal-note")}</p>
                    <LegalProfileSummary profile=Signal::derive(move || store.draft.with(|d| d.legal_business_profile.clone()))/>
                    <p>
                        <a href=Step::Account.path()>
                            {i18n.msg("enroll-program-change")}
                            <span class="visually-hidden">" " {i18n.msg("enroll-program-legal-title")}</span>
                        </a>
                    </p>
                </section>

                <fieldset>
                    <legend>{i18n.msg("enroll-program-approval-legend")}</legend>
                    <p class="field-hint">{i18n.msg("enroll-program-approval-hint")}</p>
                    <div class="field">
                        <input type="checkbox" id="sameAsAdmin" prop:checked=move || same_as_admin.get() on:change=on_same/>
                        " "
                        <label for="sameAsAdmin">{i18n.msg("enroll-program-same-as-admin")}</label>
                    </div>
                    <FormField field=a_first autocomplete="given-name"/>
                    <FormField field=a_last autocomplete="family-name"/>
                    <FormField field=a_email input_type="email" autocomplete="email"/>
                    <div id="approvalContactEmailWarning" role="status">
                        {move || personal_email.get().then(|| view! {
                            <p class="field-hint"><strong>{i18n.msg("enroll-program-warning")}</strong> " " {i18n.msg("form-warning-personal-email")}</p>
                        })}
                    </div>
                    <FormField field=a_phone input_type="tel" autocomplete="tel" hint="enroll-phone-hint"/>
                </fieldset>

                <fieldset>
                    <legend>{i18n.msg("enroll-program-support-legend")}</legend>
                    <p class="field-hint">{i18n.msg("enroll-program-support-intro")}</p>
                    <FormField field=website input_type="url" autocomplete="url" hint="enroll-program-support-website-hint"/>
                    <FormField field=s_email input_type="email"/>
                    <FormField field=s_phone input_type="tel" hint="enroll-phone-hint"/>
                </fieldset>

                <button type="submit" class="button" aria-disabled=move || save.pending().get().then_some("true")>
                    {move || if save.pending().get() { i18n.t("form-saving") } else { i18n.t("enroll-continue") }}
                </button>
            </form>
        </section>
    }
}

/// Applies a lookup's answer about `id` if the field still holds it; returns whether the ID is
/// known. `None`: the lookup failed (no answer), so nothing is claimed either way.
fn record_lookup(
    mpn: Field,
    check: RwSignal<MpnCheck>,
    id: &str,
    answer: Option<Option<crate::model::profiles::MpnProfile>>,
) -> bool {
    let current = mpn.trimmed() == id;
    match answer {
        Some(Some(p)) => {
            if current {
                check.set(MpnCheck::Found { id: id.to_string(), name: p.partner_name });
            }
            true
        }
        Some(None) => {
            if current {
                check.set(MpnCheck::Unchecked);
                mpn.error.set(Some("form-error-mpn-not-found"));
            }
            false
        }
        None => {
            if current {
                check.set(MpnCheck::Unchecked);
            }
            false
        }
    }
}

fn contact_of(fields: &[Field; 4]) -> ContactForm {
    let v = |f: &Field| f.value.get_untracked();
    ContactForm {
        first_name: v(&fields[0]),
        last_name: v(&fields[1]),
        email: v(&fields[2]),
        phone_number: v(&fields[3]),
    }
}

/// The legal business profile as entered on the account step, read-only.
#[component]
pub fn LegalProfileSummary(#[prop(into)] profile: Signal<LegalBusinessProfileForm>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <dl class="summary-list">
            <dt>{i18n.msg("enroll-company-name")}</dt>
            <dd>{move || profile.with(|p| p.company_name.clone())}</dd>
            <dt>{i18n.msg("enroll-program-address")}</dt>
            <dd>{move || profile.with(|p| address_line(i18n, p))}</dd>
            <dt>{i18n.msg("enroll-credit-code")}</dt>
            <dd>{move || profile.with(|p| p.unified_social_credit_code.trim().to_uppercase())}</dd>
            <dt>{i18n.msg("enroll-program-primary-contact")}</dt>
            <dd>
                {move || profile.with(|p| {
                    let c = &p.primary_contact;
                    view! {
                        {full_name(&c.first_name, &c.last_name)}<br/>
                        {c.email.trim().to_string()}<br/>
                        {c.phone_number.trim().to_string()}
                    }
                })}
            </dd>
        </dl>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_join_link_is_the_docs_address() {
        assert!(JOIN_MPN_URL.starts_with("https://partners.microsoft.com/"));
    }
}
