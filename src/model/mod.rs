//! Serde types of the REST contract (api/openapi.yaml). Pure Rust: no browser, tested natively.

pub mod common;
pub mod customers;
pub mod enrollment;
pub mod error;
pub mod profiles;
pub mod session;

#[cfg(test)]
mod contract_tests;
#[cfg(test)]
mod samples_tests;

pub use error::{ErrorBody, ErrorCode, FieldError};
pub use session::{PartnerSummary, Role, Session, SessionUser, SignInRequest};

use serde::{Deserialize, Serialize};

/// `attributes` on every Partner Center resource.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Attributes {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    #[serde(default)]
    pub object_type: String,
}
