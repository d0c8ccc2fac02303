use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::fields::{FieldId as F, StepFields};
use super::progress::Progress;
use super::step_page::StepPage;
use super::steps::{self, Step};
use super::store::use_enroll_store;
use crate::api::Client;
use crate::components::{ErrorSummary, FormField, PageHeading, SubmitButton};
use crate::form::Form;
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

    let fields = StepFields::new(store, Step::Account);
    let form = Form::new(&fields.all()).same_label_on_retry();
    let on_submit = form.on_submit(
        move |_| {
            let client = client.clone();
            store.edit(|d| d.step = steps::completed(&d.step, Step::Account).to_string());
            async move { store.save(&client).await }
        },
        move |()| navigate(Step::Phone.path(), Default::default()),
    );
    let reached = Signal::derive(move || steps::resume(store.state(), &store.draft_step()).unwrap_or(Step::Review));

    view! {
        <section class="page">
            <Progress current=Step::Account reached=reached/>
            <PageHeading text=i18n.msg("enroll-account-title") caption=super::step_caption(i18n, Step::Account)/>
            <ErrorSummary items=form.summary(i18n) focus=form.failures()/>
            <p>{i18n.msg("enroll-account-intro")}</p>
            <form novalidate on:submit=on_submit aria-busy=move || form.pending().get().then_some("true")>
                <fieldset>
                    <legend>{i18n.msg("enroll-organization-legend")}</legend>
                    <FormField
                        field=fields[F::CompanyName]
                        hint="enroll-company-name-hint"
                        autocomplete="organization"
                    />
                    <p class="static-value">
                        <span class="static-label">{i18n.msg("enroll-country")}</span>
                        " "
                        {i18n.msg("enroll-country-china")}
                    </p>
                    <FormField field=fields[F::Province] autocomplete="address-level1"/>
                    <FormField field=fields[F::City] autocomplete="address-level2"/>
                    <FormField field=fields[F::District] autocomplete="address-level3"/>
                    <FormField field=fields[F::AddressLine1] autocomplete="address-line1"/>
                    <FormField field=fields[F::AddressLine2] autocomplete="address-line2" optional=true/>
                    <FormField field=fields[F::PostalCode] autocomplete="postal-code" hint="enroll-postal-code-hint"/>
                    <FormField field=fields[F::CreditCode] hint="enroll-credit-code-hint"/>
                </fieldset>
                <fieldset>
                    <legend>{i18n.msg("enroll-admin-legend")}</legend>
                    <p class="notice">{i18n.msg("enroll-admin-note")}</p>
                    <FormField field=fields[F::AdminFirstName] autocomplete="given-name"/>
                    <FormField field=fields[F::AdminLastName] autocomplete="family-name"/>
                    <FormField field=fields[F::AdminEmail] input_type="email" autocomplete="email"/>
                    <FormField
                        field=fields[F::AdminPhone]
                        input_type="tel"
                        autocomplete="tel"
                        hint="enroll-phone-hint"
                    />
                </fieldset>
                <SubmitButton form=form label="enroll-continue"/>
            </form>
        </section>
    }
}
