//! `/v1/passwordresets`: self-service password reset ("Can't access your account?").

use super::{ApiError, Client, encode};
use crate::model::enrollment::{
    CompleteResetRequest, PasswordResetStarted, StartResetRequest, Verified, VerifyRequest,
};

pub async fn start(
    client: &Client,
    request: &StartResetRequest,
    request_id: &str,
) -> Result<PasswordResetStarted, ApiError> {
    client.post("/v1/passwordresets", request, request_id).await
}

pub async fn verify(
    client: &Client,
    reset_id: &str,
    request: &VerifyRequest,
    request_id: &str,
) -> Result<Verified, ApiError> {
    client.post(&format!("/v1/passwordresets/{}/verify", encode(reset_id)), request, request_id).await
}

/// 204 on success: the password is changed and every session of the user has ended.
pub async fn complete(
    client: &Client,
    reset_id: &str,
    request: &CompleteResetRequest,
    request_id: &str,
) -> Result<(), ApiError> {
    client.post_no_content(&format!("/v1/passwordresets/{}/complete", encode(reset_id)), request, request_id).await
}
