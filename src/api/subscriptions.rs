//! `/v1/customers/{id}/subscriptions`: a customer's subscriptions.

use super::{ApiError, Client};
use crate::model::common::Collection;
use crate::model::customers::{NewSubscription, Subscription, SubscriptionPatch};

/// All of the customer's subscriptions, oldest first, following `links.next` to the end.
pub async fn list(client: &Client, customer: &str) -> Result<Vec<Subscription>, ApiError> {
    let mut page: Collection<Subscription> =
        client.get(&format!("/v1/customers/{}/subscriptions", encode(customer))).await?;
    let mut all = std::mem::take(&mut page.items);
    // A server that kept handing out pages would keep the page loading forever.
    for _ in 0..100 {
        let Some(next) = page.links.next.take() else { break };
        page = client.follow(&next).await?;
        all.append(&mut page.items);
    }
    Ok(all)
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

fn encode(segment: &str) -> String {
    String::from(js_sys::encode_uri_component(segment))
}
