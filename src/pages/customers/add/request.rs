//! From the draft to the requests Submit sends: the new customer (its domain with the cloud's
//! suffix, its billing profile with the primary contact in the address), one subscription per
//! chosen offer, and in the global cloud the Microsoft Cloud Agreement's acceptance. Also the
//! Subscriptions step's rule (license counts within each offer's range). Pure, so tested
//! natively.

use super::draft::{Chosen, Draft};
use super::fields::language_of;
use crate::locale::Cloud;
use crate::model::agreements::{AgreementContact, MICROSOFT_CLOUD_AGREEMENT, NewAgreement};
use crate::model::common::Address;
use crate::model::customers::{BillingProfileInput, NewCompanyProfile, NewCustomer, NewSubscription};
use crate::validate::work_account::domain_suffix;

/// The largest license count the contract takes, for an offer that names no maximum.
pub const QUANTITY_MAX: i64 = 10_000;

/// The customer's domain: the typed prefix, lower case, with the cloud's suffix
/// (`.partner.onmschina.cn` in China, `.onmicrosoft.com` in the global cloud).
pub fn domain(cloud: Cloud, prefix: &str) -> String {
    format!("{}{}", prefix.trim().to_ascii_lowercase(), domain_suffix(cloud.into()))
}

fn opt(v: &str) -> Option<String> {
    let t = v.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// The new customer, as `POST /v1/customers` takes it.
pub fn new_customer(cloud: Cloud, d: &Draft) -> NewCustomer {
    let country = match cloud {
        // Partner Center operated by 21Vianet serves customers in China only.
        Cloud::China => "CN".to_string(),
        Cloud::Global => d.country.trim().to_ascii_uppercase(),
    };
    let culture = d.culture.trim().to_string();
    let language = match d.language.trim() {
        "" => language_of(&culture),
        l => l.to_ascii_lowercase(),
    };
    NewCustomer {
        company_profile: NewCompanyProfile { domain: domain(cloud, &d.domain) },
        billing_profile: BillingProfileInput {
            first_name: opt(&d.first_name),
            last_name: opt(&d.last_name),
            email: d.email.trim().to_string(),
            culture,
            language,
            company_name: d.company_name.trim().to_string(),
            default_address: Address {
                country,
                region: None,
                city: d.city.trim().to_string(),
                state: opt(&d.state),
                district: None,
                address_line1: d.address_line1.trim().to_string(),
                address_line2: opt(&d.address_line2),
                postal_code: d.postal_code.trim().to_string(),
                first_name: Some(d.first_name.trim().to_string()),
                last_name: Some(d.last_name.trim().to_string()),
                phone_number: Some(d.phone.trim().to_string()),
            },
        },
        associated_partner_id: None,
    }
}

/// The subscriptions to buy once the customer exists, in the order chosen.
pub fn new_subscriptions(d: &Draft) -> Vec<NewSubscription> {
    d.offers
        .iter()
        .filter_map(|c| {
            Some(NewSubscription { offer_id: c.offer_id.clone(), quantity: quantity(c).ok()?, friendly_name: None })
        })
        .collect()
}

/// The agreement's acceptance (global cloud): its contact is the primary contact unless the
/// partner changed it ("Update").
pub fn new_agreement(d: &Draft) -> NewAgreement {
    let contact = if d.mca_custom {
        AgreementContact {
            first_name: d.mca_first_name.trim().to_string(),
            last_name: d.mca_last_name.trim().to_string(),
            email: d.mca_email.trim().to_string(),
            phone_number: opt(&d.mca_phone),
        }
    } else {
        AgreementContact {
            first_name: d.first_name.trim().to_string(),
            last_name: d.last_name.trim().to_string(),
            email: d.email.trim().to_string(),
            phone_number: opt(&d.phone),
        }
    };
    NewAgreement {
        primary_contact: contact,
        template_id: None,
        date_agreed: d.mca_date.trim().to_string(),
        agreement_type: MICROSOFT_CLOUD_AGREEMENT.to_string(),
    }
}

/// The offer's range of license counts: at least 1, at most its maximum (the contract's
/// maximum when the offer names none).
pub fn range(c: &Chosen) -> (i64, i64) {
    let min = c.minimum.max(1);
    let max = if c.maximum <= 0 { QUANTITY_MAX } else { c.maximum.min(QUANTITY_MAX) };
    (min, max.max(min))
}

/// Why a license count is not accepted (a message id taking `$min` and `$max`), or the count.
pub fn quantity(c: &Chosen) -> Result<i64, &'static str> {
    let v = c.quantity.trim();
    if v.is_empty() {
        return Err("customers-add-error-quantity-required");
    }
    let (min, max) = range(c);
    if v.len() > 6 || !v.bytes().all(|b| b.is_ascii_digit()) {
        return Err("customers-add-error-quantity");
    }
    match v.parse::<i64>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err("customers-add-error-quantity"),
    }
}

