//! Partner profiles: `/v1/profiles/legalbusiness|billing|organization|support|mpn`.

use serde::{Deserialize, Serialize};

use super::Attributes;
use super::common::{Address, Contact, Links};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VettingStatus {
    #[default]
    None,
    Pending,
    Authorized,
    Rejected,
    #[serde(other)]
    Unknown,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VettingSubStatus {
    #[default]
    None,
    Entry,
    EmailOwnership,
    EmailDomain,
    EmploymentVerification,
    Decision,
    Other,
    BusinessVerification,
    #[serde(other)]
    Unknown,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LegalBusinessProfile {
    pub company_name: String,
    #[serde(default)]
    pub address: Address,
    #[serde(default)]
    pub primary_contact: Contact,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_approver_address: Option<Address>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_approver_email: Option<String>,
    #[serde(default)]
    pub vetting_status: VettingStatus,
    #[serde(default)]
    pub vetting_sub_status: VettingSubStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_type: Option<String>,
    #[serde(default)]
    pub links: Links,
    #[serde(default)]
    pub attributes: Attributes,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BillingProfile {
    pub company_name: String,
    #[serde(default)]
    pub address: Address,
    #[serde(default)]
    pub primary_contact: Contact,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_order_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_currency: Option<String>,
    #[serde(default)]
    pub attributes: Attributes,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationProfile {
    #[serde(default)]
    pub id: String,
    pub company_name: String,
    #[serde(default)]
    pub default_address: Address,
    #[serde(default)]
    pub tenant_id: String,
    #[serde(default)]
    pub domain: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub culture: String,
    #[serde(default)]
    pub attributes: Attributes,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SupportProfile {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub telephone: String,
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub attributes: Attributes,
}

/// The MPN profile; `mpnId` is a string on the wire though the lookup takes an integer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MpnProfile {
    pub partner_name: String,
    pub mpn_id: String,
    #[serde(default)]
    pub attributes: Attributes,
}

/// A partner profile that is read and updated whole at `/v1/profiles/<PATH>` (a full-object PUT
/// under `If-Match`, the etag being `attributes.etag`).
pub trait ProfileResource: Clone + Serialize + serde::de::DeserializeOwned + 'static {
    const PATH: &'static str;
}

impl ProfileResource for LegalBusinessProfile {
    const PATH: &'static str = "/v1/profiles/legalbusiness";
}

impl ProfileResource for BillingProfile {
    const PATH: &'static str = "/v1/profiles/billing";
}

impl ProfileResource for OrganizationProfile {
    const PATH: &'static str = "/v1/profiles/organization";
}

impl ProfileResource for SupportProfile {
    const PATH: &'static str = "/v1/profiles/support";
}
