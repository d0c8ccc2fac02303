//! One-time codes (password reset, telephone challenge): 6 random digits, only their SHA-256 is
//! stored. The code "is sent" by writing it to the server log at info level; with the
//! environment variable `PC_EXPOSE_CODES=1` the answer also carries it as `debugCode`, for test
//! environments only (never set it in production).

use sha2::{Digest, Sha256};

use crate::error::ApiError;

pub const MAX_ATTEMPTS: i64 = 5;

/// A new 6-digit code.
pub fn new_code() -> Result<String, ApiError> {
    let mut b = [0u8; 4];
    getrandom::fill(&mut b).map_err(|e| ApiError::internal_from(format_args!("random: {e}")))?;
    Ok(format!("{:06}", u32::from_le_bytes(b) % 1_000_000))
}

/// What the database keeps of a code (salted with the record id so equal codes differ).
pub fn code_hash(record_id: &str, code: &str) -> Vec<u8> {
    Sha256::digest(format!("{record_id}\n{}", code.trim()).as_bytes()).to_vec()
}

/// Constant-time comparison of two hashes.
pub fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Whether answers carry `debugCode` (env `PC_EXPOSE_CODES=1`).
pub fn expose_codes() -> bool {
    std::env::var("PC_EXPOSE_CODES").is_ok_and(|v| v == "1")
}

/// "Sends" the code: logs it, and returns it when codes are exposed.
pub fn deliver(kind: &str, record_id: &str, to: &str, code: &str) -> Option<String> {
    tracing::info!(kind, id = record_id, to, code, "one-time code sent (demo delivery: the server log)");
    expose_codes().then(|| code.to_string())
}
