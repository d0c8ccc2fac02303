//! `/v1/customers/{id}/agreements`: a customer's acceptance of the Microsoft Cloud Agreement
//! (global cloud only; docs confirm-consent).

use serde::{Deserialize, Serialize};

use super::Attributes;

/// The agreement type the portal records.
pub const MICROSOFT_CLOUD_AGREEMENT: &str = "MicrosoftCloudAgreement";

/// Who accepted the agreement for the customer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AgreementContact {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
}

/// The acceptance as sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewAgreement {
    pub primary_contact: AgreementContact,
    /// The agreement's template (version); `None` lets the server use the current one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template_id: Option<String>,
    /// `YYYY-MM-DD`, not in the future.
    pub date_agreed: String,
    #[serde(rename = "type")]
    pub agreement_type: String,
}

/// The acceptance as recorded.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Agreement {
    #[serde(default)]
    pub primary_contact: AgreementContact,
    #[serde(default)]
    pub template_id: String,
    #[serde(default)]
    pub date_agreed: String,
    #[serde(default, rename = "type")]
    pub agreement_type: String,
    #[serde(default)]
    pub attributes: Attributes,
}

/// An agreement template (`GET /v1/agreements?agreementType=...`): where `templateId` comes
/// from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AgreementMetaData {
    pub template_id: String,
    #[serde(default)]
    pub agreement_type: String,
    #[serde(default)]
    pub agreement_link: String,
    #[serde(default)]
    pub version_rank: i64,
}
