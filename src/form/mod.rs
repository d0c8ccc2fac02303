//! Form state shared by every form: a field's value, its rule and its current error, checked on
//! blur and on submit, with server field errors landing on the same fields. Errors are kept as
//! message ids, so they re-render in a newly chosen language. `submit` runs a form's requests;
//! `load` is the same for reads.

pub mod field;
pub mod load;
pub mod rule;
pub mod submit;

pub use field::{
    Check, Field, Wording, apply_server_errors, check_all, outcome_unknown, request_error_message, summary,
};
pub use load::Load;
pub use rule::{Rule, server_message_id};
pub use submit::{Form, RequestIds};
