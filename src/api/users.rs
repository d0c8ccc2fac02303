//! `/v1/users`: the partner's users (Account settings › User management).

use super::{ApiError, Client, encode};
use crate::model::users::{CreatedUser, NewUser, PartnerUser, TemporaryPassword, UserUpdate};

/// Every user holding `role` (all users for None), following `links.next` exactly until the
/// last page: searching by name or e-mail is done on the whole list.
pub async fn list_all(client: &Client, role: Option<&str>) -> Result<Vec<PartnerUser>, ApiError> {
    let first = match role {
        Some(r) => format!("/v1/users?size=100&role={}", encode(r)),
        None => "/v1/users?size=100".to_string(),
    };
    client.get_all(&first).await
}

/// One user, with its ETag in `attributes.etag` (for If-Match).
pub async fn get(client: &Client, id: &str) -> Result<PartnerUser, ApiError> {
    client.get(&format!("/v1/users/{}", encode(id))).await
}

pub async fn create(client: &Client, user: &NewUser, request_id: &str) -> Result<CreatedUser, ApiError> {
    client.post("/v1/users", user, request_id).await
}

/// PATCH under `If-Match`: 412 when someone changed the user since `etag` was read.
pub async fn update(
    client: &Client,
    id: &str,
    change: &UserUpdate,
    etag: &str,
    request_id: &str,
) -> Result<PartnerUser, ApiError> {
    client.patch(&format!("/v1/users/{}", encode(id)), change, etag, request_id).await
}

pub async fn delete(client: &Client, id: &str) -> Result<(), ApiError> {
    client.delete(&format!("/v1/users/{}", encode(id))).await
}

/// Global cloud only: a new temporary password, shown once.
pub async fn reset_password(client: &Client, id: &str, request_id: &str) -> Result<TemporaryPassword, ApiError> {
    client.post_empty(&format!("/v1/users/{}/resetpassword", encode(id)), request_id).await
}
