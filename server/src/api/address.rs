//! The contract's Address: one type for every resource that has one, the partner profiles
//! (`PartnerAddress` in the contract) and customers (`CommerceAddress`). The two wire shapes have
//! the same fields in the same order and differ in one thing, whether the contact fields
//! (`firstName`, `lastName`, `phoneNumber`) may be left out: optional on a partner's address,
//! required on a customer's. That difference is the type parameter, so serde refuses a missing
//! contact field of a customer address exactly as for any required field, and leaves it out of
//! a partner address when it is absent. Their checks differ as the contract does (lengths,
//! which countries a cloud's customers may be in), so each shape has its own `check`.
//!
//! The enrollment form's address (province and district, no contact) is a third shape in the
//! contract and stays with the enrollment (`api::enrollment`). What every address is checked
//! with, the country codes and postal codes, is the shared rules crate.

use std::fmt::Debug;

use partner_center_rules::account;
use serde::{Deserialize, Serialize};

use crate::api::fields::Fields;
use crate::settings::Cloud;

/// A partner's address: the contact fields are optional.
pub type PartnerAddress = Address<Option<String>>;
/// A customer's address: the contact fields are required.
pub type CommerceAddress = Address<String>;

/// The contact fields of an address: `String` when required, `Option<String>` when not.
pub trait ContactField: Clone + Debug + Default + PartialEq {
    /// Left out of the JSON (only an optional field that is absent).
    fn is_absent(&self) -> bool;
    /// Trims; an optional field that is empty after trimming becomes absent.
    fn normalize(&mut self);
}

impl ContactField for String {
    fn is_absent(&self) -> bool {
        false
    }

    fn normalize(&mut self) {
        trim(self);
    }
}

impl ContactField for Option<String> {
    fn is_absent(&self) -> bool {
        self.is_none()
    }

