//! The in-memory stores the shared state holds, apart from the layers that use them: the keyed
//! locks that serialise requests with one MS-RequestId, the replay store for answers that carry
//! a secret, and the rate limiter's buckets. Like `settings`, this module imports no handler,
//! middleware or state.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use tokio::sync::OwnedMutexGuard;

/// How long an answer is kept for `MS-RequestId` replay.
pub const RETENTION_SECS: i64 = 24 * 60 * 60;

// ---------------------------------------------------------------------------------------------
// Replay of answers that carry a secret

/// Response extension: this answer holds a secret, so keep it out of the database.
#[derive(Clone, Copy, Debug)]
pub struct SecretAnswer;

/// In-memory replay store for [`SecretAnswer`]s, bounded and expiring like the database one.
#[derive(Default)]
pub struct SecretAnswers {
    map: Mutex<HashMap<(String, String), (i64, Stored)>>,
}

const MAX_SECRET_ANSWERS: usize = 10_000;

impl SecretAnswers {
    pub fn get(&self, request_id: &str, scope: &str, now: i64) -> Option<Stored> {
        let map = self.map.lock().unwrap_or_else(|p| p.into_inner());
        map.get(&(request_id.to_string(), scope.to_string()))
            .filter(|(at, _)| *at > now - RETENTION_SECS)
            .map(|(_, s)| s.clone())
    }

    pub fn put(&self, request_id: String, scope: String, stored: Stored, now: i64) {
        let mut map = self.map.lock().unwrap_or_else(|p| p.into_inner());
        map.retain(|_, (at, _)| *at > now - RETENTION_SECS);
        if map.len() >= MAX_SECRET_ANSWERS {
            return; // Past the bound a retry redoes the work (and meets the duplicate check).
        }
        map.insert((request_id, scope), (now, stored));
    }
}

/// An answer kept for replay: what `MS-RequestId` replay sends again.
#[derive(Clone)]
pub struct Stored {
    /// sha256 of the request (method, path and query, body).
    pub hash: Vec<u8>,
    pub status: u16,
    pub content_type: Option<String>,
    pub location: Option<String>,
    pub body: Vec<u8>,
}

// ---------------------------------------------------------------------------------------------
// One request per MS-RequestId at a time

/// One async mutex per key, created on demand and dropped when nobody holds or awaits it.
#[derive(Clone, Default)]
pub struct KeyedLocks(Arc<Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>>);

pub struct KeyGuard {
    locks: KeyedLocks,
    key: String,
    guard: Option<OwnedMutexGuard<()>>,
}

impl KeyedLocks {
    pub async fn lock(&self, key: String) -> KeyGuard {
        let mutex = {
            let mut map = self.0.lock().unwrap_or_else(|p| p.into_inner());
            if map.len() > 1024 {
                // Entries left by waiters that gave up (their future was dropped).
                map.retain(|_, m| Arc::strong_count(m) > 1);
            }
            map.entry(key.clone()).or_default().clone()
        };
        let guard = mutex.lock_owned().await;
        KeyGuard { locks: self.clone(), key, guard: Some(guard) }
    }

    /// Keys currently held or awaited (for tests).
    pub fn len(&self) -> usize {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Drop for KeyGuard {
    fn drop(&mut self) {
        let mut map = self.locks.0.lock().unwrap_or_else(|p| p.into_inner());
        // Two owners: the map and this guard. More means someone waits for the key.
        if map.get(&self.key).is_some_and(|m| Arc::strong_count(m) <= 2) {
            map.remove(&self.key);
        }
        self.guard.take();
    }
}

// ---------------------------------------------------------------------------------------------
// Rate limit buckets

/// Buckets kept before idle ones are dropped: bounds memory under many clients.
const MAX_BUCKETS: usize = 10_000;

#[derive(Default)]
pub struct Limiter {
    buckets: Mutex<HashMap<Vec<u8>, Bucket>>,
}

struct Bucket {
    tokens: f64,
    at: Instant,
}

impl Limiter {
    /// Takes one token for `key`; Err(seconds to wait) when the bucket is empty.
    pub fn take(&self, key: Vec<u8>, per_minute: u32, now: Instant) -> Result<(), u64> {
        let capacity = per_minute as f64;
        let per_sec = capacity / 60.0;
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if buckets.len() >= MAX_BUCKETS && !buckets.contains_key(&key) {
            // A full bucket carries no state worth keeping.
            buckets.retain(|_, b| b.tokens + now.duration_since(b.at).as_secs_f64() * per_sec < capacity);
        }
        let b = buckets.entry(key).or_insert(Bucket { tokens: capacity, at: now });
        b.tokens = (b.tokens + now.duration_since(b.at).as_secs_f64() * per_sec).min(capacity);
        b.at = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - b.tokens) / per_sec).ceil().max(1.0) as u64)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;
    use std::time::Duration;

    #[tokio::test]
    async fn keyed_locks_serialise_one_key_and_clean_up() {
        let locks = KeyedLocks::default();
        let first = locks.lock("a".into()).await;
        let _other = locks.lock("b".into()).await;
        let l2 = locks.clone();
        let waiter = tokio::spawn(async move {
            let _g = l2.lock("a".into()).await;
        });
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(!waiter.is_finished(), "the second holder of a key waits");
        drop(first);
        waiter.await.unwrap();
        assert_eq!(locks.len(), 1, "only b is left");
    }

    #[test]
    fn allows_the_allowance_then_says_how_long_to_wait() {
        let l = Limiter::default();
        let t0 = Instant::now();
        for _ in 0..60 {
            assert!(l.take(b"s1".to_vec(), 60, t0).is_ok());
        }
        assert_eq!(l.take(b"s1".to_vec(), 60, t0), Err(1));
        // Another session is not affected.
        assert!(l.take(b"s2".to_vec(), 60, t0).is_ok());
        // One second later one more request fits (60 per minute = 1 per second).
        assert!(l.take(b"s1".to_vec(), 60, t0 + Duration::from_secs(1)).is_ok());
        assert!(l.take(b"s1".to_vec(), 60, t0 + Duration::from_secs(1)).is_err());
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(crate::strategies::config(crate::strategies::CASES))]

        #[test]
        fn any_allowance_and_timing_gives_a_whole_wait(
            per_minute in prop_oneof![1u32..=3, any::<u32>().prop_map(|n| n.max(1))],
            steps in proptest::collection::vec(0u64..=100_000, 1..20),
            key in proptest::collection::vec(any::<u8>(), 0..8),
        ) {
            let l = Limiter::default();
            let t0 = Instant::now();
            let mut at = t0;
            for ms in steps {
                // Instants also arrive out of order (another thread took `now` first).
                at = if ms % 7 == 0 { t0 } else { at + Duration::from_millis(ms) };
                if let Err(wait) = l.take(key.clone(), per_minute, at) {
                    prop_assert!(wait >= 1);
                    let _ = HeaderValue::from(wait);
                }
            }
        }
    }
}
