//! Enroll in the 21Vianet China CSP reseller program: one page per step, the step rules
//! (`steps`, pure) and the wizard's shared state (`store`).

pub mod steps;
pub mod store;
