//! `/v1/accounts`: a new work account and organization ("Create one").

use super::{ApiError, Client};
use crate::model::enrollment::{CreateAccountRequest, WorkAccount};

/// Under the caller's request id: a retry of the same "Create account" replays the first
/// answer instead of creating a second organization.
pub async fn create(
    client: &Client,
    request: &CreateAccountRequest,
    request_id: &str,
) -> Result<WorkAccount, ApiError> {
    client.post("/v1/accounts", request, request_id).await
}
