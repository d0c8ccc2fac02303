//! Customers, their profiles, subscriptions, offers and partner relationships.

use serde::{Deserialize, Serialize};

use super::Attributes;
use super::catalog::BillingType;
use super::common::{Address, Links};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationshipToPartner {
    #[default]
    None,
    Reseller,
    Advisor,
    Syndication,
    MicrosoftSupport,
    #[serde(other)]
    Unknown,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomerCompanyProfile {
    #[serde(default)]
    pub tenant_id: String,
    pub domain: String,
    #[serde(default)]
    pub company_name: String,
    #[serde(default)]
    pub attributes: Attributes,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomerBillingProfile {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub first_name: String,
    #[serde(default)]
    pub last_name: String,
    pub email: String,
    pub culture: String,
    pub language: String,
    pub company_name: String,
    pub default_address: Address,
    #[serde(default)]
    pub attributes: Attributes,
}

/// Shown once, when the customer is created: the new tenant's first admin.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserCredentials {
    pub user_name: String,
    pub password: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Customer {
    pub id: String,
    #[serde(default)]
    pub commerce_id: Option<String>,
    pub company_profile: CustomerCompanyProfile,
    #[serde(default)]
    pub billing_profile: Option<CustomerBillingProfile>,
    #[serde(default)]
    pub relationship_to_partner: RelationshipToPartner,
    #[serde(default)]
    pub allow_delegated_access: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_credentials: Option<UserCredentials>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub associated_partner_id: Option<String>,
    #[serde(default)]
    pub links: Links,
    #[serde(default)]
    pub attributes: Attributes,
}

impl Customer {
    /// The name pages show: the company profile's, else the billing profile's, else the domain
    /// (a server's record without a name still gets a heading).
    pub fn display_name(&self) -> String {
        let billing = self.billing_profile.as_ref().map(|b| b.company_name.trim()).unwrap_or_default();
        [self.company_profile.company_name.trim(), billing, self.company_profile.domain.trim()]
            .into_iter()
            .find(|n| !n.is_empty())
            .unwrap_or_default()
            .to_string()
    }
}

/// The reusable "Request a reseller relationship" link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelationshipRequest {
    pub url: String,
    #[serde(default)]
    pub attributes: Attributes,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubscriptionStatus {
    #[default]
    None,
    Active,
    Suspended,
    Deleted,
    Expired,
    Pending,
    Disabled,
    #[serde(other)]
    Unknown,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Subscription {
    pub id: String,
    pub offer_id: String,
    #[serde(default)]
    pub offer_name: String,
    #[serde(default)]
    pub friendly_name: String,
    pub quantity: i64,
    #[serde(default)]
    pub unit_type: String,
    #[serde(default)]
    pub creation_date: Option<String>,
    #[serde(default)]
    pub effective_start_date: Option<String>,
    #[serde(default)]
    pub commitment_end_date: Option<String>,
    pub status: SubscriptionStatus,
    #[serde(default)]
    pub auto_renew_enabled: bool,
    #[serde(default)]
    pub billing_type: BillingType,
    /// The reseller of record (MPN ID) in the indirect model.
    #[serde(default)]
    pub partner_id: Option<String>,
    #[serde(default)]
    pub suspension_reasons: Vec<String>,
    #[serde(default)]
    pub attributes: Attributes,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationshipType {
    #[default]
    None,
    IsIndirectResellerOf,
    IsIndirectCloudSolutionProviderOf,
    #[serde(other)]
    Unknown,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PartnerRelationship {
    pub id: String,
    pub name: String,
    pub relationship_type: RelationshipType,
    /// Free text in the real API ("Active", "active").
    #[serde(default)]
    pub state: String,
    #[serde(default)]
    pub mpn_id: String,
    #[serde(default)]
    pub location: String,
    #[serde(default)]
    pub attributes: Attributes,
}

/// A customer as the list and its CSV export show it. Pages are read into this rather than
/// `Customer`: skipping the billing profile and links makes a page of a hundred quicker to parse
/// and to drop, which on a slow machine is most of a frame.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomerSummary {
    pub id: String,
    pub company_profile: CustomerCompanyProfile,
    #[serde(default)]
    pub relationship_to_partner: RelationshipToPartner,
}

/// A page of the customer list (seek paging: follow `links.next`). Partner Center's `totalCount`
/// is the page's own count; `matchCount` is the reference server's extension: how many customers
/// match the search over all pages, on the first page only. A server without it leaves it out.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomerPage {
    #[serde(default)]
    pub items: Vec<CustomerSummary>,
    #[serde(default)]
    pub links: Links,
    #[serde(default)]
    pub match_count: Option<u64>,
}

/// The longest search the contract takes (`Value`, after trimming).
pub const SEARCH_MAX_CHARS: usize = 100;

/// What the search box sends as `filter`: a case-insensitive prefix of the company name or the
/// primary domain (`CompanyNameOrDomain`, the reference server's extension). None for a blank
/// search (the whole list). Characters the contract cannot carry in a value (quotes,
/// backslashes, control characters) are left out rather than refused: they are in no name a
/// partner would look for, and a search must never fail on what was typed.
pub fn search_filter(text: &str) -> Option<String> {
    let kept: String = text.chars().filter(|c| !matches!(c, '"' | '\\') && !c.is_control()).collect();
    let value: String = kept.trim().chars().take(SEARCH_MAX_CHARS).collect();
    let value = value.trim_end();
    if value.is_empty() {
        return None;
    }
    let json = serde_json::json!({"Field": "CompanyNameOrDomain", "Value": value, "Operator": "starts_with"});
    Some(json.to_string())
}

/// The new customer: its tenant's domain and its billing profile (with the primary contact in
/// the address), and for an indirect provider, the indirect reseller it is for.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewCustomer {
    pub company_profile: NewCompanyProfile,
    pub billing_profile: BillingProfileInput,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub associated_partner_id: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NewCompanyProfile {
    pub domain: String,
}

/// A customer billing profile as sent: on create, and as the whole replacement on update
/// (`PUT` under If-Match).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BillingProfileInput {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    pub email: String,
    pub culture: String,
    pub language: String,
    pub company_name: String,
    pub default_address: Address,
}

/// A subscription to buy: an offer of the partner's catalog and a licence count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewSubscription {
    pub offer_id: String,
    pub quantity: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub friendly_name: Option<String>,
}

/// A change to a subscription: any of these (absent: unchanged), under If-Match.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SubscriptionPatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub friendly_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<SubscriptionStatus>,
}

