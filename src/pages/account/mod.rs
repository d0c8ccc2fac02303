//! Work accounts before sign-in: "Create one" (a new organization and its first admin, step 2 of
//! enrolling) and "Can't access your account?" (self-service password reset, the only reset the
//! China cloud offers). `rules` holds their pure checks, which the fields run as their own
//! (`Field::with_check`); what was typed survives a reload through `crate::storage`, never a
//! password or a code. The rest of their form behaviour (submits, server errors that outlive a
//! blur, retries under the same request ids) is `crate::form`'s.

pub mod create_one;
mod created_earlier;
pub mod entry;
mod new_password;
pub mod recover;
pub mod rules;
