//! Indirect providers (global cloud): a provider's invitation, authorized by the reseller's
//! global admin (GL17/indirect-reseller-tasks, seed 003), and the reseller's Indirect providers
//! page. One area, loaded on demand (`crate::areas`).

mod accept_page;
pub mod entry;
mod links;
mod providers_page;
