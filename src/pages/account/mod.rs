//! Work accounts before sign-in: "Create one" (a new organization and its first admin, step 2 of
//! enrolling) and "Can't access your account?" (self-service password reset, the only reset the
//! China cloud offers). `rules` holds their pure checks; what was typed survives a reload
//! through `crate::storage`, never a password or a code. The rest of their form behaviour
//! (server errors that outlive a blur, retries under the same request id) is `crate::form`'s.

pub mod create_one;
mod created_earlier;
pub mod recover;
pub mod rules;