#[cfg(test)]
mod search_tests {
    use super::*;

    fn value(filter: &str) -> String {
        let v: serde_json::Value = serde_json::from_str(filter).unwrap();
        assert_eq!(v["Field"], "CompanyNameOrDomain");
        assert_eq!(v["Operator"], "starts_with");
        v["Value"].as_str().unwrap().to_string()
    }

    #[test]
    fn a_customer_is_named_by_its_company_then_its_billing_name_then_its_domain() {
        let mut c = Customer::default();
        c.company_profile.domain = "contoso.onmicrosoft.com".into();
        assert_eq!(c.display_name(), "contoso.onmicrosoft.com");
        c.billing_profile =
            Some(CustomerBillingProfile { company_name: " Contoso Billing ".into(), ..Default::default() });
        assert_eq!(c.display_name(), "Contoso Billing");
        c.company_profile.company_name = "Contoso".into();
        assert_eq!(c.display_name(), "Contoso");
    }

    #[test]
    fn a_blank_search_is_the_whole_list() {
        assert_eq!(search_filter(""), None);
        assert_eq!(search_filter("  \t "), None);
        assert_eq!(search_filter("\"\\"), None);
    }

    #[test]
    fn the_search_is_trimmed_and_kept_to_what_the_contract_carries() {
        assert_eq!(value(&search_filter("  Contoso ").unwrap()), "Contoso");
        assert_eq!(value(&search_filter("上海\"云帆\\").unwrap()), "上海云帆");
        assert_eq!(value(&search_filter(&"é".repeat(300)).unwrap()).chars().count(), SEARCH_MAX_CHARS);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod search_props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    proptest! {
        #![proptest_config(config(256))]

        /// Whatever is typed, the filter is one the contract's pattern accepts: 1 to 100
        /// characters, no quote, backslash or control character, not blank at either end.
        #[test]
        fn any_search_makes_a_valid_filter_or_none(text in any_text()) {
            if let Some(f) = search_filter(&text) {
                let v: serde_json::Value = serde_json::from_str(&f).unwrap();
                let value = v["Value"].as_str().unwrap();
                prop_assert!((1..=SEARCH_MAX_CHARS).contains(&value.chars().count()));
                prop_assert!(!value.chars().any(|c| c == '"' || c == '\\' || c.is_control()));
                prop_assert_eq!(value.trim(), value);
            }
        }
    }
}
