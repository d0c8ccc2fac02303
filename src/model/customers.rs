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
