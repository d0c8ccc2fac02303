//! The Bill-to form of a customer's Account: its fields once (the contract's path, which is
//! also the input's DOM id so a server error's `field` finds it; the label; the rule), how a
//! billing profile as read becomes the form's values, and how the values become the whole
//! profile sent back under If-Match. Pure, so tested natively.

use std::collections::BTreeMap;

use crate::form::Rule;
use crate::locale::Cloud;
use crate::model::customers::{BillingProfileInput, CustomerBillingProfile};
use crate::validate::contact;

/// The form's values by path.
pub type Values = BTreeMap<String, String>;

/// How a field is typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    Text,
    Email,
    Tel,
    /// A postal code, judged by the address's country (which the form does not change).
    Postal,
    /// One of the cloud's cultures (`en-US`).
    Culture,
    /// One of the cloud's languages (`en`).
    Language,
}

/// One field of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spec {
    pub path: &'static str,
    pub label: &'static str,
    pub input: Input,
    /// May be left empty.
    pub optional: bool,
    pub autocomplete: &'static str,
}

const fn spec(path: &'static str, label: &'static str, input: Input, autocomplete: &'static str) -> Spec {
    Spec { path, label, input, optional: false, autocomplete }
}

const fn optional(path: &'static str, label: &'static str, autocomplete: &'static str) -> Spec {
    Spec { path, label, input: Input::Text, optional: true, autocomplete }
}

/// The editable fields in the order shown. The company name is the bill-to name (2018 docs:
/// "changes only the bill-to name and the list value"); the country is shown, not changed: a
/// customer's country decides its cloud and its tenant's region.
pub static FIELDS: [Spec; 12] = [
    spec("companyName", "customers-company-name", Input::Text, "organization"),
    spec("firstName", "customer-first-name", Input::Text, "given-name"),
    spec("lastName", "customer-last-name", Input::Text, "family-name"),
    spec("email", "customer-email", Input::Email, "email"),
    spec("defaultAddress.phoneNumber", "customer-phone", Input::Tel, "tel"),
    spec("defaultAddress.addressLine1", "customer-address-line1", Input::Text, "address-line1"),
    optional("defaultAddress.addressLine2", "customer-address-line2", "address-line2"),
    spec("defaultAddress.city", "customer-city", Input::Text, "address-level2"),
    optional("defaultAddress.state", "customer-state", "address-level1"),
    spec("defaultAddress.postalCode", "customer-postal-code", Input::Postal, "postal-code"),
    spec("culture", "customer-culture", Input::Culture, "off"),
    spec("language", "customer-language", Input::Language, "off"),
];

/// The rule of a field: the contract's lengths; China's telephone rule in China.
pub fn rule(spec: &Spec, cloud: Cloud) -> Rule {
    match (spec.path, spec.input) {
        (_, Input::Email) => Rule::Email,
        (_, Input::Tel) if cloud == Cloud::China => Rule::ChinaPhone,
        (_, Input::Tel) => Rule::Phone,
        (_, Input::Postal) => Rule::Text { max: 20 },
        (_, Input::Culture | Input::Language) => Rule::Text { max: 10 },
        ("defaultAddress.addressLine1", _) => Rule::Text { max: 200 },
        ("defaultAddress.addressLine2", _) => Rule::Optional { max: 200 },
        ("defaultAddress.city", _) => Rule::Text { max: 100 },
        ("defaultAddress.state", _) => Rule::Optional { max: 100 },
        _ => Rule::Text { max: 50 },
    }
}

/// The check beyond the rule: the postal code by the address's country, in the same words
/// whether the app or the server finds the problem.
pub fn extra_problem(spec: &Spec, value: &str, country: &str) -> Option<&'static str> {
    match spec.input {
        Input::Postal => contact::postal_code(country, value.trim()).err().map(|_| postal_message(country)),
        _ => None,
    }
}

/// China's postal code has its own words ("the 6-digit postal code").
pub fn postal_message(country: &str) -> &'static str {
    if country.eq_ignore_ascii_case("CN") { "form-error-postal-code" } else { "customer-error-postal-code" }
}

