//! The review operator's command (`partner-center-server review …`): approves or rejects
//! submitted enrollments. The logic lives with the enrollment API
//! (`crate::api::enrollment::review`); this module is the entry point the CLI calls.

pub use crate::api::enrollment::review::{Decision, auto_approve_loop, review};
