//! Serde types of the REST contract (api/openapi.yaml). Pure Rust: no browser, tested natively.

pub mod agreements;
pub mod catalog;
pub mod common;
pub mod customer_users;
pub mod customers;
pub mod enrollment;
pub mod error;
pub mod profiles;
pub mod relationships;
pub mod session;
pub mod upgrades;
pub mod users;

#[cfg(test)]
mod contract_tests;
#[cfg(test)]
mod samples_tests;

pub use common::Attributes;
pub use error::{ErrorBody, ErrorCode, FieldError};
pub use session::{PartnerSummary, Role, Session, SessionUser, SignInRequest};
