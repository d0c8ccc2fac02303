//! Program enrollment and the steps before it: work accounts ("Create one"), the telephone
//! challenge, the enrollment draft, submit, status and the agreement; self-service password
//! reset. Project endpoints (api/spec/onboarding.yaml) in Partner Center's conventions.

use serde::{Deserialize, Serialize};

use super::Attributes;
use crate::locale::Cloud;

/// `POST /v1/accounts`: a new work account and organization ("Create one").
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateAccountRequest {
    pub organization_domain: String,
    pub organization_name: String,
    pub admin_first_name: String,
    pub admin_last_name: String,
    pub user_name: String,
    pub password: String,
    pub cloud: Cloud,
    /// The tenant's country/region (global; the server takes the cloud's home when absent): the
    /// global enrollment's organization and address must be there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkAccount {
    pub partner_id: String,
    pub user_id: String,
    pub user_principal_name: String,
    pub sign_in_name: String,
    pub organization_domain: String,
    pub organization_name: String,
    pub display_name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PhoneChallengeRequest {
    pub phone_number: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PhoneChallenge {
    pub challenge_id: String,
    /// The number as the server normalised it (national digits in the China cloud).
    pub phone_number: String,
    pub expires_at: String,
    pub resend_available_at: String,
}

/// A 6-digit code, for the telephone challenge and the password reset alike.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct VerifyRequest {
    pub code: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Verified {
    pub verified: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StartResetRequest {
    pub user_name: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PasswordResetStarted {
    pub reset_id: String,
    pub expires_at: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CompleteResetRequest {
    pub new_password: String,
}

/// `none → draft → pending_review → credit_check → approved | rejected`; `rejected → draft`;
/// `approved → agreement_accepted → provisioning → active`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EnrollmentState {
    #[default]
    None,
    Draft,
    /// Global program: submitted, waiting for the primary contact to open the e-mail's link.
    PendingEmailVerification,
    PendingReview,
    CreditCheck,
    Approved,
    Rejected,
    AgreementAccepted,
    Provisioning,
    Active,
    /// A state a newer server added: shown as "under review", never as an error.
    #[serde(other)]
    Other,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AgreementAcceptance {
    pub user_id: String,
    pub display_name: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Agreement {
    pub title: String,
    pub version: String,
    pub url: String,
    #[serde(default)]
    pub accepted_by: Option<AgreementAcceptance>,
    #[serde(default)]
    pub accepted_at: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct EnrollmentWarning {
    pub field: String,
    pub code: String,
}

/// `GET /v1/enrollment`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EnrollmentStatus {
    #[serde(default)]
    pub id: Option<String>,
    pub program: String,
    pub status: EnrollmentState,
    #[serde(default)]
    pub mpn_id: Option<String>,
    #[serde(default)]
    pub rejection_reason: Option<String>,
    #[serde(default)]
    pub submitted_at: Option<String>,
    #[serde(default)]
    pub decided_at: Option<String>,
    #[serde(default)]
    pub agreement: Option<Agreement>,
    #[serde(default)]
    pub warnings: Vec<EnrollmentWarning>,
    /// Global program only: the step the server lets the partner take next.
    #[serde(default)]
    pub next_step: Option<NextStep>,
    /// Global program, once submitted: the latest link sent to the primary contact.
    #[serde(default)]
    pub email_verification: Option<EmailVerification>,
    #[serde(default)]
    pub attributes: Attributes,
}

/// The global program's steps in the order the server enforces them (`nextStep`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NextStep {
    PmcSignIn,
    MpnAssociation,
    Submit,
    EmailVerification,
    Review,
    Agreement,
    Provisioning,
    Done,
    /// A step a newer server added: the status page says where things stand.
    #[serde(other)]
    Other,
}

/// The primary contact's verification link (never its token, except in test environments).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EmailVerification {
    pub email: String,
    #[serde(default)]
    pub sent_at: String,
    #[serde(default)]
    pub expires_at: String,
    #[serde(default)]
    pub verified_at: Option<String>,
}

/// `POST /v1/enrollment/pmc/signin`: the Partner Membership Center account that holds the MPN ID.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PmcSignInRequest {
    pub user_name: String,
    pub password: String,
}

/// An organization profile of the PMC account, and whether the server lets it be chosen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PmcOrganization {
    pub mpn_id: String,
    pub name: String,
    pub country: String,
    pub status: String,
    #[serde(default)]
    pub eligible: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ineligible_reason: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PmcOrganizations {
    #[serde(default)]
    pub organizations: Vec<PmcOrganization>,
    #[serde(default)]
    pub tenant_country: String,
}

/// `POST /v1/enrollment/mpn`: the organization whose MPN ID the enrollment uses.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AssociateMpnRequest {
    pub mpn_id: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MpnAssociation {
    pub mpn_id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub tenant_country: String,
}

/// A person: the legal business profile's primary contact (who becomes global admin) or the
/// approval contact. Every field a string, so a half-filled draft round-trips as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ContactForm {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub phone_number: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct AddressForm {
    pub country: String,
    pub province: String,
    pub city: String,
    pub district: String,
    pub address_line1: String,
    pub address_line2: String,
    pub postal_code: String,
}

impl Default for AddressForm {
    fn default() -> AddressForm {
        // The China program: the organization is registered in mainland China.
        AddressForm {
            country: "CN".into(),
            province: String::new(),
            city: String::new(),
            district: String::new(),
            address_line1: String::new(),
            address_line2: String::new(),
            postal_code: String::new(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct LegalBusinessProfileForm {
    pub company_name: String,
    pub address: AddressForm,
    pub unified_social_credit_code: String,
    pub primary_contact: ContactForm,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SupportProfileForm {
    pub website: String,
    pub email: String,
    pub telephone: String,
}

/// The wizard's non-secret fields, as saved in `PUT /v1/enrollment/draft` and sent, trimmed,
/// by `POST /v1/enrollment`. `step` is the furthest step the partner completed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct EnrollmentDraftBody {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub step: String,
    pub mpn_id: String,
    pub legal_business_profile: LegalBusinessProfileForm,
    pub approval_contact: ContactForm,
    pub support_profile: SupportProfileForm,
    pub phone_number: String,
    pub phone_challenge_id: String,
    /// Global program: the Partner Membership Center account and the organization chosen in it.
    #[serde(skip_serializing_if = "PmcDraft::is_empty")]
    pub pmc_organization: PmcDraft,
}

/// The global program's PMC sign-in name (the password is never kept) and the organization
/// chosen, as the details page shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PmcDraft {
    pub user_name: String,
    pub name: String,
    pub country: String,
}

impl PmcDraft {
    fn is_empty(&self) -> bool {
        *self == PmcDraft::default()
    }
}

/// `GET|PUT /v1/enrollment/draft`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EnrollmentDraft {
    /// A draft saved by another client may hold keys this one does not know; they are kept
    /// by the server only until this client saves (its body replaces the draft).
    #[serde(default)]
    pub draft: EnrollmentDraftBody,
    pub status: EnrollmentState,
    #[serde(default)]
    pub attributes: Attributes,
}

/// `POST /v1/enrollment`: the draft's fields without `step`, every value trimmed.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SubmitEnrollmentRequest {
    pub mpn_id: String,
    pub legal_business_profile: LegalBusinessProfileForm,
    pub approval_contact: ContactForm,
    pub support_profile: SupportProfileForm,
    pub phone_challenge_id: String,
}

impl SubmitEnrollmentRequest {
    pub fn from_draft(d: &EnrollmentDraftBody) -> SubmitEnrollmentRequest {
        let t = |s: &str| s.trim().to_string();
        let contact = |c: &ContactForm| ContactForm {
            first_name: t(&c.first_name),
            last_name: t(&c.last_name),
            email: t(&c.email),
            phone_number: t(&c.phone_number),
        };
        let l = &d.legal_business_profile;
        let a = &l.address;
        SubmitEnrollmentRequest {
            mpn_id: t(&d.mpn_id),
            legal_business_profile: LegalBusinessProfileForm {
                company_name: t(&l.company_name),
                address: AddressForm {
                    country: t(&a.country),
                    province: t(&a.province),
                    city: t(&a.city),
                    district: t(&a.district),
                    address_line1: t(&a.address_line1),
                    address_line2: t(&a.address_line2),
                    postal_code: t(&a.postal_code),
                },
                unified_social_credit_code: t(&l.unified_social_credit_code).to_uppercase(),
                primary_contact: contact(&l.primary_contact),
            },
            approval_contact: contact(&d.approval_contact),
            support_profile: SupportProfileForm {
                website: t(&d.support_profile.website),
                email: t(&d.support_profile.email),
                telephone: t(&d.support_profile.telephone),
            },
            phone_challenge_id: t(&d.phone_challenge_id),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AgreementRequest {
    pub accept: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_every_state_and_tolerates_new_ones() {
        for (json, state) in [
            ("none", EnrollmentState::None),
            ("pending_review", EnrollmentState::PendingReview),
            ("credit_check", EnrollmentState::CreditCheck),
            ("agreement_accepted", EnrollmentState::AgreementAccepted),
            ("active", EnrollmentState::Active),
            ("on_hold", EnrollmentState::Other),
        ] {
            assert_eq!(serde_json::from_str::<EnrollmentState>(&format!("\"{json}\"")).unwrap(), state);
        }
    }

    #[test]
    fn a_partial_draft_round_trips_and_fills_the_rest() {
        let d: EnrollmentDraft = serde_json::from_str(
            r#"{"draft":{"step":"company","mpnId":"6107712","legalBusinessProfile":{"companyName":"深圳蓝海数据服务有限公司"}},
                "status":"draft","attributes":{"etag":"ZHJhZnQ6Mg","objectType":"EnrollmentDraft"}}"#,
        )
        .unwrap();
        assert_eq!(d.draft.legal_business_profile.company_name, "深圳蓝海数据服务有限公司");
        assert_eq!(d.draft.legal_business_profile.address.country, "CN");
        assert_eq!(d.attributes.etag.as_deref(), Some("ZHJhZnQ6Mg"));
        let back: EnrollmentDraftBody = serde_json::from_str(&serde_json::to_string(&d.draft).unwrap()).unwrap();
        assert_eq!(back, d.draft);
    }

    #[test]
    fn submit_trims_and_upper_cases_the_credit_code() {
        let mut d = EnrollmentDraftBody { mpn_id: " 6107712 ".into(), ..Default::default() };
        d.legal_business_profile.unified_social_credit_code = "91350100m000100y43 ".into();
        let r = SubmitEnrollmentRequest::from_draft(&d);
        assert_eq!(r.mpn_id, "6107712");
        assert_eq!(r.legal_business_profile.unified_social_credit_code, "91350100M000100Y43");
        let json = serde_json::to_value(&r).unwrap();
        assert!(json.get("step").is_none());
        assert_eq!(json["legalBusinessProfile"]["address"]["country"], "CN");
    }
}