    fn normalize(&mut self) {
        trim_opt(self);
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Address<C: ContactField = Option<String>> {
    pub country: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    pub city: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    pub address_line1: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_line2: Option<String>,
    pub postal_code: String,
    #[serde(skip_serializing_if = "ContactField::is_absent")]
    pub first_name: C,
    #[serde(skip_serializing_if = "ContactField::is_absent")]
    pub last_name: C,
    #[serde(skip_serializing_if = "ContactField::is_absent")]
    pub phone_number: C,
}

/// Trims in place, allocating only when there is something to trim.
pub(crate) fn trim(s: &mut String) {
    let t = s.trim();
    if t.len() != s.len() {
        *s = t.to_string();
    }
}

/// Trims in place; an optional field left empty becomes absent.
pub(crate) fn trim_opt(s: &mut Option<String>) {
    if let Some(v) = s {
        trim(v);
        if v.is_empty() {
            *s = None;
        }
    }
}

impl<C: ContactField> Address<C> {
    /// Trims every field and upper-cases the country; empty optional fields become absent.
    pub fn normalize(&mut self) {
        trim(&mut self.country);
        self.country.make_ascii_uppercase();
        for s in [&mut self.city, &mut self.address_line1, &mut self.postal_code] {
            trim(s);
        }
        for s in [&mut self.region, &mut self.state, &mut self.address_line2] {
            trim_opt(s);
        }
        for s in [&mut self.first_name, &mut self.last_name, &mut self.phone_number] {
            s.normalize();
        }
    }

    /// `normalize`, by value.
    pub fn normalized(mut self) -> Self {
        self.normalize();
        self
    }
}

impl PartnerAddress {
    /// Field rules; `at` is the JSON path of the address (`address`, `defaultAddress`, …).
    pub fn check(&mut self, r: &mut Fields, at: &str) {
        self.normalize();
        let f = |name: &str| format!("{at}.{name}");
        let country_ok = r.country(&f("country"), &self.country);
        r.opt_text(&f("region"), self.region.as_deref(), 50);
        r.text(&f("city"), &self.city, 1, 100);
        r.opt_text(&f("state"), self.state.as_deref(), 50);
        r.text(&f("addressLine1"), &self.address_line1, 1, 200);
        r.opt_text(&f("addressLine2"), self.address_line2.as_deref(), 200);
        if country_ok {
            r.postal_code(&f("postalCode"), &self.country, &self.postal_code);
        } else {
            r.text(&f("postalCode"), &self.postal_code, 1, 20);
        }
        r.opt_text(&f("firstName"), self.first_name.as_deref(), 50);
        r.opt_text(&f("lastName"), self.last_name.as_deref(), 50);
        r.opt_phone(&f("phoneNumber"), self.phone_number.as_deref());
    }
}

impl CommerceAddress {
    /// Field rules of an already normalized address; `prefix` is its JSON path. The country
    /// must be the cloud's: CN for Partner Center operated by 21Vianet, any other for global.
    pub fn check(&self, prefix: &str, cloud: Cloud, c: &mut Fields) {
        let f = |name: &str| format!("{prefix}.{name}");
        if account::country(&self.country).is_err() {
            c.push(f("country"), "invalid_format", "Use an ISO 3166 alpha-2 country code.");
        } else if cloud == Cloud::China && self.country != "CN" {
            c.push(
                f("country"),
                "invalid_value",
                "Customers of Partner Center operated by 21Vianet are in China (CN).",
            );
        } else if cloud == Cloud::Global && self.country == "CN" {
            c.push(
                f("country"),
                "invalid_value",
                "Customers in China are served by Partner Center operated by 21Vianet.",
            );
        }
        if let Some(r) = &self.region {
            c.text(&f("region"), r, 0, 100);
        }
        c.text(&f("city"), &self.city, 1, 100);
        if let Some(s) = &self.state {
            c.text(&f("state"), s, 0, 100);
        }
        c.text(&f("addressLine1"), &self.address_line1, 1, 200);
        if let Some(l) = &self.address_line2 {
            c.text(&f("addressLine2"), l, 0, 200);
        }
        c.postal_code(&f("postalCode"), &self.country, &self.postal_code);
        c.text(&f("firstName"), &self.first_name, 1, 50);
        c.text(&f("lastName"), &self.last_name, 1, 50);
        c.phone(&f("phoneNumber"), &self.phone_number);
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    const LINES: &str = r#""country":"US","city":"Redmond","addressLine1":"1 Microsoft Way","postalCode":"98052""#;

    #[test]
    fn a_partner_address_may_leave_out_the_contact_fields() {
        let a: PartnerAddress = serde_json::from_str(&format!("{{{LINES}}}")).unwrap();
        assert_eq!((a.first_name.as_deref(), a.phone_number.as_deref()), (None, None));
        assert_eq!(serde_json::to_value(&a).unwrap().as_object().unwrap().len(), 4, "absent fields are left out");
        let a: PartnerAddress = serde_json::from_str(&format!("{{{LINES},\"firstName\":null}}")).unwrap();
        assert_eq!(a.first_name, None);
    }

    #[test]
    fn a_customer_address_needs_them() {
        let missing = serde_json::from_str::<CommerceAddress>(&format!("{{{LINES}}}")).unwrap_err();
        assert!(missing.to_string().starts_with("missing field `firstName`"), "{missing}");
        let null = format!("{{{LINES},\"firstName\":null,\"lastName\":\"Lin\",\"phoneNumber\":\"1\"}}");
        assert!(serde_json::from_str::<CommerceAddress>(&null).unwrap_err().to_string().starts_with("invalid type"));
        let full = format!("{{{LINES},\"firstName\":\"\",\"lastName\":\"Lin\",\"phoneNumber\":\"1\"}}");
        let a: CommerceAddress = serde_json::from_str(&full).unwrap();
        assert_eq!(serde_json::to_value(&a).unwrap()["firstName"], json!(""), "always written");
    }

    #[test]
    fn both_refuse_unknown_fields_and_normalize_alike() {
        let extra =
            format!("{{{LINES},\"province\":\"WA\",\"firstName\":\"a\",\"lastName\":\"b\",\"phoneNumber\":\"1\"}}");
        assert!(serde_json::from_str::<PartnerAddress>(&extra).is_err());
        assert!(serde_json::from_str::<CommerceAddress>(&extra).is_err());
        let mut p = PartnerAddress {
            country: " us ".into(),
            region: Some("  ".into()),
            first_name: Some(" Mei ".into()),
            phone_number: Some(" ".into()),
            ..Default::default()
        };
        p.normalize();
        assert_eq!(
            (p.country.as_str(), p.region, p.first_name.as_deref(), p.phone_number),
            ("US", None, Some("Mei"), None)
        );
        let c =
            CommerceAddress { country: " cn ".into(), first_name: " Mei ".into(), ..Default::default() }.normalized();
        assert_eq!((c.country.as_str(), c.first_name.as_str()), ("CN", "Mei"));
    }
}
