//! The REST contract (`api/openapi.yaml`), one module per resource. Paths here are relative to
//! `{base}/v1` unless noted.

pub mod accounts;
pub mod address;
pub mod catalog;
pub mod customers;
pub mod enrollment;
pub mod fields;
pub mod health;
pub mod profiles;
pub mod relationships;
pub mod resource;
pub mod sessions;
pub mod users;

use axum::Router;

use crate::error::ApiError;
use crate::state::AppState;

/// Every `/v1` route. Add a resource by merging its `routes()` here. A resource's sub-resources
/// are merged here too (not by the resource's own module), so that a parent module never needs
/// its children while they use what it shares: the module imports stay a tree.
pub fn v1_routes() -> Router<AppState> {
    Router::new()
        .merge(sessions::routes())
        .merge(accounts::routes())
        .merge(accounts::phone::routes())
        .merge(enrollment::routes())
        .merge(profiles::routes())
        .merge(users::routes())
        .merge(catalog::routes())
        .merge(customers::routes())
        .merge(customers::search::routes())
        .merge(customers::subscriptions::routes())
        .merge(customers::upgrades::routes())
        .merge(customers::agreements::routes())
        .merge(customers::users::routes())
        .merge(relationships::routes())
}

/// Unknown API paths answer with the error body rather than the app's index.html.
pub async fn not_found() -> ApiError {
    ApiError::not_found()
}