/// The Subscriptions step's problems: (offer id, message id). No offer at all is fine: a
/// customer can be added first and buy later (docs: create-a-new-subscription).
pub fn subscription_problems(d: &Draft) -> Vec<(String, &'static str)> {
    d.offers.iter().filter_map(|c| quantity(c).err().map(|m| (c.offer_id.clone(), m))).collect()
}

/// A DOM id for an offer's license count: offer ids are the server's text, so only the
/// letters and digits are kept, with the offer's place to keep ids apart.
pub fn quantity_input_id(index: usize, offer_id: &str) -> String {
    let safe: String = offer_id.chars().filter(char::is_ascii_alphanumeric).take(40).collect();
    format!("quantity{index}x{safe}")
}

#[cfg(test)]
mod tests {
    use super::super::fields::tests::{TODAY, good};
    use super::*;

    fn chosen(min: i64, max: i64, q: &str) -> Chosen {
        Chosen { offer_id: "o1".into(), name: "Office 365 E3".into(), minimum: min, maximum: max, quantity: q.into() }
    }

    #[test]
    fn the_domain_takes_the_clouds_suffix() {
        assert_eq!(domain(Cloud::China, " YunFan "), "yunfan.partner.onmschina.cn");
        assert_eq!(domain(Cloud::Global, "Contoso"), "contoso.onmicrosoft.com");
    }

    #[test]
    fn a_china_customer_is_in_cn_whatever_the_draft_says() {
        let mut d = good(Cloud::China);
        d.country = "US".into();
        d.state = "  ".into();
        d.address_line2 = " 3 楼 ".into();
        let c = new_customer(Cloud::China, &d);
        let json = serde_json::to_value(&c).unwrap();
        assert_eq!(json["companyProfile"]["domain"], "yunfansoft.partner.onmschina.cn");
        let a = &json["billingProfile"]["defaultAddress"];
        assert_eq!(a["country"], "CN");
        assert!(a.get("state").is_none(), "blank optional fields are left out");
        assert_eq!(a["addressLine2"], "3 楼");
        assert_eq!(a["firstName"], "芳");
        assert_eq!(a["phoneNumber"], "+86 138 1234 5678");
        assert_eq!(json["billingProfile"]["culture"], "en-US");
        assert_eq!(json["billingProfile"]["language"], "en");
        assert!(json.get("associatedPartnerId").is_none());
        assert!(a.get("district").is_none() && a.get("region").is_none(), "the contract has no district");
    }

    #[test]
    fn a_global_customer_keeps_its_country_and_culture() {
        let mut d = good(Cloud::Global);
        d.country = "de".into();
        d.culture = "de-DE".into();
        d.language = String::new();
        let c = new_customer(Cloud::Global, &d);
        assert_eq!(c.company_profile.domain, "yunfansoft.onmicrosoft.com");
        assert_eq!(c.billing_profile.default_address.country, "DE");
        assert_eq!((c.billing_profile.culture.as_str(), c.billing_profile.language.as_str()), ("de-DE", "de"));
    }

