use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::progress::Progress;
use super::step_page::StepPage;
use super::steps::{self, Step};
use super::store::use_enroll_store;
use super::{Failed, draft_field, route_failure};
use crate::api::{ApiError, Client};
use crate::components::{ErrorSummary, FormField, PageHeading, SummaryItem};
use crate::form::{self, Rule};
use crate::i18n::use_i18n;
use crate::session::use_session;

/// "Create a Partner Center account": the organization's details (legal name, address in
/// China, Unified Social Credit Code) and the person who becomes its global admin.
#[component]
pub fn AccountStep() -> impl IntoView {
    view! { <StepPage step=Step::Account><AccountForm/></StepPage> }
}

#[component]
fn AccountForm() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_enroll_store();
    let client = expect_context::<Client>();
    let navigate = use_navigate();

    // A new organization's legal name is usually the one it gave when creating its account.
    if store.draft.with_untracked(|d| d.legal_business_profile.company_name.is_empty())
        && let Some(s) = use_session().get()
    {
        store.edit(|d| d.legal_business_profile.company_name = s.partner.company_name.clone());
    }

    let f = |id, label, rule, lens| draft_field(store, id, label, rule, lens);
    let company = f("legalBusinessProfile.companyName", "enroll-company-name", Rule::Text { max: 100 }, |d| {
        &mut d.legal_business_profile.company_name
    });
    let province = f("legalBusinessProfile.address.province", "enroll-province", Rule::Text { max: 50 }, |d| {
        &mut d.legal_business_profile.address.province
    });
    let city = f("legalBusinessProfile.address.city", "enroll-city", Rule::Text { max: 100 }, |d| {
        &mut d.legal_business_profile.address.city
    });
    let district = f("legalBusinessProfile.address.district", "enroll-district", Rule::Text { max: 50 }, |d| {
        &mut d.legal_business_profile.address.district
    });
    let line1 = f("legalBusinessProfile.address.addressLine1", "enroll-address-line1", Rule::Text { max: 200 }, |d| {
        &mut d.legal_business_profile.address.address_line1
    });
    let line2 =
        f("legalBusinessProfile.address.addressLine2", "enroll-address-line2", Rule::Optional { max: 200 }, |d| {
            &mut d.legal_business_profile.address.address_line2
        });
    let postal = f("legalBusinessProfile.address.postalCode", "enroll-postal-code", Rule::ChinaPostalCode, |d| {
        &mut d.legal_business_profile.address.postal_code
    });
    let uscc = f("legalBusinessProfile.unifiedSocialCreditCode", "enroll-credit-code", Rule::CreditCode, |d| {
        &mut d.legal_business_profile.unified_social_credit_code
    });
    let first = f("legalBusinessProfile.primaryContact.firstName", "enroll-first-name", Rule::Text { max: 50 }, |d| {
        &mut d.legal_business_profile.primary_contact.first_name
    });
    let last = f("legalBusinessProfile.primaryContact.lastName", "enroll-last-name", Rule::Text { max: 50 }, |d| {
        &mut d.legal_business_profile.primary_contact.last_name
    });
    let email = f("legalBusinessProfile.primaryContact.email", "enroll-email", Rule::Email, |d| {
        &mut d.legal_business_profile.primary_contact.email
    });
    let phone = f("legalBusinessProfile.primaryContact.phoneNumber", "enroll-phone", Rule::Phone, |d| {
        &mut d.legal_business_profile.primary_contact.phone_number
    });
    let fields = [company, province, city, district, line1, line2, postal, uscc, first, last, email, phone];

    let form_error = RwSignal::new(None::<ApiError>);
    let failed = RwSignal::new(0u32);
    let save = Action::new_local(move |_: &()| {
        let client = client.clone();
        async move { store.save(&client).await }
    });
    Effect::new(move |_| {
        let Some(result) = save.value().get() else { return };
        match result {
            Ok(()) => navigate(Step::Phone.path(), Default::default()),
            Err(e) => match route_failure(e, &fields, &navigate, Step::Account) {
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
        store.edit(|d| d.step = steps::completed(&d.step, Step::Account).to_string());
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

    view! {
        <section class="page">
            <Progress current=Step::Account reached=reached/>
            <PageHeading text=i18n.msg("enroll-account-title") caption=super::step_caption(i18n, Step::Account)/>
            <ErrorSummary items=summary focus=failed/>
            <p>{i18n.msg("enroll-account-intro")}</p>
            <form novalidate on:submit=on_submit aria-busy=move || save.pending().get().then_some("true")>
                <fieldset>
                    <legend>{i18n.msg("enroll-organization-legend")}</legend>
                    <FormField field=company hint="enroll-company-name-hint" autocomplete="organization"/>
                    <p class="static-value"><span class="static-label">{i18n.msg("enroll-country")}</span> " " {i18n.msg("enroll-country-china")}</p>
                    <FormField field=province autocomplete="address-level1"/>
                    <FormField field=city autocomplete="address-level2"/>
                    <FormField field=district autocomplete="address-level3"/>
                    <FormField field=line1 autocomplete="address-line1"/>
                    <FormField field=line2 autocomplete="address-line2" optional=true/>
                    <FormField field=postal autocomplete="postal-code" hint="enroll-postal-code-hint"/>
                    <FormField field=uscc hint="enroll-credit-code-hint"/>
                </fieldset>
                <fieldset>
                    <legend>{i18n.msg("enroll-admin-legend")}</legend>
                    <p class="notice">{i18n.msg("enroll-admin-note")}</p>
                    <FormField field=first autocomplete="given-name"/>
                    <FormField field=last autocomplete="family-name"/>
                    <FormField field=email input_type="email" autocomplete="email"/>
                    <FormField field=phone input_type="tel" autocomplete="tel" hint="enroll-phone-hint"/>
                </fieldset>
                <button type="submit" class="button" aria-disabled=move || save.pending().get().then_some("true")>
                    {move || if save.pending().get() { i18n.t("form-saving") } else { i18n.t("enroll-continue") }}
                </button>
            </form>
        </section>
    }
}
