//! `/v1/customers/{id}/users`: a customer's users and their licences (global cloud only).

use super::{ApiError, Client, encode};
use crate::model::common::Collection;
use crate::model::customer_users::{CustomerUser, License, LicenseUpdate, LicenseUpdateRequest, NewCustomerUser};

/// All of the customer's users, following `links.next` to the end.
pub async fn list(client: &Client, customer: &str) -> Result<Vec<CustomerUser>, ApiError> {
    client.get_all(&format!("/v1/customers/{}/users", encode(customer))).await
}

/// Adds a user. `request_id` is kept across retries: the server replays.
pub async fn create(
    client: &Client,
    customer: &str,
    user: &NewCustomerUser,
    request_id: &str,
) -> Result<CustomerUser, ApiError> {
    client.post(&format!("/v1/customers/{}/users", encode(customer)), user, request_id).await
}

pub async fn delete(client: &Client, customer: &str, user: &str) -> Result<(), ApiError> {
    client.delete(&format!("/v1/customers/{}/users/{}", encode(customer), encode(user))).await
}

/// The licences the user holds.
pub async fn licenses(client: &Client, customer: &str, user: &str) -> Result<Vec<License>, ApiError> {
    let page: Collection<License> =
        client.get(&format!("/v1/customers/{}/users/{}/licenses", encode(customer), encode(user))).await?;
    Ok(page.items)
}

/// Assigns and removes licences. `request_id` is kept across retries: the server replays.
pub async fn update_licenses(
    client: &Client,
    customer: &str,
    user: &str,
    change: &LicenseUpdateRequest,
    request_id: &str,
) -> Result<LicenseUpdate, ApiError> {
    client
        .post(&format!("/v1/customers/{}/users/{}/licenseupdates", encode(customer), encode(user)), change, request_id)
        .await
}
