pub mod entry;
mod not_enrolled;
mod overview;
