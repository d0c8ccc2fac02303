//! Indirect providers and resellers (global): a provider's invitation to a reseller.

use serde::{Deserialize, Serialize};

use super::common::Attributes;

/// Where an invitation stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvitationState {
    #[default]
    Pending,
    Accepted,
    /// Past its `expiresAt`: it can no longer be authorized.
    Expired,
    /// A state a newer server added: shown as not to be authorized.
    #[serde(other)]
    Other,
}

/// A provider's invitation to become its indirect reseller, as the reseller opens it from the
/// link in the provider's email.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Invitation {
    pub id: String,
    #[serde(default)]
    pub provider_id: String,
    pub provider_name: String,
    /// Whom the provider invited.
    #[serde(default)]
    pub reseller_email: String,
    /// Where the reseller opens it: a path of this app (`/indirect-providers/accept/{token}`).
    #[serde(default)]
    pub url: String,
    /// The provider's own words, if any (untrusted text).
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub state: InvitationState,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub accepted_at: Option<String>,
    #[serde(default)]
    pub expires_at: Option<String>,
    #[serde(default)]
    pub attributes: Attributes,
}

/// The reseller's confirmation (the checkbox): the server refuses anything but `true`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Authorize {
    pub confirmed: bool,
}

/// Indirect resellers › Request a partnership: whom to invite, and the provider's own words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InviteRequest {
    pub reseller_email: String,
    /// None for no message (the server also reads an empty one so).
    pub message: Option<String>,
}

/// Invite new customers: the link "personalized to link the customer directly to both your
/// account and your provider's account", with both partners' names for the draft.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomerLink {
    pub url: String,
    #[serde(default)]
    pub reseller_name: String,
    #[serde(default)]
    pub provider_name: String,
}

/// A customer shared between an indirect provider and an indirect reseller, from either side.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SharedCustomer {
    pub id: String,
    pub company_name: String,
    /// The reseller's side gives the customer's domain; the provider's side does not.
    #[serde(default)]
    pub domain: String,
}