/// The cultures a customer of the cloud may have (the server's list; China: zh-CN or en-US).
pub fn cultures(cloud: Cloud) -> &'static [&'static str] {
    match cloud {
        Cloud::China => &["zh-CN", "en-US"],
        Cloud::Global => &[
            "en-US", "en-GB", "en-AU", "en-CA", "fr-FR", "fr-CA", "de-DE", "es-ES", "it-IT", "ja-JP", "ko-KR", "zh-TW",
            "zh-CN", "pt-BR", "nl-NL",
        ],
    }
}

/// The languages offered (ISO 639-1): those of the cloud's cultures.
pub fn languages(cloud: Cloud) -> &'static [&'static str] {
    match cloud {
        Cloud::China => &["zh", "en"],
        Cloud::Global => &["en", "fr", "de", "es", "it", "ja", "ko", "zh", "pt", "nl"],
    }
}

/// The form's values of a billing profile as read.
pub fn values(p: &CustomerBillingProfile) -> Values {
    let a = &p.default_address;
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    [
        ("companyName", p.company_name.clone()),
        ("firstName", p.first_name.clone()),
        ("lastName", p.last_name.clone()),
        ("email", p.email.clone()),
        ("defaultAddress.phoneNumber", opt(&a.phone_number)),
        ("defaultAddress.addressLine1", a.address_line1.clone()),
        ("defaultAddress.addressLine2", opt(&a.address_line2)),
        ("defaultAddress.city", a.city.clone()),
        ("defaultAddress.state", opt(&a.state)),
        ("defaultAddress.postalCode", a.postal_code.clone()),
        ("culture", p.culture.clone()),
        ("language", p.language.clone()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

/// The whole profile to send: what was read, with the form's values (trimmed, as the server
/// keeps them). The address's contact is the bill-to contact: the form has one name for both,
/// as the customer was created with. An emptied optional field is left out.
pub fn to_input(read: &CustomerBillingProfile, typed: &Values) -> BillingProfileInput {
    let get = |k: &str| typed.get(k).map(|v| v.trim().to_string()).unwrap_or_default();
    let opt = |k: &str| Some(get(k)).filter(|v| !v.is_empty());
    let mut address = read.default_address.clone();
    address.first_name = Some(get("firstName"));
    address.last_name = Some(get("lastName"));
    address.phone_number = Some(get("defaultAddress.phoneNumber"));
    address.address_line1 = get("defaultAddress.addressLine1");
    address.address_line2 = opt("defaultAddress.addressLine2");
    address.city = get("defaultAddress.city");
    address.state = opt("defaultAddress.state");
    address.postal_code = get("defaultAddress.postalCode");
    // Not part of a customer's address in the contract: a server would refuse it.
    address.district = None;
    BillingProfileInput {
        first_name: Some(get("firstName")),
        last_name: Some(get("lastName")),
        email: get("email"),
        culture: get("culture"),
        language: get("language"),
        company_name: get("companyName"),
        default_address: address,
    }
}

/// True when the values differ from `base` other than by spaces around them.
pub fn differs(base: &Values, typed: &Values) -> bool {
    typed.iter().any(|(k, v)| base.get(k).map(|x| x.trim()) != Some(v.trim()))
}

/// The If-Match value for an etag as read (quoted once, whether or not it came quoted).
pub fn if_match(etag: &str) -> String {
    format!("\"{}\"", etag.trim().trim_matches('"'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::common::Address;

    /// The contract's documented billing profile (getCustomerBillingProfile's example).
    fn sample() -> CustomerBillingProfile {
        serde_json::from_value(serde_json::json!({
            "id": "03378c5c-92ad-4d2d-b26c-1e9ad68f2f35",
            "firstName": "Tony", "lastName": "Krijnen", "email": "tony@adventure-works.com",
            "culture": "en-US", "language": "en", "companyName": "Adventure Works",
            "defaultAddress": {
                "country": "US", "city": "Redmond", "state": "WA", "addressLine1": "One Microsoft Way",
                "postalCode": "98052", "firstName": "Tony", "lastName": "Krijnen", "phoneNumber": "4255550101"
            },
            "attributes": { "etag": "eyJpZCI6IjAzMzc4YzVjIn0=", "objectType": "CustomerBillingProfile" }
        }))
        .unwrap()
    }

    #[test]
    fn every_field_has_a_value_and_a_rule() {
        let v = values(&sample());
        assert_eq!(v.len(), FIELDS.len());
        for s in &FIELDS {
            assert!(v.contains_key(s.path), "{}", s.path);
            for cloud in [Cloud::China, Cloud::Global] {
                assert_eq!(rule(s, cloud).check("").is_ok(), s.optional, "{}", s.path);
            }
        }
        assert_eq!(v["defaultAddress.addressLine2"], "");
        assert_eq!(v["defaultAddress.state"], "WA");
    }

    #[test]
    fn read_then_sent_unchanged_is_the_same_profile() {
        let p = sample();
        let out = to_input(&p, &values(&p));
        assert_eq!(out.first_name.as_deref(), Some("Tony"));
        assert_eq!(out.company_name, "Adventure Works");
        assert_eq!(out.default_address, p.default_address);
        let json = serde_json::to_value(&out).unwrap();
        // Only what the contract's BillingProfileInput and CommerceAddress hold.
        assert!(json.get("attributes").is_none() && json.get("id").is_none());
        assert!(json["defaultAddress"].get("district").is_none());
        assert!(json["defaultAddress"].get("addressLine2").is_none());
    }

    #[test]
    fn edits_are_trimmed_and_the_contact_follows_the_name() {
        let p = sample();
        let mut v = values(&p);
        v.insert("firstName".into(), "  立华 ".into());
        v.insert("lastName".into(), "王".into());
        v.insert("defaultAddress.addressLine2".into(), " 28楼 ".into());
        v.insert("defaultAddress.state".into(), "  ".into());
        v.insert("email".into(), " lihua@fabrikam.cn ".into());
        let out = to_input(&p, &v);
        assert_eq!(out.first_name.as_deref(), Some("立华"));
        assert_eq!(out.default_address.first_name.as_deref(), Some("立华"));
        assert_eq!(out.default_address.last_name.as_deref(), Some("王"));
        assert_eq!(out.default_address.address_line2.as_deref(), Some("28楼"));
        assert_eq!(out.default_address.state, None);
        assert_eq!(out.email, "lihua@fabrikam.cn");
        assert_eq!(out.default_address.country, "US");
        assert!(differs(&values(&p), &v));
        let mut spaced = values(&p);
        spaced.insert("email".into(), " tony@adventure-works.com ".into());
        assert!(!differs(&values(&p), &spaced));
    }

    #[test]
    fn a_district_read_from_a_server_is_not_sent_back() {
        let mut p = sample();
        p.default_address = Address { district: Some("浦东新区".into()), ..p.default_address };
        assert_eq!(to_input(&p, &values(&p)).default_address.district, None);
    }

    #[test]
    fn china_takes_china_phones_and_postal_codes() {
        let phone = FIELDS.iter().find(|s| s.input == Input::Tel).unwrap();
        assert!(rule(phone, Cloud::China).check("+86 138 1652 7730").is_ok());
        assert!(rule(phone, Cloud::China).check("+1 425 555 0100").is_err());
        assert!(rule(phone, Cloud::Global).check("+1 425 555 0100").is_ok());
        let postal = FIELDS.iter().find(|s| s.input == Input::Postal).unwrap();
        assert_eq!(extra_problem(postal, "200122", "CN"), None);
        assert_eq!(extra_problem(postal, "2001", "CN"), Some("form-error-postal-code"));
        assert_eq!(extra_problem(postal, "98052-6399", "US"), None);
        assert_eq!(extra_problem(postal, "980", "US"), Some("customer-error-postal-code"));
        assert_eq!(extra_problem(&FIELDS[0], "anything", "US"), None);
    }

    #[test]
    fn if_match_is_quoted_once() {
        assert_eq!(if_match("abc"), "\"abc\"");
        assert_eq!(if_match("\"abc\""), "\"abc\"");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    proptest! {
        #![proptest_config(config(128))]

        /// Whatever is typed or restored, the form maps it to a profile without a panic, the
        /// checks judge it without a panic, and a value typed is what is sent, trimmed.
        #[test]
        fn any_values_map_to_a_profile(text in any_text(), country in any_text()) {
            let p = CustomerBillingProfile::default();
            let typed: Values = FIELDS.iter().map(|s| (s.path.to_string(), text.clone())).collect();
            let out = to_input(&p, &typed);
            prop_assert_eq!(out.email, text.trim());
            prop_assert_eq!(out.default_address.city, text.trim());
            for s in &FIELDS {
                let _ = extra_problem(s, &text, &country);
                let _ = rule(s, Cloud::China).check(&text);
            }
        }
    }
}
