pub mod not_enrolled;
pub mod overview;
