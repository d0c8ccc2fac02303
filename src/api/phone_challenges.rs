//! `/v1/phonechallenges`: the telephone challenge ("For your protection...").

use super::{ApiError, Client, encode};
use crate::model::enrollment::{PhoneChallenge, PhoneChallengeRequest, Verified, VerifyRequest};

pub async fn create(
    client: &Client,
    request: &PhoneChallengeRequest,
    request_id: &str,
) -> Result<PhoneChallenge, ApiError> {
    client.post("/v1/phonechallenges", request, request_id).await
}

/// 429 `resend_too_soon` carries Retry-After: the seconds until a new code may be sent.
pub async fn resend(client: &Client, challenge_id: &str, request_id: &str) -> Result<PhoneChallenge, ApiError> {
    client.post_empty(&format!("/v1/phonechallenges/{}/resend", encode(challenge_id)), request_id).await
}

pub async fn verify(
    client: &Client,
    challenge_id: &str,
    request: &VerifyRequest,
    request_id: &str,
) -> Result<Verified, ApiError> {
    client.post(&format!("/v1/phonechallenges/{}/verify", encode(challenge_id)), request, request_id).await
}
