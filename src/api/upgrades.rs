//! `/v1/customers/{id}/subscriptions/{sid}/upgrades`: the offers a subscription can be upgraded
//! to, and the upgrade itself.

use super::{ApiError, Client, encode};
use crate::model::common::Collection;
use crate::model::upgrades::{NewUpgrade, Upgrade, UpgradeResult};

fn path(customer: &str, subscription: &str) -> String {
    format!("/v1/customers/{}/subscriptions/{}/upgrades", encode(customer), encode(subscription))
}

/// The upgrade paths of the subscription, each with whether it can be taken now and why not.
pub async fn list(client: &Client, customer: &str, subscription: &str) -> Result<Vec<Upgrade>, ApiError> {
    let c: Collection<Upgrade> = client.get(&path(customer, subscription)).await?;
    Ok(c.items)
}

/// Upgrades the subscription: a new subscription of the target offer, the source suspended.
/// `request_id` is kept across retries: the server replays, so one new subscription is made.
pub async fn create(
    client: &Client,
    customer: &str,
    subscription: &str,
    upgrade: &NewUpgrade,
    request_id: &str,
) -> Result<UpgradeResult, ApiError> {
    client.post(&path(customer, subscription), upgrade, request_id).await
}
