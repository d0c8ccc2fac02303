//! The demo dataset, in one module tree: the partners and their users in every role
//! (`accounts`, created on every start), and with `--demo` every area's records on top
//! (`seed_full`): profiles, more users, the offer catalog and price list, thousands of customers
//! with subscriptions, enrollments in each state, an indirect provider with invitations.
//!
//! Everything here is fixed or generated from fixed seeds, so ids are stable and seeding is
//! idempotent (INSERT OR IGNORE). This tree writes the records the handlers serve and may use
//! the handlers' types to do so; no handler imports from it.

pub mod accounts;
pub mod catalog;
pub mod customers;
pub mod enrollment;
pub mod profiles;
pub mod relationships;
pub mod users;

use rusqlite::Connection;

pub use crate::settings::DEMO_PASSWORD;
pub use accounts::{ACCOUNTS, DemoAccount, accounts, ensure_global_admin, password_hash, seed};

/// The `--demo` dataset, on top of `seed`: every area's demo records and `customers` customers
/// per demo partner. Idempotent (fixed ids, INSERT OR IGNORE), one transaction. Blocking.
pub fn seed_full(conn: &mut Connection, now: i64, customers: usize) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    profiles::seed(&tx, now)?;
    users::seed(&tx, now)?;
    catalog::seed(&tx, now)?;
    customers::seed(&tx, now)?;
    customers::seed_bulk(&tx, now, customers)?;
    enrollment::seed(&tx, now)?;
    relationships::seed(&tx, now)?;
    tx.commit()
}

/// Accounts the `--demo` dataset adds, for the banner.
pub const FULL_DEMO_ACCOUNTS: &[(&str, &str)] = &[
    (enrollment::YUNQI_ADMIN, "China partner whose enrollment waits for review"),
    (relationships::CONTOSO_ADMIN, "global indirect provider with pending invitations"),
];
