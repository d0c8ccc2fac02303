//! SQLite access. One connection behind a mutex, used from blocking threads: SQLite serialises
//! writers anyway, and a reference server's load does not need a pool. Every write runs in one
//! transaction (`Db::call` closures open their own).

use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::Connection;

use crate::error::ApiError;

#[derive(Clone)]
pub struct Db {
    conn: Arc<Mutex<Connection>>,
}

/// Numbered migrations, one file per area: `PRAGMA user_version` is how many have run. Once a
/// migration has shipped it is never edited; a change is a new file appended here.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_core.sql"),
    include_str!("../migrations/0002_partner_account.sql"),
    include_str!("../migrations/0003_commerce.sql"),
    include_str!("../migrations/0004_enrollment_relationships.sql"),
    include_str!("../migrations/0005_customer_search_agreements.sql"),
    include_str!("../migrations/0006_customer_counts.sql"),
    include_str!("../migrations/0007_global_enrollment.sql"),
];

impl Db {
    /// Opens (creating if needed) and migrates the database. Blocking.
    pub fn open(path: &Path) -> Result<Db, rusqlite::Error> {
        let mut conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // Reads through a memory map rather than a read() call per page: a search of 50,000
        // customers touches index pages all over the file, and SQLite's own 2 MB cache holds few
        // of them. The map is the OS's page cache (shared, dropped under memory pressure).
        conn.pragma_update(None, "mmap_size", 1_i64 << 30)?;
        migrate(&mut conn)?;
        Ok(Db { conn: Arc::new(Mutex::new(conn)) })
    }

    /// In-memory, for unit tests.
    pub fn open_in_memory() -> Result<Db, rusqlite::Error> {
        let mut conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrate(&mut conn)?;
        Ok(Db { conn: Arc::new(Mutex::new(conn)) })
    }

    /// Runs `f` on a blocking thread with the connection.
    pub async fn call<R, F>(&self, f: F) -> Result<R, ApiError>
    where
        R: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<R, ApiError> + Send + 'static,
    {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            // A panic while holding the lock poisons it, but the connection itself is fine: an open
            // transaction was rolled back when it was dropped during the unwind.
            let mut guard = conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            f(&mut guard)
        })
        .await
        .map_err(|e| ApiError::internal_from(format_args!("database task: {e}")))?
    }

    /// Runs `f` on the current thread: for start-up work and subcommands outside the runtime.
    pub fn call_blocking<R>(&self, f: impl FnOnce(&mut Connection) -> R) -> R {
        let mut guard = self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut guard)
    }
}

fn migrate(conn: &mut Connection) -> Result<(), rusqlite::Error> {
    let current: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if current < 0 || current as usize > MIGRATIONS.len() {
        return Err(rusqlite::Error::InvalidParameterName(format!(
            "the database is at schema version {current}, newer than this server knows ({}); use a newer server",
            MIGRATIONS.len()
        )));
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_run_once_and_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.sqlite3");
        drop(Db::open(&path).unwrap());
        let db = Db::open(&path).unwrap();
        let version: i64 = db.call_blocking(|c| c.pragma_query_value(None, "user_version", |r| r.get(0))).unwrap();
        assert_eq!(version as usize, MIGRATIONS.len());
        let mode: String = db.call_blocking(|c| c.pragma_query_value(None, "journal_mode", |r| r.get(0))).unwrap();
        assert_eq!(mode, "wal");
    }
}
