//! `/v1/enrollment`: the partner's program enrollment, its wizard draft and the agreement.

use super::{ApiError, Client};
use crate::model::enrollment::{
    AgreementRequest, EnrollmentDraft, EnrollmentDraftBody, EnrollmentStatus, SubmitEnrollmentRequest,
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