    #[test]
    fn the_agreement_contact_is_the_primary_one_until_updated() {
        let mut d = good(Cloud::Global);
        let a = new_agreement(&d);
        assert_eq!(a.primary_contact.email, "lin.fang@yunfansoft.cn");
        assert_eq!(a.date_agreed, "2026-12-01");
        let json = serde_json::to_value(&a).unwrap();
        assert_eq!(json["type"], "MicrosoftCloudAgreement");
        d.mca_custom = true;
        d.mca_first_name = " Mei ".into();
        d.mca_last_name = "Lin".into();
        d.mca_email = "mei@contoso.com".into();
        let a = new_agreement(&d);
        assert_eq!((a.primary_contact.first_name.as_str(), a.primary_contact.phone_number), ("Mei", None));
        assert!(TODAY > "2026-12-01");
    }

    #[test]
    fn license_counts_stay_within_the_offers_range() {
        assert_eq!(quantity(&chosen(1, 300, "25")), Ok(25));
        assert_eq!(quantity(&chosen(1, 300, " 300 ")), Ok(300));
        assert_eq!(quantity(&chosen(5, 300, "4")), Err("customers-add-error-quantity"));
        assert_eq!(quantity(&chosen(1, 300, "301")), Err("customers-add-error-quantity"));
        assert_eq!(quantity(&chosen(1, 0, "10000")), Ok(10_000));
        assert_eq!(quantity(&chosen(0, 0, "0")), Err("customers-add-error-quantity"));
        for bad in ["-1", "1.5", "1e3", "２", "99999999999999999999"] {
            assert_eq!(quantity(&chosen(1, 300, bad)), Err("customers-add-error-quantity"), "{bad}");
        }
        assert_eq!(quantity(&chosen(1, 300, " ")), Err("customers-add-error-quantity-required"));
        assert_eq!(range(&chosen(0, 0, "")), (1, QUANTITY_MAX));
        assert_eq!(range(&chosen(50, 10, "")), (50, 50));
    }

    #[test]
    fn no_offer_is_a_valid_choice_and_each_bad_count_is_named() {
        let mut d = good(Cloud::China);
        assert_eq!(subscription_problems(&d), vec![]);
        assert_eq!(new_subscriptions(&d), vec![]);
        d.offers = vec![chosen(1, 300, "10"), Chosen { offer_id: "o2".into(), ..chosen(1, 300, "x") }];
        assert_eq!(subscription_problems(&d), vec![("o2".to_string(), "customers-add-error-quantity")]);
        assert_eq!(
            new_subscriptions(&d),
            vec![NewSubscription { offer_id: "o1".into(), quantity: 10, friendly_name: None }]
        );
    }

    #[test]
    fn quantity_ids_are_safe_and_distinct() {
        assert_eq!(quantity_input_id(0, "CN-O365 E3<x>"), "quantity0xCNO365E3x");
        assert_ne!(quantity_input_id(0, "a-b"), quantity_input_id(1, "ab"));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    proptest! {
        #![proptest_config(config(256))]

        /// Whatever was typed as a count, a count that is accepted is within the offer's range.
        #[test]
        fn an_accepted_count_is_in_range(q in any_text(), min in -5i64..20, max in -5i64..20_000) {
            let c = Chosen { quantity: q, minimum: min, maximum: max, ..Chosen::default() };
            if let Ok(n) = quantity(&c) {
                let (lo, hi) = range(&c);
                prop_assert!((lo..=hi).contains(&n) && (1..=QUANTITY_MAX).contains(&n));
            }
        }

        /// Any draft makes a request without a panic, with the cloud's suffix on the domain.
        #[test]
        fn any_draft_makes_a_request(prefix in any_text(), country in any_text()) {
            let d = Draft { domain: prefix, country, ..Draft::default() };
            prop_assert!(new_customer(Cloud::China, &d).company_profile.domain.ends_with(".partner.onmschina.cn"));
            prop_assert!(new_customer(Cloud::Global, &d).company_profile.domain.ends_with(".onmicrosoft.com"));
            prop_assert_eq!(new_customer(Cloud::China, &d).billing_profile.default_address.country, "CN");
        }
    }
}
