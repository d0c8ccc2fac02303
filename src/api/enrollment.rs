//! `/v1/enrollment`: the partner's program enrollment, its wizard draft and the agreement.

use super::{ApiError, Client};
use crate::model::enrollment::{
    AgreementRequest, AssociateMpnRequest, EmailVerification, EnrollmentDraft, EnrollmentDraftBody, EnrollmentStatus,
    MpnAssociation, PmcOrganizations, PmcSignInRequest, SubmitEnrollmentRequest,
};

pub async fn status(client: &Client) -> Result<EnrollmentStatus, ApiError> {
    client.get("/v1/enrollment").await
}

pub async fn draft(client: &Client) -> Result<EnrollmentDraft, ApiError> {
    client.get("/v1/enrollment/draft").await
}

/// Replaces the draft. `etag`: from the last read or save; `*` when there is none yet.
pub async fn save_draft(client: &Client, body: &EnrollmentDraftBody, etag: &str) -> Result<EnrollmentDraft, ApiError> {
    client.put("/v1/enrollment/draft", body, etag).await
}

/// Once per logical submit: the request id makes a double click or a retry one enrollment.
pub async fn submit(
    client: &Client,
    request: &SubmitEnrollmentRequest,
    request_id: &str,
) -> Result<EnrollmentStatus, ApiError> {
    client.post("/v1/enrollment", request, request_id).await
}

pub async fn accept_agreement(client: &Client, request_id: &str) -> Result<EnrollmentStatus, ApiError> {
    client.post("/v1/enrollment/agreement", &AgreementRequest { accept: true }, request_id).await
}

/// Global program: signs in to Partner Membership Center and lists the account's organizations.
pub async fn pmc_sign_in(
    client: &Client,
    request: &PmcSignInRequest,
    request_id: &str,
) -> Result<PmcOrganizations, ApiError> {
    client.post("/v1/enrollment/pmc/signin", request, request_id).await
}

/// Global program: the organization whose MPN ID the enrollment uses.
pub async fn associate_mpn(client: &Client, mpn_id: &str, request_id: &str) -> Result<MpnAssociation, ApiError> {
    client.post("/v1/enrollment/mpn", &AssociateMpnRequest { mpn_id: mpn_id.to_string() }, request_id).await
}

/// Global program: a new link for the primary contact (older links stop working).
pub async fn resend_email_link(client: &Client, request_id: &str) -> Result<EmailVerification, ApiError> {
    client.post_empty("/v1/enrollment/emailverification", request_id).await
}

/// Global program: the primary contact opened the link in the e-mail.
pub async fn verify_email(client: &Client, token: &str, request_id: &str) -> Result<EmailVerification, ApiError> {
    let path = format!("/v1/enrollment/emailverification/{}/verify", super::encode(token));
    client.post_empty(&path, request_id).await
}
