//! Field validators: the shared rules crate (the server applies the same rules), re-exported
//! so pages have one door to them.

pub use partner_center_rules::*;
