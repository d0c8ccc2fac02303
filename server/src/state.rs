//! What every handler and middleware shares. It imports settings, stores and the database, never
//! a handler or a middleware.

use std::ops::Deref;
use std::sync::Arc;

use tokio::sync::Semaphore;

use crate::csp::Csp;
use crate::db::Db;
use crate::settings::Settings;
use crate::stores::{KeyedLocks, Limiter, SecretAnswers};

#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    pub settings: Settings,
    pub db: Db,
    pub csp: Csp,
    /// Serialises requests that carry the same MS-RequestId.
    pub request_locks: KeyedLocks,
    /// argon2 takes ~19 MiB and tens of milliseconds per check; a burst of sign-ins must not take
    /// all memory and cores.
    pub password_checks: Semaphore,
    pub dummy_hash: String,
    pub limiter: Limiter,
    pub secret_answers: SecretAnswers,
}

impl AppState {
    pub fn new(settings: Settings, db: Db, csp: Csp, dummy_hash: String) -> AppState {
        let permits = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).clamp(2, 8);
        AppState(Arc::new(Inner {
            settings,
            db,
            csp,
            request_locks: KeyedLocks::default(),
            password_checks: Semaphore::new(permits),
            limiter: Default::default(),
            secret_answers: Default::default(),
            dummy_hash,
        }))
    }
}

impl Deref for AppState {
    type Target = Inner;

    fn deref(&self) -> &Inner {
        &self.0
    }
}
