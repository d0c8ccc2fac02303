//! `/v1/sessions`: sign in, sign out, and who is signed in.

use super::{ApiError, Client};
use crate::model::{Session, SignInRequest};

pub async fn sign_in(client: &Client, request: &SignInRequest, request_id: &str) -> Result<Session, ApiError> {
    client.post("/v1/sessions", request, request_id).await
}

/// The signed-in session, or None when nobody is signed in (401).
pub async fn current(client: &Client) -> Result<Option<Session>, ApiError> {
    match client.get::<Session>("/v1/sessions/current").await {
        Ok(s) => Ok(Some(s)),
        Err(e) if e.status() == Some(401) => Ok(None),
        Err(e) => Err(e),
    }
}

pub async fn sign_out(client: &Client) -> Result<(), ApiError> {
    client.delete("/v1/sessions/current").await
}
