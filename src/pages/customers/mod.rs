//! Customers: the customer list with search and export, Add customer (the wizard), a customer's
//! account, subscriptions and users, a subscription's details, and the reseller relationship
//! request (features spec §2.7-§2.11). One area, loaded on demand (`crate::areas`).

mod add;
mod detail;
pub mod entry;
mod links;
mod list;
mod offers;
mod relationship;
mod subscriptions;
