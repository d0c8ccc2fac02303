//! Partner Center, the partner-facing web UI (China edition operated by 21Vianet, and global).
//!
//! Pure modules (`config`, `model`, `validate`, the logic halves of `i18n` and `api`) never touch
//! the browser, so they test natively; everything else runs in the browser.

pub mod api;
pub mod app;
pub mod areas;
pub mod boot;
pub mod capability;
pub mod components;
pub mod config;
pub mod crash;
pub mod dom;
pub mod download;
pub mod form;
pub mod i18n;
pub mod locale;
pub mod model;
pub mod names;
pub mod page_address;
pub mod page_task;
pub mod pages;
pub mod rollout;
pub mod routes;
pub mod session;
mod static_files;
pub mod storage;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod test_support;
pub mod validate;
