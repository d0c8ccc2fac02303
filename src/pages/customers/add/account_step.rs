use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use super::agreement_block::AgreementBlock;
use super::domain_field::DomainField;
use super::fields::{Key, cultures, language_of, languages};
use super::state::Wizard;
use super::steps::Step;
use crate::components::{ErrorSummary, FormField, SelectField};
use crate::form::{Form, check_all};
use crate::i18n::use_i18n;
use crate::locale::Cloud;
use crate::names;

/// Account info: company details, the domain, the primary contact, the address, the culture
/// and language, and in the global cloud the Microsoft cloud agreement. "Next: Subscriptions"
/// checks every field first.
#[component]
pub fn AccountStep(w: Wizard, form: Form) -> impl IntoView {
    let i18n = use_i18n();
    let cloud = w.cloud;
    let f = move |k| w.field(k);
    let navigate = use_navigate();
    let on_next = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if check_all(&w.account_fields()) {
            w.step_failures.set(0);
            navigate(&Step::Subscriptions.href(), NavigateOptions::default());
        } else {
            w.step_failures.update(|n| *n += 1);
        }
    };
    // A new culture brings its language, which the partner may still change.
    let culture = f(Key::Culture);
    let language = f(Key::Language);
    Effect::new(move |prev: Option<String>| {
        let c = culture.value.get();
        if prev.is_some_and(|p| p != c) {
            let l = language_of(&c);
            if languages(cloud).contains(&l.as_str()) {
                language.value.set(l);
            }
        }
        c
    });
    let culture_choices = Signal::derive(move || {
        let l = i18n.locale();
        cultures(cloud).iter().map(|c| (c.to_string(), names::language(l, c))).collect::<Vec<_>>()
    });
    let language_choices = Signal::derive(move || {
        let l = i18n.locale();
        languages(cloud).iter().map(|c| (c.to_string(), names::language(l, c))).collect::<Vec<_>>()
    });
    let country_choices = Signal::derive(move || names::countries(i18n.locale(), "CN"));

    view! {
        <ErrorSummary items=form.summary(i18n) focus=w.step_failures/>
        <p>{i18n.msg("customers-add-account-intro")}</p>
        <form novalidate on:submit=on_next>
            <fieldset>
                <legend><h2>{i18n.msg("customers-add-company-details")}</h2></legend>
                <FormField field=f(Key::CompanyName) autocomplete="organization"/>
                <DomainField w/>
            </fieldset>
            <fieldset>
                <legend><h2>{i18n.msg("customers-add-primary-contact")}</h2></legend>
                <FormField field=f(Key::FirstName) autocomplete="off"/>
                <FormField field=f(Key::LastName) autocomplete="off"/>
                <FormField field=f(Key::Email) input_type="email" autocomplete="off"/>
                <FormField
                    field=f(Key::Phone)
                    input_type="tel"
                    autocomplete="off"
                    hint=if cloud == Cloud::China { "customers-add-phone-hint-china" } else { "customers-add-phone-hint" }
                />
            </fieldset>
            <fieldset>
                <legend><h2>{i18n.msg("customers-add-address")}</h2></legend>
                {match cloud {
                    Cloud::China => view! {
                        <div class="field">
                            <p class="static-label">{i18n.msg("customers-add-country")}</p>
                            <p class="static-value">{move || names::country(i18n.locale(), "CN")}</p>
                        </div>
                    }
                    .into_any(),
                    Cloud::Global => view! { <SelectField field=f(Key::Country) choices=country_choices/> }.into_any(),
                }}
                {match cloud {
                    Cloud::China => view! { <FormField field=f(Key::State) autocomplete="off"/> }.into_any(),
                    Cloud::Global => view! { <FormField field=f(Key::State) autocomplete="off" optional=true/> }.into_any(),
                }}
                <FormField field=f(Key::City) autocomplete="off"/>
                <FormField field=f(Key::AddressLine1) autocomplete="off"/>
                <FormField field=f(Key::AddressLine2) autocomplete="off" optional=true/>
                <FormField
                    field=f(Key::PostalCode)
                    autocomplete="off"
                    hint=if cloud == Cloud::China { "customers-add-postal-hint-china" } else { "customers-add-postal-hint" }
                />
            </fieldset>
            <fieldset>
                <legend><h2>{i18n.msg("customers-add-language-preferences")}</h2></legend>
                <SelectField field=culture choices=culture_choices/>
                <SelectField field=language choices=language_choices/>
            </fieldset>
            {(cloud == Cloud::Global).then(|| view! { <AgreementBlock w/> })}
            <div class="actions">
                <button type="submit" class="button">{i18n.msg("customers-add-next-subscriptions")}</button>
            </div>
        </form>
    }
}
