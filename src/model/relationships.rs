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
    pub attributes: Attributes,
}

/// The reseller's confirmation (the checkbox): the server refuses anything but `true`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Authorize {
    pub confirmed: bool,
}
