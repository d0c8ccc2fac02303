//! When a failed call is tried again, and after how long (pure).

use super::ApiError;

/// Interactive UI: a partner is waiting, so few retries and short waits.
pub const MAX_RETRIES: u32 = 3;
const BASE_MS: f64 = 400.0;
const CAP_MS: f64 = 4_000.0;
/// A server asking for a longer pause than this gets an error shown instead of a frozen form.
const MAX_RETRY_AFTER_SECS: u32 = 20;

/// The delay before retry number `retries_done + 1`, or None to give up and show the error.
/// Only idempotent calls are retried, and only for failures another attempt can fix.
/// `jitter` is a random number in [0, 1): full jitter spreads clients that failed together.
pub fn delay_ms(err: &ApiError, retries_done: u32, idempotent: bool, jitter: f64) -> Option<u32> {
    if !idempotent || retries_done >= MAX_RETRIES {
        return None;
    }
    match err {
        ApiError::Network | ApiError::Timeout => {}
        ApiError::Status { status: 408 | 429 | 502 | 503 | 504, retry_after_secs: Some(s), .. } => {
            return (*s <= MAX_RETRY_AFTER_SECS).then_some(s * 1000);
        }
        ApiError::Status { status: 408 | 429 | 502 | 503 | 504, .. } => {}
        _ => return None,
    }
    let ceiling = (BASE_MS * 2f64.powi(retries_done as i32)).min(CAP_MS);
    Some((jitter.clamp(0.0, 1.0) * ceiling).max(100.0) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(s: u16, ra: Option<u32>) -> ApiError {
        ApiError::Status { status: s, body: None, retry_after_secs: ra }
    }

    #[test]
    fn only_idempotent_calls_are_retried() {
        assert_eq!(delay_ms(&ApiError::Timeout, 0, false, 0.5), None);
        assert!(delay_ms(&ApiError::Timeout, 0, true, 0.5).is_some());
    }

    #[test]
    fn only_transient_failures_are_retried_and_at_most_three_times() {
        for s in [408, 429, 502, 503, 504] {
            assert!(delay_ms(&status(s, None), 0, true, 0.5).is_some(), "{s}");
        }
        for s in [400, 401, 403, 404, 409, 412, 500] {
            assert_eq!(delay_ms(&status(s, None), 0, true, 0.5), None, "{s}");
        }
        assert_eq!(delay_ms(&ApiError::Offline, 0, true, 0.5), None);
        assert_eq!(delay_ms(&ApiError::Undecodable { status: 200 }, 0, true, 0.5), None);
        assert!(delay_ms(&ApiError::Network, 2, true, 0.5).is_some());
        assert_eq!(delay_ms(&ApiError::Network, 3, true, 0.5), None);
    }

    #[test]
    fn retry_after_is_honoured_exactly() {
        assert_eq!(delay_ms(&status(429, Some(2)), 0, true, 0.0), Some(2000));
        assert_eq!(delay_ms(&status(503, Some(0)), 1, true, 0.9), Some(0));
        assert_eq!(delay_ms(&status(503, Some(120)), 0, true, 0.5), None);
    }

    #[test]
    fn backoff_grows_with_full_jitter_under_a_cap() {
        for attempt in 0..3 {
            let hi = delay_ms(&ApiError::Network, attempt, true, 0.999).unwrap();
            let lo = delay_ms(&ApiError::Network, attempt, true, 0.0).unwrap();
            assert_eq!(lo, 100);
            assert!(hi as f64 <= (BASE_MS * 2f64.powi(attempt as i32)).min(CAP_MS));
        }
        assert!(
            delay_ms(&ApiError::Network, 2, true, 0.999).unwrap()
                > delay_ms(&ApiError::Network, 0, true, 0.999).unwrap()
        );
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(crate::test_support::config(256))]

        /// Any status, any Retry-After, any retry count, any jitter (NaN included): a bounded
        /// delay or giving up, never a panic or an overflow.
        #[test]
        fn delays_are_bounded(status in any::<u16>(), ra in proptest::option::of(any::<u32>()), retries in any::<u32>(), idempotent in any::<bool>(), jitter in prop_oneof![any::<f64>(), 0.0f64..1.0]) {
            let e = ApiError::Status { status, body: None, retry_after_secs: ra };
            for err in [e, ApiError::Network, ApiError::Timeout, ApiError::Offline] {
                if let Some(ms) = delay_ms(&err, retries, idempotent, jitter) {
                    prop_assert!(idempotent && retries < MAX_RETRIES);
                    prop_assert!(ms <= MAX_RETRY_AFTER_SECS * 1000);
                }
            }
        }
    }
}
