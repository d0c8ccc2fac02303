//! The only door to the backend. Pages call `api::<resource>::<verb>()`; only this module
//! knows URLs, headers, retries and gloo-net.

pub mod accounts;
pub mod agreements;
pub mod catalog;
pub mod customer_users;
pub mod customers;
pub mod enrollment;
pub mod error;
pub mod headers;
pub mod password_resets;
pub mod phone_challenges;
pub mod profiles;
pub mod relationships;
pub mod retry;
pub mod sessions;
pub mod subscriptions;
mod transport;
pub mod upgrades;
pub mod users;

pub use error::ApiError;
pub use transport::{Client, new_request_id};

/// A path segment or query value for a URL: the browser's `encodeURIComponent`, so an id from
/// the server or the address bar can neither add a segment nor a parameter.
fn encode(value: &str) -> String {
    String::from(js_sys::encode_uri_component(value))
}
