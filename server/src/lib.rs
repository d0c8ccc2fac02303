//! The Partner Center reference server: serves the built single-page app (Trunk's `dist/`) and
//! implements the REST contract in `api/openapi.yaml` on SQLite.
//!
//! `main.rs` only parses the command line; everything else is here so that tests (and a later
//! embedding) can start the same server in-process.

pub mod api;
pub mod app;
pub mod auth;
pub mod cli;
pub mod concurrency;
pub mod csp;
pub mod db;
pub mod demo;
pub mod error;
pub mod extract;
pub mod middleware;
pub mod paging;
pub mod review;
pub mod settings;
pub mod state;
pub mod static_files;
pub mod stores;
#[cfg(test)]
pub mod strategies;
pub mod time;
pub mod validate;

pub use app::{StartError, router, router_with_extra_v1_routes, serve, start_state};
pub use settings::{ApiBase, Cloud, Settings};
pub use state::AppState;
