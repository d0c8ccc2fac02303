//! `/v1/relationships`: indirect providers and resellers (global cloud).

use super::{ApiError, Client, encode};
use crate::model::common::Collection;
use crate::model::customers::PartnerRelationship;
use crate::model::relationships::{Authorize, Invitation};

/// The partner's indirect providers (the partner as their reseller).
pub async fn providers(client: &Client) -> Result<Collection<PartnerRelationship>, ApiError> {
    client.get("/v1/relationships?relationship_type=is_indirect_cloud_solution_provider_of").await
}

/// The invitation behind the link a provider sent (`/indirect-providers/accept/{token}`).
pub async fn invitation(client: &Client, token: &str) -> Result<Invitation, ApiError> {
    client.get(&format!("/v1/relationships/invitations/by-token/{}", encode(token))).await
}

/// Authorizes the provider of `invitation`. `request_id` is kept across retries: the server
/// replays, so a double click authorizes once.
pub async fn authorize(client: &Client, invitation: &str, request_id: &str) -> Result<Invitation, ApiError> {
    let path = format!("/v1/relationships/invitations/{}/authorize", encode(invitation));
    client.post(&path, &Authorize { confirmed: true }, request_id).await
}
