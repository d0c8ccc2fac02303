//! `/v1/customers/{id}/subscriptions`: a customer's subscriptions.

use super::{ApiError, Client, encode};
use crate::model::customers::{NewSubscription, Subscription, SubscriptionPatch};

/// All of the customer's subscriptions, oldest first, following `links.next` to the end.
pub async fn list(client: &Client, customer: &str) -> Result<Vec<Subscription>, ApiError> {
    client.get_all(&format!("/v1/customers/{}/subscriptions", encode(customer))).await
}

/// One subscription, with its ETag in `attributes.etag` (for If-Match).
pub async fn get(client: &Client, customer: &str, id: &str) -> Result<Subscription, ApiError> {
    client.get(&format!("/v1/customers/{}/subscriptions/{}", encode(customer), encode(id))).await
}

/// Buys a subscription. `request_id` is kept across retries: the server replays.
pub async fn create(
    client: &Client,
    customer: &str,
    subscription: &NewSubscription,
    request_id: &str,
) -> Result<Subscription, ApiError> {
    client.post(&format!("/v1/customers/{}/subscriptions", encode(customer)), subscription, request_id).await
}

/// Changes the quantity, nickname or status under `If-Match`: 412 when it changed since `etag`.
pub async fn update(
    client: &Client,
    customer: &str,
    id: &str,
    change: &SubscriptionPatch,
    etag: &str,
    request_id: &str,
) -> Result<Subscription, ApiError> {
    client
        .patch(&format!("/v1/customers/{}/subscriptions/{}", encode(customer), encode(id)), change, etag, request_id)
        .await
}
