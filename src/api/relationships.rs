//! `/v1/relationships`: indirect providers and resellers (global cloud).

use super::{ApiError, Client, encode};
use crate::model::common::{Collection, Link};
use crate::model::customers::PartnerRelationship;
use crate::model::relationships::{Authorize, CustomerLink, Invitation, InviteRequest, SharedCustomer};

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

/// The partner's indirect resellers (the partner as their provider): Indirect resellers'
/// authorized resellers.
pub async fn resellers(client: &Client) -> Result<Collection<PartnerRelationship>, ApiError> {
    client.get("/v1/relationships?relationship_type=is_indirect_reseller_of").await
}

/// The provider's invitations still waiting for a reseller, newest first.
pub async fn pending_invitations(client: &Client) -> Result<Collection<Invitation>, ApiError> {
    client.get("/v1/relationships/invitations?state=pending").await
}

/// Request a partnership: a new invitation with its link. `request_id` is kept across retries:
/// the server replays, so a double submit invites once.
pub async fn invite(client: &Client, request: &InviteRequest, request_id: &str) -> Result<Invitation, ApiError> {
    client.post("/v1/relationships/invitations", request, request_id).await
}

/// Invite new customers, reseller side: the link personalized for the partner and its indirect
/// provider `provider`.
pub async fn customer_link(client: &Client, provider: &str) -> Result<CustomerLink, ApiError> {
    client.get(&format!("/v1/relationships/invitenewcustomerlink?indirectProviderId={}", encode(provider))).await
}

/// The first page of the customers the partner shares with its indirect provider `provider`.
pub async fn shared_customers(
    client: &Client,
    provider: &str,
    size: u32,
) -> Result<Collection<SharedCustomer>, ApiError> {
    client.get(&format!("/v1/relationships/{}/sharedcustomers?size={size}", encode(provider))).await
}

/// The page a previous page's `links.next` points at, followed exactly.
pub async fn next_shared_customers(client: &Client, next: &Link) -> Result<Collection<SharedCustomer>, ApiError> {
    client.follow(next).await
}

/// The customers the provider shares with its indirect reseller `reseller`.
pub async fn reseller_customers(client: &Client, reseller: &str) -> Result<Collection<SharedCustomer>, ApiError> {
    client.get(&format!("/v1/relationships/{}/customers", encode(reseller))).await
}
