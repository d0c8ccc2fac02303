use leptos::prelude::*;

use super::names;
use crate::i18n::use_i18n;
use crate::model::customers::CustomerBillingProfile;

/// The Bill-to info, read-only. Everything from the server is text, never markup; an empty
/// value reads "Not provided".
#[component]
pub fn BillToDetails(#[prop(into)] profile: Signal<CustomerBillingProfile>) -> impl IntoView {
    let i18n = use_i18n();
    let or_none = move |v: String| if v.trim().is_empty() { i18n.t("customer-not-provided") } else { v };
    let row = move |id: &'static str, label: &'static str, value: Signal<String>| {
        view! {
            <dt>{i18n.msg(label)}</dt>
            <dd data-field=id>{move || or_none(value.get())}</dd>
        }
    };
    let p = move |f: fn(&CustomerBillingProfile) -> String| Signal::derive(move || profile.with(f));
    let contact = p(|p| crate::validate::name::full_name(&p.first_name, &p.last_name));
    let address = Signal::derive(move || {
        profile.with(|p| {
            let a = &p.default_address;
            [
                Some(a.address_line1.clone()),
                a.address_line2.clone(),
                Some(a.city.clone()),
                a.state.clone(),
                Some(a.postal_code.clone()),
            ]
            .into_iter()
            .flatten()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
        })
    });
    let country = Signal::derive(move || profile.with(|p| names::country(i18n.locale(), &p.default_address.country)));
    let culture = Signal::derive(move || profile.with(|p| names::language(i18n.locale(), &p.culture)));
    let language = Signal::derive(move || profile.with(|p| names::language(i18n.locale(), &p.language)));
    view! {
        <dl class="details" id="bill-to-details">
            {row("companyName", "customers-company-name", p(|p| p.company_name.clone()))}
            {row("contact", "customer-contact", contact)}
            {row("email", "customer-email", p(|p| p.email.clone()))}
            {row("phoneNumber", "customer-phone", p(|p| p.default_address.phone_number.clone().unwrap_or_default()))}
            {row("address", "customer-address", address)}
            {row("country", "customer-country", country)}
            {row("culture", "customer-culture", culture)}
            {row("language", "customer-language", language)}
        </dl>
    }
}
