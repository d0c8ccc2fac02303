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
    // Tens of thousands of customers insert at random places of their indexes (UUID keys). Two
    // things make that slow (50,000 customers per partner took 20 s): SQLite's default 2 MB page
    // cache, so nearly every insert rereads pages the last one evicted, and the write-ahead log,
    // which writes every new page twice (the log, then the checkpoint). For the seeding only: a
    // cache the size of the data, and a rollback journal (new pages beyond the old end of the
    // file need no journal, so they are written once). Both are put back afterwards.
    let big = customers > DEMO_CUSTOMERS_CACHE_THRESHOLD;
    let cache: i64 = conn.pragma_query_value(None, "cache_size", |r| r.get(0))?;
    let journal: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
    if big {
        conn.pragma_update(None, "cache_size", -(customers as i64 * 2).clamp(2_000, 400_000))?;
        // Refused (another connection has the database open) is fine: only slower.
        let _ = conn.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get::<_, String>(0));
    }
    let seeded = seed_all(conn, now, customers);
    if big {
        conn.pragma_update(None, "cache_size", cache)?;
        conn.pragma_update_and_check(None, "journal_mode", &journal, |r| r.get::<_, String>(0))?;
    }
    seeded
}

/// Above this many customers per partner, seeding gets a bigger page cache.
const DEMO_CUSTOMERS_CACHE_THRESHOLD: usize = 1_000;

fn seed_all(conn: &mut Connection, now: i64, customers: usize) -> rusqlite::Result<()> {
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
